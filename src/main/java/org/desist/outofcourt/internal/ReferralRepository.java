package org.desist.outofcourt.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Outcome;
import org.desist.outofcourt.Referral;
import org.desist.outofcourt.Referral.Attendee;
import org.desist.outofcourt.Referral.PanelDecision;
import org.desist.outofcourt.Referral.Screening;
import org.desist.outofcourt.Referral.SpecialistScreening;
import org.desist.outofcourt.Referral.Stage;
import org.desist.outofcourt.SourceConsulted;
import org.desist.outofcourt.SpecialistArea;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of an out-of-court referral's SQL: the referral with its offences, screening (with its specialist
 * screenings) and panel (with its attendees). Its stage is read from the row, and from the delivering intervention
 * when that was closed on the Interventions tab meanwhile.
 */
@Repository
public class ReferralRepository {

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final AuditTrail audit;

    ReferralRepository(JdbcClient jdbc, Interventions interventions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.interventions = interventions;
        this.audit = audit;
    }

    public Optional<Referral> find(UUID id) {
        return jdbc.sql("select * from oocd_referral where id = :id")
                .param("id", id)
                .query(this::referral)
                .optional();
    }

    /**
     * The joint decision-making panel of the referrals that became these interventions (of these children, whose
     * index finds them), by intervention.
     */
    public java.util.Map<UUID, OutOfCourtDisposals.PanelOutcome> panelsOf(
            java.util.Collection<UUID> interventionIds, java.util.Collection<UUID> childIds) {
        java.util.Map<UUID, OutOfCourtDisposals.PanelOutcome> panels = new java.util.HashMap<>();
        if (interventionIds.isEmpty() || childIds.isEmpty()) {
            return panels;
        }
        jdbc.sql("""
                        select id, intervention_id, panel_date, rationale, yos_recommendation, decision, police_told_on
                          from oocd_referral where child_id in (:children) and intervention_id in (:ids)
                        """)
                .param("children", childIds)
                .param("ids", interventionIds)
                .query((rs, n) -> panels.put(
                        rs.getObject("intervention_id", UUID.class),
                        new OutOfCourtDisposals.PanelOutcome(
                                rs.getObject("id", UUID.class),
                                rs.getObject("intervention_id", UUID.class),
                                rs.getObject("panel_date", LocalDate.class),
                                rs.getString("rationale") != null
                                        && !rs.getString("rationale").isBlank(),
                                rs.getString("decision") != null
                                        && !java.util.Objects.equals(
                                                rs.getString("decision"), rs.getString("yos_recommendation")),
                                rs.getObject("police_told_on", LocalDate.class))))
                .list();
        return panels;
    }

    /** The child's referrals, newest first. */
    public List<Referral> ofChild(UUID childId) {
        return jdbc.sql(
                        "select * from oocd_referral where child_id = :child order by referral_date desc, created_at desc")
                .param("child", childId)
                .query(this::referral)
                .list();
    }

    /** A new referral (its change's {@code after}) with its offences, as saved. */
    public Referral insert(Change<Referral> created, String createdBy) {
        Referral r = created.after();
        jdbc.sql("""
                        insert into oocd_referral (id, service_id, child_id, referral_date, police_reference,
                            referring_officer, bail_date, case_manager_id, created_at, created_by)
                        values (:id, :service, :child, :date, :reference, :officer, :bail, :cm, now(), :by)
                        """)
                .param("id", r.id())
                .param("service", r.serviceId())
                .param("child", r.childId())
                .param("date", r.referralDate())
                .param("reference", r.policeReference())
                .param("officer", r.referringOfficer())
                .param("bail", r.bailDate())
                .param("cm", r.caseManagerId())
                .param("by", createdBy)
                .update();
        for (UUID offence : r.offenceIds()) {
            jdbc.sql("insert into oocd_referral_offence (referral_id, offence_id) values (:r, :o)")
                    .param("r", r.id())
                    .param("o", offence)
                    .update();
        }
        return find(r.id()).orElseThrow();
    }

