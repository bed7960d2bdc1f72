package org.desist.victim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustice.Reparation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of restorative justice's SQL: one row per victim, scoped by the service and child it is held under. */
@Repository
public class RestorativeJusticeRepository {

    private final JdbcClient jdbc;

    RestorativeJusticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RestorativeJustice> ofVictim(UUID victimId) {
        return jdbc.sql("select * from restorative_justice where victim_id = :victim")
                .param("victim", victimId)
                .query(RestorativeJusticeRepository::map)
                .optional();
    }

    /** The risk assessments of these services waiting for a manager's approval, oldest first. */
    public List<RestorativeJustice> waitingForApproval(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from restorative_justice
                         where service_id in (:services) and risk_assessed_on is not null and risk_approved_on is null
                         order by risk_assessed_on, created_at
                        """)
                .param("services", serviceIds)
                .query(RestorativeJusticeRepository::map)
                .list();
    }

    /** Every RJ of a service with something dated in the period (for the measures). */
    public List<RestorativeJustice> ofServiceBetween(UUID serviceId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from restorative_justice
                         where service_id = :service
                           and (offered_on between :from and :to or victim_consent_on between :from and :to
                                or held_on between :from and :to)
                        """)
                .param("service", serviceId)
                .param("from", from)
                .param("to", to)
                .query(RestorativeJusticeRepository::map)
                .list();
    }

    public List<RestorativeJustice> ofVictims(Collection<UUID> victimIds) {
        if (victimIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from restorative_justice where victim_id in (:victims)")
                .param("victims", victimIds)
                .query(RestorativeJusticeRepository::map)
                .list();
    }

    public RestorativeJustice insert(Change<RestorativeJustice> change, String by) {
        RestorativeJustice r = change.after();
        jdbc.sql("""
                        insert into restorative_justice (id, victim_id, offence_id, service_id, child_id, offered_on,
                               offered_how, offered_to_child_on, created_by, updated_by)
                        values (:id, :victim, :offence, :service, :child, :offeredOn, :how, :toChild, :by, :by)
                        """)
                .param("id", r.id())
                .param("victim", r.victimId())
                .param("offence", r.offenceId())
                .param("service", r.serviceId())
                .param("child", r.childId())
                .param("offeredOn", r.offeredOn())
                .param("how", r.offeredHow().name())
                .param("toChild", r.offeredToChildOn())
                .param("by", by)
                .update();
        return ofVictim(r.victimId()).orElseThrow();
    }

    /** Locks the row at the version the person saw, before the change's checks read it (stale otherwise). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "restorative_justice", id, version, stale);
    }

    /** The one versioned save: the change's {@code after}, at the version the person saw. */
    public RestorativeJustice save(
            Change<RestorativeJustice> change, String by, Supplier<? extends StaleRecordException> stale) {
        RestorativeJustice r = change.after();
        Reparation rep = r.reparation();
        VersionedUpdate.of(jdbc, """
                        update restorative_justice
                           set offered_to_child_on = :toChild, victim_consent = :victimConsent,
                               victim_consent_on = :victimConsentOn, child_consent = :childConsent,
                               child_consent_on = :childConsentOn, risk_assessed_on = :assessedOn,
                               risk_assessed_by = :assessedBy, risk_summary = :summary, risk_approved_on = :approvedOn,
                               risk_approved_by = :approvedBy, kind = :kind, facilitator_id = :facilitator,
                               planned_on = :plannedOn, held_on = :heldOn, outcome = :outcome,
                               outcome_note = :note, satisfaction = :satisfaction,
                               reparation_intervention_id = :repOrder, reparation_requirement_id = :repRequirement,
                               reparation_hours_planned = :hoursPlanned, reparation_hours_done = :hoursDone,
                               updated_at = now(), updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("toChild", r.offeredToChildOn())
                .param("victimConsent", name(r.victimConsent()))
                .param("victimConsentOn", r.victimConsentOn())
                .param("childConsent", name(r.childConsent()))
                .param("childConsentOn", r.childConsentOn())
                .param("assessedOn", r.riskAssessedOn())
                .param("assessedBy", r.riskAssessedBy())
                .param("summary", r.riskSummary())
                .param("approvedOn", r.riskApprovedOn())
                .param("approvedBy", r.riskApprovedBy())
                .param("kind", name(r.kind()))
                .param("facilitator", r.facilitatorId())
                .param("plannedOn", r.plannedOn())
                .param("heldOn", r.heldOn())
                .param("outcome", name(r.outcome()))
                .param("note", r.outcomeNote())
                .param("satisfaction", name(r.satisfaction()))
                .param("repOrder", rep == null ? null : rep.interventionId())
                .param("repRequirement", rep == null ? null : rep.requirementId())
                .param("hoursPlanned", rep == null ? null : rep.hoursPlanned())
                .param("hoursDone", rep == null ? null : rep.hoursDone())
                .param("by", by)
                .param("id", r.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return ofVictim(r.victimId()).orElseThrow();
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static RestorativeJustice map(ResultSet rs, int row) throws SQLException {
        Integer planned = rs.getObject("reparation_hours_planned", Integer.class);
        Reparation reparation = planned == null
                ? null
                : new Reparation(
                        rs.getObject("reparation_intervention_id", UUID.class),
                        rs.getObject("reparation_requirement_id", UUID.class),
                        planned,
                        rs.getInt("reparation_hours_done"));
        return new RestorativeJustice(
                rs.getObject("id", UUID.class),
                rs.getObject("victim_id", UUID.class),
                rs.getObject("offence_id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("offered_on", LocalDate.class),
                value(RestorativeJustice.OfferedHow.class, rs.getString("offered_how")),
                rs.getObject("offered_to_child_on", LocalDate.class),
                value(RestorativeJustice.Decision.class, rs.getString("victim_consent")),
                rs.getObject("victim_consent_on", LocalDate.class),
                value(RestorativeJustice.Decision.class, rs.getString("child_consent")),
                rs.getObject("child_consent_on", LocalDate.class),
                rs.getObject("risk_assessed_on", LocalDate.class),
                rs.getObject("risk_assessed_by", UUID.class),
                rs.getString("risk_summary"),
                rs.getObject("risk_approved_on", LocalDate.class),
                rs.getObject("risk_approved_by", UUID.class),
                value(RestorativeJustice.Kind.class, rs.getString("kind")),
                rs.getObject("facilitator_id", UUID.class),
                rs.getObject("planned_on", LocalDate.class),
                rs.getObject("held_on", LocalDate.class),
                value(RestorativeJustice.Outcome.class, rs.getString("outcome")),
                rs.getString("outcome_note"),
                value(RestorativeJustice.Satisfaction.class, rs.getString("satisfaction")),
                reparation,
                rs.getLong("version"));
    }
}
