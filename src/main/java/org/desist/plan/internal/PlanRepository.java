package org.desist.plan.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditTrail;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.plan.ActionStatus;
import org.desist.plan.OtherPlan;
import org.desist.plan.OtherPlanKind;
import org.desist.plan.Plan;
import org.desist.plan.PlanAction;
import org.desist.plan.PlanContent;
import org.desist.plan.PlanStatus;
import org.desist.plan.Strand;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of plans, their other agencies' plans and their actions (ADR 13). */
@Repository
public class PlanRepository {

    /** The audit trail's record types (also the stale record's). */
    public static final String RECORD_TYPE = "PLAN";

    public static final String ACTION_RECORD_TYPE = "PLAN_ACTION";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;

    PlanRepository(JdbcClient jdbc, Directory directory, AuditTrail audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    public Optional<Plan> find(UUID id) {
        return jdbc.sql("select * from plan where id = :id")
                .param("id", id)
                .query(this::row)
                .optional()
                .map(this::complete);
    }

    /** The intervention's plans, newest first. */
    public List<Plan> ofIntervention(UUID interventionId) {
        return jdbc
                .sql("select * from plan where intervention_id = :id order by created_at desc")
                .param("id", interventionId)
                .query(this::row)
                .list()
                .stream()
                .map(this::complete)
                .toList();
    }

    public Optional<PlanAction> findAction(UUID id) {
        return jdbc.sql("select * from plan_action where id = :id")
                .param("id", id)
                .query(this::actionRow)
                .optional();
    }

    /** The plan's row lock at the version the person saw, before a rule reads its state (stale first). */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(jdbc, "plan", id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
    }

    public void lockAction(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc, "plan_action", id, version, () -> audit.staleRecord(ACTION_RECORD_TYPE, id, version));
    }

    /** A new plan: its row, its other agencies' plans and its actions (carried over from the plan before). */
    public Plan insert(Change<Plan> created) {
        Plan p = created.after();
        jdbc.sql("""
                        insert into plan (id, intervention_id, child_id, assessment_id, status, desistance_aim,
                               child_safety_aim, others_safety_aim, victims_needs, victim_protection, contingencies,
                               child_views, parents_views, created_at, created_by)
                        values (:id, :intervention, :child, :assessment, :status, :desistance, :childSafety,
                               :othersSafety, :victimsNeeds, :victimProtection, cast(:contingencies as text[]),
                               :childViews, :parentsViews, clock_timestamp(), :by)
                        """)
                .param("id", p.id())
                .param("intervention", p.interventionId())
                .param("child", p.childId())
                .param("assessment", p.assessmentId())
                .param("status", p.status().name())
                .params(contentParams(p.content()))
                .param("by", p.createdBy())
                .update();
        writeOtherPlans(p.id(), p.content().otherPlans());
        p.actions().forEach(a -> insertAction(p.childId(), a, p.createdBy()));
        return get(p.id());
    }

