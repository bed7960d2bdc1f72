package org.desist.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court order with everything recorded on it, and a grave crime sentence's release and licence. Reads go
 * through the intervention, so an order is visible exactly when its intervention is.
 */
@Service
@Transactional
public class CourtOrders {

    private final JdbcClient jdbc;
    private final OrderLedger ledger;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;

    CourtOrders(JdbcClient jdbc, OrderLedger ledger, Interventions interventions, DueItems dueItems, AuditTrail audit) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
    }

    /** The order (an intervention of kind court order), or 404 when it is not one the user may see. */
    @Transactional(readOnly = true)
    public CourtOrder get(UUID interventionId) {
        Intervention sentence = ledger.order(interventionId);
        UUID id = sentence.id();
        Contract contract = jdbc.sql("select * from referral_order_contract where intervention_id = :id")
                .param("id", id)
                .query((rs, n) -> new Contract(
                        rs.getObject("signed_on", LocalDate.class),
                        rs.getString("reparation"),
                        lines(rs.getString("activities"))))
                .optional()
                .orElse(null);
        OrderTerms.Span runs = contract != null && sentence.endDate() != null
                ? OrderTerms.referralOrderRuns(contract.signedOn(), sentence.startDate(), sentence.endDate())
                : null;
        List<Panel> panels = jdbc.sql(
                        "select * from youth_offender_panel where intervention_id = :id order by held_on, recorded_at")
                .param("id", id)
                .query(CourtOrders::panel)
                .list();
        List<Requirement> requirements = requirements(id);
        OrderTerms.DetentionAndTraining dto =
                sentence.type() == InterventionType.DETENTION_AND_TRAINING_ORDER && sentence.endDate() != null
                        ? OrderTerms.detentionAndTraining(sentence.startDate(), sentence.endDate())
                        : null;
        CourtOrder.Licence licence = jdbc.sql("""
                        select release_date, licence_end_date from court_order
                         where intervention_id = :id and release_date is not null
                        """)
                .param("id", id)
                .query((rs, n) -> new CourtOrder.Licence(
                        rs.getObject("release_date", LocalDate.class),
                        rs.getObject("licence_end_date", LocalDate.class)))
                .optional()
                .orElse(null);
        List<Breach> breaches = jdbc.sql(
                        "select * from order_breach where intervention_id = :id order by breached_on, recorded_at")
                .param("id", id)
                .query(CourtOrders::breach)
                .list();
        CourtOrder.Resentence replacedBy = breaches.stream()
                .filter(b -> b.newInterventionId() != null)
                .findFirst()
                .map(b ->
                        new CourtOrder.Resentence(b.newInterventionId(), label(b.newInterventionId()), b.breachedOn()))
                .orElse(null);
        CourtOrder.Resentence replaces = jdbc.sql(
                        "select intervention_id, breached_on from order_breach where new_intervention_id = :id")
                .param("id", id)
                .query((rs, n) -> new CourtOrder.Resentence(
                        rs.getObject("intervention_id", UUID.class),
                        null,
                        rs.getObject("breached_on", LocalDate.class)))
                .optional()
                .map(r -> new CourtOrder.Resentence(r.interventionId(), label(r.interventionId()), r.on()))
                .orElse(null);
        var due = dueItems.forChild(sentence.childId()).stream()
                .filter(i -> id.equals(i.triggerRecordId()))
                .toList();
        return new CourtOrder(
                sentence,
                ledger.version(id),
                contract,
                runs,
                panels,
                requirements,
                dto,
                licence,
                breaches,
                replaces,
                replacedBy,
                due);
    }

    /** Someone looked at the order: the child's record was viewed. */
    public void viewed(CourtOrder order) {
        audit.viewed(
                order.sentence().serviceId(),
                order.sentence().childId(),
                OrderLedger.RECORD_TYPE,
                order.interventionId(),
                "Viewed the " + order.sentence().type().label().toLowerCase());
    }

    /**
     * A sentence of detention for a grave crime: the date the child is (or was) released and the date licence
     * supervision ends (YJB case management guidance). A correction replaces the dates, audited.
     */
    public CourtOrder recordLicence(
            UUID interventionId, long version, LocalDate releaseDate, LocalDate licenceEndDate) {
        Intervention order =
                ledger.order(interventionId, InterventionType.LONGER_DETENTION, "Release and licence are recorded");
        Map<String, String> problems = new LinkedHashMap<>();
        if (releaseDate == null) {
            problems.put("releaseDate", "Enter the release date");
        } else if (releaseDate.isBefore(order.startDate())) {
            problems.put("releaseDate", "The release date cannot be before the sentence started");
        }
        if (licenceEndDate == null) {
            problems.put("licenceEndDate", "Enter the date the licence ends");
        } else if (releaseDate != null && !licenceEndDate.isAfter(releaseDate)) {
            problems.put("licenceEndDate", "The licence must end after the release date");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CourtOrder.Licence before = get(interventionId).licence();
        long next = ledger.lock(interventionId, version);
        VersionedUpdate.sameSave(
                        jdbc,
                        "update court_order set release_date = :release, licence_end_date = :end"
                                + " where intervention_id = :id and version = :version")
                .param("release", releaseDate)
                .param("end", licenceEndDate)
                .param("id", interventionId)
                .param("version", next)
                .orElseThrow(() -> ledger.stale(interventionId, version));
        ledger.audited(
                order,
                next,
                before == null ? AuditAction.CREATED : AuditAction.CHANGED,
                "Recorded release on " + releaseDate + " and licence to " + licenceEndDate,
                List.of(
                        new FieldChange(
                                "Release date",
                                before == null ? null : before.releaseDate().toString(),
                                releaseDate.toString()),
                        new FieldChange(
                                "Licence end date",
                                before == null ? null : before.licenceEndDate().toString(),
                                licenceEndDate.toString())));
        return get(interventionId);
    }

    List<Requirement> requirements(UUID interventionId) {
        return jdbc.sql("select * from order_requirement where intervention_id = :id order by start_date, recorded_at")
                .param("id", interventionId)
                .query(CourtOrders::requirement)
                .list();
    }

    private String label(UUID interventionId) {
        try {
            Intervention other = interventions.get(interventionId);
            return other.type().label() + " from " + other.startDate();
        } catch (NotFoundException e) {
            return "An order held by another service";
        }
    }

    static List<String> lines(String text) {
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

    static Requirement requirement(ResultSet rs, int row) throws SQLException {
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