    /**
     * Takes the referral's row lock at the version the person saw, before a rule reads its state (stale when
     * somebody saved since).
     */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(jdbc, "oocd_referral", id, version, () -> stale(id, version));
    }

    /**
     * The one versioned update: writes the referral's new state (and the screening's specialists or the panel's
     * attendees when the change recorded them), returning it as saved.
     */
    public Referral save(Change<Referral> change) {
        Referral before = change.before();
        Referral r = change.after();
        Screening screening = r.screening();
        PanelDecision panel = r.panel();
        VersionedUpdate.of(jdbc, """
                update oocd_referral set bail_date = :bail, withdrawn_on = :withdrawnOn, withdrawn_reason = :withdrawnReason,
                       screened_on = :screenedOn, screening_summary = :summary,
                       sources_consulted = cast(:sources as text[]),
                       panel_date = :panelDate, yos_recommendation = :recommendation, decision = :decision,
                       rationale = :rationale, conditions = :conditions, conditions_end_on = :conditionsEnd,
                       police_told_on = :policeTold,
                       delivery_ended_on = :endedOn, delivery_result = :result, non_compliance = :nonCompliance,
                       referred_back_to_police = :back,
                       version = version + 1
                 where id = :id and version = :version
                """)
                .param("bail", r.bailDate())
                .param("withdrawnOn", r.withdrawnOn())
                .param("withdrawnReason", r.withdrawnReason())
                .param("screenedOn", screening == null ? null : screening.completedOn())
                .param("summary", screening == null ? null : screening.summary())
                .param("sources", screening == null ? "{}" : arrayLiteral(screening.sources()))
                .param("panelDate", panel == null ? null : panel.panelDate())
                .param(
                        "recommendation",
                        panel == null ? null : panel.recommendation().name())
                .param("decision", panel == null ? null : panel.decision().name())
                .param("rationale", panel == null ? null : panel.rationale())
                .param("conditions", panel == null ? null : panel.conditions())
                .param("conditionsEnd", panel == null ? null : panel.conditionsEndOn())
                .param("policeTold", panel == null ? null : panel.policeToldOn())
                .param("endedOn", r.deliveryEndedOn())
                .param("result", result(r))
                .param("nonCompliance", r.nonCompliance())
                .param("back", r.referredBackToPolice())
                .param("id", r.id())
                .param("version", before.version())
                .orElseThrow(() -> stale(r.id(), before.version()));
        if (before.screening() == null && screening != null) {
            for (SpecialistScreening s : screening.specialistScreenings()) {
                jdbc.sql("""
                                insert into oocd_specialist_screening (referral_id, area, screened_by, screened_on, outcome)
                                values (:id, :area, :by, :on, :outcome)
                                """)
                        .param("id", r.id())
                        .param("area", s.area().name())
                        .param("by", s.screenedBy())
                        .param("on", s.screenedOn())
                        .param("outcome", s.outcome())
                        .update();
            }
        }
        if (before.panel() == null && panel != null) {
            for (int i = 0; i < panel.attendees().size(); i++) {
                jdbc.sql("""
                                insert into oocd_panel_attendee (referral_id, position, name, agency)
                                values (:id, :position, :name, :agency)
                                """)
                        .param("id", r.id())
                        .param("position", i)
                        .param("name", panel.attendees().get(i).name())
                        .param("agency", panel.attendees().get(i).agency().name())
                        .update();
            }
        }
        return find(r.id()).orElseThrow();
    }

    /**
     * In the same save as {@link #save} (so at the version it wrote): the intervention that delivers the panel's
     * outcome, known only once it started.
     */
    public Referral linkIntervention(Referral saved, UUID interventionId) {
        VersionedUpdate.sameSave(
                        jdbc,
                        "update oocd_referral set intervention_id = :intervention where id = :id and version = :version")
                .param("intervention", interventionId)
                .param("id", saved.id())
                .param("version", saved.version())
                .orElseThrow(() -> stale(saved.id(), saved.version()));
        return find(saved.id()).orElseThrow();
    }

    /** A referral's place in a transfer: its case manager and the version it was at. */
    public record Placed(UUID id, UUID caseManagerId, long version) {}

    /** The child's referrals held by service {@code serviceId} (to move with the child). */
    public List<Placed> ofChildIn(UUID childId, UUID serviceId) {
        return jdbc.sql("""
                        select id, case_manager_id, version from oocd_referral
                         where child_id = :child and service_id = :from
                        """)
                .param("child", childId)
                .param("from", serviceId)
                .query((rs, n) -> new Placed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getLong("version")))
                .list();
    }

    /** The referral moves to service {@code to} with the child, with its case manager or unallocated. */
    public void move(Placed referral, UUID to, UUID caseManagerId) {
        VersionedUpdate.of(jdbc, """
                        update oocd_referral set service_id = :to, case_manager_id = :cm, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("to", to)
                .param("cm", caseManagerId)
                .param("id", referral.id())
                .param("version", referral.version())
                .orElseThrow(() -> stale(referral.id(), referral.version()));
    }

    private StaleRecordException stale(UUID id, long version) {
        return audit.staleRecord(OutOfCourtDisposals.RECORD_TYPE, id, version);
    }

    /** How the disposal ended, as stored: not complied with when it says whether it went back to the police. */
    private static String result(Referral r) {
        if (r.deliveryEndedOn() == null) {
            return null;
        }
        return r.referredBackToPolice() != null ? "NOT_COMPLIED" : "COMPLETED";
    }

    /** A PostgreSQL array literal of enum names (which need no quoting), sorted. */
    private static String arrayLiteral(Set<SourceConsulted> values) {
        return "{" + String.join(",", values.stream().map(Enum::name).sorted().toList()) + "}";
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<UUID> offenceIds = jdbc.sql(
                        "select offence_id from oocd_referral_offence where referral_id = :id order by offence_id")
                .param("id", id)
                .query(UUID.class)
                .list();
        Screening screening = null;
        LocalDate screenedOn = rs.getObject("screened_on", LocalDate.class);
        if (screenedOn != null) {
            Set<SourceConsulted> sources = EnumSet.noneOf(SourceConsulted.class);
            Array array = rs.getArray("sources_consulted");
            if (array != null) {
                Arrays.stream((String[]) array.getArray())
                        .map(SourceConsulted::valueOf)
                        .forEach(sources::add);
            }
            List<SpecialistScreening> specialists = jdbc.sql(
                            "select * from oocd_specialist_screening where referral_id = :id order by area")
                    .param("id", id)
                    .query((r, n) -> new SpecialistScreening(
                            SpecialistArea.valueOf(r.getString("area")),
                            r.getString("screened_by"),
                            r.getObject("screened_on", LocalDate.class),
                            r.getString("outcome")))
                    .list();
            screening = new Screening(screenedOn, rs.getString("screening_summary"), sources, specialists);
        }
        PanelDecision panel = null;
        String decision = rs.getString("decision");
        if (decision != null) {
            List<Attendee> attendees = jdbc.sql(
                            "select * from oocd_panel_attendee where referral_id = :id order by position")
                    .param("id", id)
                    .query((r, n) -> new Attendee(r.getString("name"), Agency.valueOf(r.getString("agency"))))
                    .list();
            panel = new PanelDecision(
                    rs.getObject("panel_date", LocalDate.class),
                    attendees,
                    Outcome.valueOf(rs.getString("yos_recommendation")),
                    Outcome.valueOf(decision),
                    rs.getString("rationale"),
                    rs.getString("conditions"),
                    rs.getObject("conditions_end_on", LocalDate.class),
                    rs.getObject("police_told_on", LocalDate.class));
        }
        LocalDate withdrawnOn = rs.getObject("withdrawn_on", LocalDate.class);
        String result = rs.getString("delivery_result");
        Stage stage;
        if (withdrawnOn != null) {
            stage = Stage.WITHDRAWN;
        } else if ("COMPLETED".equals(result)) {
            stage = Stage.COMPLETED;
        } else if ("NOT_COMPLIED".equals(result)) {
            stage = Stage.NOT_COMPLIED;
        } else if (panel != null) {
            stage = switch (panel.decision()) {
                case NO_FURTHER_ACTION -> Stage.DECIDED_NO_FURTHER_ACTION;
                case CHARGE -> Stage.CHARGED;
                default -> deliveryStage(rs.getObject("intervention_id", UUID.class));
            };
        } else if (screening != null) {
            stage = Stage.ASSESSED;
        } else {
            stage = Stage.REFERRED;
        }
        Object back = rs.getObject("referred_back_to_police");
        return new Referral(
                id,
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("referral_date", LocalDate.class),
                rs.getString("police_reference"),
                rs.getString("referring_officer"),
                rs.getObject("bail_date", LocalDate.class),
                rs.getObject("case_manager_id", UUID.class),
                offenceIds,
                stage,
                screening,
                panel,
                rs.getObject("intervention_id", UUID.class),
                withdrawnOn,
                rs.getString("withdrawn_reason"),
                rs.getObject("delivery_ended_on", LocalDate.class),
                rs.getString("non_compliance"),
                back == null ? null : (Boolean) back,
                rs.getLong("version"));
    }

    /** A disposal being delivered, unless its intervention was closed on the Interventions tab meanwhile. */
    private Stage deliveryStage(UUID interventionId) {
        if (interventionId == null) {
            return Stage.IN_DELIVERY;
        }
        Intervention intervention = interventions.get(interventionId);
        if (intervention.status() != Intervention.Status.CLOSED) {
            return Stage.IN_DELIVERY;
        }
        return switch (intervention.closureReason()) {
            case COMPLETED -> Stage.COMPLETED;
            case BREACHED, RESENTENCED -> Stage.NOT_COMPLIED;
            default -> Stage.ENDED;
        };
    }
}
