package org.desist.order.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.order.Breach;
import org.desist.order.BreachDecidedBy;
import org.desist.order.BreachOutcome;
import org.desist.order.BreachedWhat;
import org.desist.order.Contract;
import org.desist.order.CourtOrder;
import org.desist.order.Panel;
import org.desist.order.PanelCompanion;
import org.desist.order.PanelKind;
import org.desist.order.PanelOutcome;
import org.desist.order.PanelTime;
import org.desist.order.Requirement;
import org.desist.order.RequirementType;
import org.desist.order.SocialCareAtPanel;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of court orders: the order's row ({@code court_order}, whose version guards everything recorded on
 * it) and what is recorded on it — panels, the contract, requirements, breaches, social care at panels. Not audited,
 * not scoped: the service finds the order through its intervention, which checks the child.
 */
@Repository
public class CourtOrderRepository {

    private final JdbcClient jdbc;

    CourtOrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The order's version: 0 before anything is recorded on it. */
    public long version(UUID interventionId) {
        return jdbc.sql("select version from court_order where intervention_id = :id")
                .param("id", interventionId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    public Optional<Contract> contract(UUID interventionId) {
        return jdbc.sql("select * from referral_order_contract where intervention_id = :id")
                .param("id", interventionId)
                .query((rs, n) -> new Contract(
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getString("reparation"),
                        lines(rs.getString("activities"))))
                .optional();
    }

    public List<Panel> panels(UUID interventionId) {
        return jdbc.sql("select * from youth_offender_panel where intervention_id = :id order by held_on, recorded_at")
                .param("id", interventionId)
                .query(CourtOrderRepository::panel)
                .list();
    }

    public List<Requirement> requirements(UUID interventionId) {
        return jdbc.sql("select * from order_requirement where intervention_id = :id order by start_date, recorded_at")
                .param("id", interventionId)
                .query(CourtOrderRepository::requirement)
                .list();
    }

    public Optional<CourtOrder.Licence> licence(UUID interventionId) {
        return jdbc.sql("""
                        select release_date, licence_end_date from court_order
                         where intervention_id = :id and release_date is not null
                        """)
                .param("id", interventionId)
                .query((rs, n) -> new CourtOrder.Licence(
                        rs.getObject("release_date", LocalDate.class),
                        rs.getObject("licence_end_date", LocalDate.class)))
                .optional();
    }

    public List<Breach> breaches(UUID interventionId) {
        return jdbc.sql("select * from order_breach where intervention_id = :id order by breached_on, recorded_at")
                .param("id", interventionId)
                .query(CourtOrderRepository::breach)
                .list();
    }

    /** The order this one replaced at a resentence, and when (its label for the service to add). */
    public Optional<CourtOrder.Resentence> replaces(UUID interventionId) {
        return jdbc.sql("select intervention_id, breached_on from order_breach where new_intervention_id = :id")
                .param("id", interventionId)
                .query((rs, n) -> new CourtOrder.Resentence(
                        rs.getObject("intervention_id", UUID.class),
                        null,
                        rs.getObject("breached_on", LocalDate.class)))
                .optional();
    }

    /** Social care at the order's panels, by panel. */
    public Map<UUID, SocialCareAtPanel> socialCare(UUID interventionId) {
        Map<UUID, SocialCareAtPanel> recorded = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.* from panel_social_care s join youth_offender_panel p on p.id = s.panel_id
                         where p.intervention_id = :order
                        """)
                .param("order", interventionId)
                .query((rs, n) -> new SocialCareAtPanel(
                        rs.getObject("panel_id", UUID.class),
                        rs.getObject("invited_on", LocalDate.class),
                        rs.getString("invited_who"),
                        PanelTime.valueOf(rs.getString("time_set")),
                        rs.getString("time_note"),
                        PanelCompanion.valueOf(rs.getString("attended")),
                        rs.getString("attended_name"),
                        rs.getString("recorded_by")))
                .list()
                .forEach(s -> recorded.put(s.panelId(), s));
        return recorded;
    }

    /**
     * Takes the order's row lock at the version the person saw (stale when someone saved since), before its rules
     * read what is recorded on it. The row is made at version 0 when nothing was recorded yet.
     */
    public void lock(UUID interventionId, long version, Supplier<? extends StaleRecordException> stale) {
        jdbc.sql("insert into court_order (intervention_id) values (:id) on conflict do nothing")
                .param("id", interventionId)
                .update();
        boolean atVersion = !jdbc.sql("""
                        select intervention_id from court_order
                         where intervention_id = :id and version = :version for update
                        """)
                .param("id", interventionId)
                .param("version", version)
                .query(UUID.class)
                .list()
                .isEmpty();
        if (!atVersion) {
            throw stale.get();
        }
    }

    /**
     * The one versioned update, at the version the person saw: writes the order's new state (its licence) and moves
     * its version on; then what the change recorded on it (the panels, contract, requirements, breaches and social
     * care in {@code after} but not in {@code before}).
     */
    public void save(Change<CourtOrder> change, String by, Supplier<? extends StaleRecordException> stale) {
        CourtOrder before = change.before();
        CourtOrder after = change.after();
        UUID id = after.interventionId();
        VersionedUpdate.of(jdbc, """
                        update court_order set release_date = :release, licence_end_date = :end, updated_at = now(),
                               version = version + 1
                         where intervention_id = :id and version = :version
                        """)
                .param(
                        "release",
                        after.licence() == null ? null : after.licence().releaseDate())
                .param("end", after.licence() == null ? null : after.licence().licenceEndDate())
                .param("id", id)
                .param("version", before.version())
                .orElseThrow(stale);
        if (before.contract() == null && after.contract() != null) {
            insert(id, after.contract(), by);
        }
        after.panels().stream().filter(p -> before.panel(p.id()).isEmpty()).forEach(p -> insert(id, p, by));
        after.requirements().stream()
                .filter(r -> before.requirement(r.id()).isEmpty())
                .forEach(r -> insert(id, r, by));
        after.breaches().stream().filter(b -> before.breach(b.id()).isEmpty()).forEach(b -> insert(id, b, by));
        after.socialCare().values().stream()
                .filter(s -> !before.socialCare().containsKey(s.panelId()))
                .forEach(s -> insert(s, by));
    }

    private void insert(UUID order, Contract c, String by) {
        jdbc.sql("""
                        insert into referral_order_contract (intervention_id, signed_on, reparation, activities, recorded_by)
                        values (:id, :signed, :reparation, :activities, :by)
                        """)
                .param("id", order)
                .param("signed", c.signedOn())
                .param("reparation", c.reparation())
                .param("activities", String.join("\n", c.activities()))
                .param("by", by)
                .update();
    }

    private void insert(UUID order, Panel p, String by) {
        jdbc.sql("""
                        insert into youth_offender_panel (id, intervention_id, kind, held_on, community_members, yos_member,
                            parent_attended, parent_absence_reason, report_shared_on, outcome, notes, recorded_by)
                        values (:id, :order, :kind, :held, :community, :yos, :parent, :reason, :report, :outcome, :notes, :by)
                        """)
                .param("id", p.id())
                .param("order", order)
                .param("kind", p.kind().name())
                .param("held", p.heldOn())
                .param("community", String.join("\n", p.communityMembers()))
                .param("yos", p.yosMember())
                .param("parent", p.parentAttended())
                .param("reason", p.parentAbsenceReason())
                .param("report", p.reportSharedOn())
                .param("outcome", p.outcome().name())
                .param("notes", p.notes())
                .param("by", by)
                .update();
    }

    private void insert(UUID order, Requirement r, String by) {
        jdbc.sql("""
                        insert into order_requirement (id, intervention_id, type, start_date, end_date, hours, days, extended,
                            curfew_from, curfew_until, details, conditions_confirmed, recorded_by)
                        values (:id, :order, :type, :start, :end, :hours, :days, :extended, :from, :until, :details,
                            :conditions, :by)
                        """)
                .param("id", r.id())
                .param("order", order)
                .param("type", r.type().name())
                .param("start", r.startDate())
                .param("end", r.endDate())
                .param("hours", r.hours())
                .param("days", r.days())
                .param("extended", r.extended())
                .param("from", r.curfewFrom())
                .param("until", r.curfewUntil())
                .param("details", r.details())
                .param("conditions", r.conditionsConfirmed())
                .param("by", by)
                .update();
    }

    private void insert(UUID order, Breach b, String by) {
        jdbc.sql("""
                        insert into order_breach (id, intervention_id, breached_on, breached_what, requirement_id, details,
                            decided_by, outcome, new_intervention_id, recorded_by)
                        values (:id, :order, :on, :what, :requirement, :details, :decided, :outcome, :replacement, :by)
                        """)
                .param("id", b.id())
                .param("order", order)
                .param("on", b.breachedOn())
                .param("what", b.breachedWhat().name())
                .param("requirement", b.requirementId())
                .param("details", b.details())
                .param("decided", b.decidedBy().name())
                .param("outcome", b.outcome().name())
                .param("replacement", b.newInterventionId())
                .param("by", by)
                .update();
    }

    private void insert(SocialCareAtPanel s, String by) {
        jdbc.sql("""
                        insert into panel_social_care (panel_id, invited_on, invited_who, time_set, time_note, attended,
                            attended_name, recorded_by)
                        values (:panel, :on, :who, :time, :note, :attended, :name, :by)
                        """)
                .param("panel", s.panelId())
                .param("on", s.invitedOn())
                .param("who", s.invitedWho())
                .param("time", s.time().name())
                .param("note", s.timeNote())
                .param("attended", s.attended().name())
                .param("name", s.attendedName())
                .param("by", by)
                .update();
    }

    private static List<String> lines(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("\n"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static Panel panel(ResultSet rs, int row) throws SQLException {
        return new Panel(
                rs.getObject("id", UUID.class),
                PanelKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class),
                lines(rs.getString("community_members")),
                rs.getString("yos_member"),
                rs.getBoolean("parent_attended"),
                rs.getString("parent_absence_reason"),
                rs.getObject("report_shared_on", LocalDate.class),
                PanelOutcome.valueOf(rs.getString("outcome")),
                rs.getString("notes"));
    }

    private static Requirement requirement(ResultSet rs, int row) throws SQLException {
        return new Requirement(
                rs.getObject("id", UUID.class),
                RequirementType.valueOf(rs.getString("type")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("hours", Integer.class),
                rs.getObject("days", Integer.class),
                rs.getBoolean("extended"),
                rs.getObject("curfew_from", LocalTime.class),
                rs.getObject("curfew_until", LocalTime.class),
                rs.getString("details"),
                rs.getBoolean("conditions_confirmed"));
    }

    private static Breach breach(ResultSet rs, int row) throws SQLException {
        return new Breach(
                rs.getObject("id", UUID.class),
                rs.getObject("breached_on", LocalDate.class),
                BreachedWhat.valueOf(rs.getString("breached_what")),
                rs.getObject("requirement_id", UUID.class),
                rs.getString("details"),
                BreachDecidedBy.valueOf(rs.getString("decided_by")),
                BreachOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("new_intervention_id", UUID.class));
    }
}