    /**
     * The one versioned update of a plan, writing its new state (content, status, agreement, supersession), then its
     * other agencies' plans when they changed and the actions it gained; {@code by} records the agreement and new
     * actions. Returns the plan as saved.
     */
    public Plan save(Change<Plan> change, String by) {
        Plan before = change.before();
        Plan p = change.after();
        SocialWorkerInvitation invitation = p.socialWorkerInvitation();
        boolean agreeing = before.status() == PlanStatus.DRAFT && p.status() == PlanStatus.AGREED;
        VersionedUpdate.of(jdbc, """
                        update plan set desistance_aim = :desistance, child_safety_aim = :childSafety,
                               others_safety_aim = :othersSafety, victims_needs = :victimsNeeds,
                               victim_protection = :victimProtection, contingencies = cast(:contingencies as text[]),
                               child_views = :childViews, parents_views = :parentsViews, status = :status,
                               agreed_on = :agreedOn, agreed_by = :agreedBy, child_involved = :childInvolved,
                               parents_involved = :parentsInvolved,
                               agreement_recorded_by = coalesce(cast(:recordedBy as text), agreement_recorded_by),
                               social_worker_invited = :invited, social_worker_invited_on = :invitedOn,
                               social_worker_invited_how = :invitedHow, social_worker_not_invited_reason = :notInvited,
                               superseded_on = :supersededOn, superseded_by = :supersededBy, version = version + 1
                         where id = :id and version = :version
                        """)
                .params(contentParams(p.content()))
                .param("status", p.status().name())
                .param("agreedOn", p.agreedOn())
                .param("agreedBy", p.agreedBy())
                .param("childInvolved", p.childInvolved())
                .param("parentsInvolved", p.parentsInvolved())
                .param("recordedBy", agreeing ? by : null)
                .param(
                        "invited",
                        invitation == null ? null : invitation.invited().name())
                .param("invitedOn", invitation == null ? null : invitation.on())
                .param("invitedHow", invitation == null ? null : invitation.how())
                .param("notInvited", invitation == null ? null : invitation.reason())
                .param("supersededOn", p.supersededOn())
                .param("supersededBy", p.supersededBy())
                .param("id", p.id())
                .param("version", before.version())
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, p.id(), before.version()));
        if (!before.content().otherPlans().equals(p.content().otherPlans())) {
            jdbc.sql("delete from plan_other_plan where plan_id = :id")
                    .param("id", p.id())
                    .update();
            writeOtherPlans(p.id(), p.content().otherPlans());
        }
        Set<UUID> had = before.actions().stream().map(PlanAction::id).collect(Collectors.toSet());
        p.actions().stream().filter(a -> !had.contains(a.id())).forEach(a -> insertAction(p.childId(), a, by));
        return get(p.id());
    }

    /** The one versioned update of an action, writing its new status; returns it as saved. */
    public PlanAction saveAction(Change<PlanAction> change) {
        PlanAction before = change.before();
        PlanAction a = change.after();
        VersionedUpdate.of(jdbc, """
                        update plan_action set status = :status, stopped_reason = :reason, status_changed_on = :on,
                               status_changed_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", a.status().name())
                .param("reason", a.stoppedReason())
                .param("on", a.statusChangedOn())
                .param("by", a.statusChangedBy())
                .param("id", a.id())
                .param("version", before.version())
                .orElseThrow(() -> audit.staleRecord(ACTION_RECORD_TYPE, a.id(), before.version()));
        return findAction(a.id()).orElseThrow();
    }

    private Plan get(UUID id) {
        return find(id).orElseThrow();
    }

    private void insertAction(UUID childId, PlanAction action, String by) {
        jdbc.sql("""
                        insert into plan_action (id, plan_id, child_id, strand, description, owner_staff_id, owner_agency,
                               due_date, status, created_at, created_by)
                        values (:id, :plan, :child, :strand, :description, :staff, :agency, :due, :status,
                               clock_timestamp(), :by)
                        """)
                .param("id", action.id())
                .param("plan", action.planId())
                .param("child", childId)
                .param("strand", action.strand().name())
                .param("description", action.description())
                .param("staff", action.ownerStaffId())
                .param("agency", action.ownerAgency())
                .param("due", action.dueDate())
                .param("status", action.status().name())
                .param("by", by)
                .update();
    }

    private void writeOtherPlans(UUID planId, List<OtherPlan> others) {
        int position = 0;
        for (OtherPlan other : others) {
            jdbc.sql("""
                            insert into plan_other_plan (plan_id, position, kind, reference, agency, dated)
                            values (:plan, :position, :kind, :reference, :agency, :dated)
                            """)
                    .param("plan", planId)
                    .param("position", position++)
                    .param("kind", other.kind().name())
                    .param("reference", other.reference().trim())
                    .param("agency", other.agency().trim())
                    .param("dated", other.dated())
                    .update();
        }
    }

    private static java.util.Map<String, Object> contentParams(PlanContent c) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("desistance", text(c.desistanceAim()));
        params.put("childSafety", text(c.childSafetyAim()));
        params.put("othersSafety", text(c.othersSafetyAim()));
        params.put("victimsNeeds", text(c.victimsNeeds()));
        params.put("victimProtection", text(c.victimProtection()));
        params.put("contingencies", c.contingencies().toArray(String[]::new));
        params.put("childViews", text(c.childViews()));
        params.put("parentsViews", text(c.parentsViews()));
        return params;
    }

    private Plan complete(Plan plan) {
        List<OtherPlan> others = jdbc.sql("select * from plan_other_plan where plan_id = :id order by position")
                .param("id", plan.id())
                .query((rs, n) -> new OtherPlan(
                        OtherPlanKind.valueOf(rs.getString("kind")),
                        rs.getString("reference"),
                        rs.getString("agency"),
                        rs.getObject("dated", LocalDate.class)))
                .list();
        List<PlanAction> actions = jdbc.sql("select * from plan_action where plan_id = :id order by created_at, id")
                .param("id", plan.id())
                .query(this::actionRow)
                .list();
        return new Plan(
                plan.id(),
                plan.interventionId(),
                plan.childId(),
                plan.assessmentId(),
                plan.status(),
                plan.content().withOtherPlans(others),
                actions,
                plan.agreedOn(),
                plan.agreedBy(),
                plan.childInvolved(),
                plan.parentsInvolved(),
                plan.supersededOn(),
                plan.supersededBy(),
                plan.createdBy(),
                plan.version(),
                plan.socialWorkerInvitation());
    }

    Plan row(ResultSet rs, int n) throws SQLException {
        Array contingencies = rs.getArray("contingencies");
        return new Plan(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("assessment_id", UUID.class),
                PlanStatus.valueOf(rs.getString("status")),
                new PlanContent(
                        rs.getString("desistance_aim"),
                        rs.getString("child_safety_aim"),
                        rs.getString("others_safety_aim"),
                        rs.getString("victims_needs"),
                        rs.getString("victim_protection"),
                        contingencies == null ? List.of() : Arrays.asList((String[]) contingencies.getArray()),
                        rs.getString("child_views"),
                        rs.getString("parents_views"),
                        List.of()),
                List.of(),
                rs.getObject("agreed_on", LocalDate.class),
                rs.getString("agreed_by"),
                (Boolean) rs.getObject("child_involved"),
                (Boolean) rs.getObject("parents_involved"),
                rs.getObject("superseded_on", LocalDate.class),
                rs.getObject("superseded_by", UUID.class),
                rs.getString("created_by"),
                rs.getLong("version"),
                rs.getString("social_worker_invited") == null
                        ? null
                        : new SocialWorkerInvitation(
                                SocialWorkerInvited.valueOf(rs.getString("social_worker_invited")),
                                rs.getObject("social_worker_invited_on", LocalDate.class),
                                rs.getString("social_worker_invited_how"),
                                rs.getString("social_worker_not_invited_reason")));
    }

    private PlanAction actionRow(ResultSet rs, int n) throws SQLException {
        PlanAction read = actionRow(rs, (UUID) null);
        String owner = read.ownerStaffId() == null
                ? read.ownerAgency()
                : directory
                        .staffMember(read.ownerStaffId())
                        .map(StaffMember::displayName)
                        .orElse("Unknown");
        return new PlanAction(
                read.id(),
                read.planId(),
                read.strand(),
                read.description(),
                read.ownerStaffId(),
                read.ownerAgency(),
                owner,
                read.dueDate(),
                read.status(),
                read.stoppedReason(),
                read.statusChangedOn(),
                read.statusChangedBy(),
                read.version());
    }

    /** An action as stored, its owner's name left to the caller ({@code unused} tells the overloads apart). */
    PlanAction actionRow(ResultSet rs, UUID unused) throws SQLException {
        UUID staff = rs.getObject("owner_staff_id", UUID.class);
        String agency = rs.getString("owner_agency");
        return new PlanAction(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                Strand.valueOf(rs.getString("strand")),
                rs.getString("description"),
                staff,
                agency,
                staff == null ? agency : null,
                rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getString("stopped_reason"),
                rs.getObject("status_changed_on", LocalDate.class),
                rs.getString("status_changed_by"),
                rs.getLong("version"));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
