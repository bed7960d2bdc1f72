package org.desist.plan;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentStatus;
import org.desist.assessment.Assessments;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans of interventions (domain reference 02 §5): a plan follows each submitted assessment; written as a
 * draft, agreed with the child and their parents or carers, and superseded (kept) when a plan for a later
 * assessment is agreed. Actions can be added and moved on after agreement. Scoped through the intervention:
 * reads see what the user may see of the child; changes need the child's home service. Audited throughout.
 */
@Service
@Transactional
public class Plans {

    public static final String RECORD_TYPE = "PLAN";
    public static final String ACTION_RECORD_TYPE = "PLAN_ACTION";
    /** The due-item trigger a submitted assessment raises, and what meets it (deadline/rules.json). */
    public static final String DUE_TRIGGER = "ASSESSMENT_SUBMITTED";

    public static final String AGREED = "PLAN_AGREED";

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final Assessments assessments;
    private final ChildRecords children;
    private final LookedAfterRecords lookedAfter;
    private final DueItems dueItems;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plans(
            JdbcClient jdbc,
            Interventions interventions,
            Assessments assessments,
            ChildRecords children,
            LookedAfterRecords lookedAfter,
            DueItems dueItems,
            Directory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.interventions = interventions;
        this.assessments = assessments;
        this.children = children;
        this.lookedAfter = lookedAfter;
        this.dueItems = dueItems;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a draft plan following the intervention's latest submitted assessment: the first, or a new one
     * when things have changed (it begins as a copy of the current plan, with its open actions).
     */
    public Plan start(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        ChildSummary child = children.responsible(intervention.childId());
        if (intervention.status() == Intervention.Status.CLOSED) {
            throw new InvalidRequestException(Map.of("plan", "The intervention has ended: no new plan can start"));
        }
        Assessment assessment = assessmentToPlan(interventionId)
                .orElseThrow(() -> new InvalidRequestException(
                        Map.of("plan", "Submit the assessment first: a plan follows the assessment")));
        Optional<Plan> current = currentOf(interventionId);
        if (current.isPresent() && current.get().status() == PlanStatus.DRAFT) {
            throw new InvalidRequestException(Map.of("plan", "There is already a draft plan: continue with it"));
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into plan (id, intervention_id, child_id, assessment_id, status, created_at, created_by)
                        values (:id, :intervention, :child, :assessment, 'DRAFT', clock_timestamp(), :by)
                        """)
                .param("id", id)
                .param("intervention", interventionId)
                .param("child", child.id())
                .param("assessment", assessment.id())
                .param("by", by)
                .update();
        if (current.isPresent()) {
            write(id, VersionedUpdate.sameSave(jdbc, """
                            update plan set desistance_aim = :desistance, child_safety_aim = :childSafety,
                                   others_safety_aim = :othersSafety, victims_needs = :victimsNeeds,
                                   victim_protection = :victimProtection, contingencies = cast(:contingencies as text[]),
                                   child_views = :childViews, parents_views = :parentsViews
                             where id = :id and version = :version
                            """), 0, current.get().content());
            for (PlanAction action : current.get().actions()) {
                if (!action.status().finished()) {
                    insertAction(
                            id,
                            child.id(),
                            new NewAction(
                                    action.strand(),
                                    action.description(),
                                    action.ownerStaffId(),
                                    action.ownerAgency(),
                                    action.dueDate()),
                            action.status(),
                            by);
                }
            }
        }
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                current.isPresent()
                        ? "Started a new plan of the " + label(intervention) + " to replace the current one"
                        : "Started the plan of the " + label(intervention),
                List.of(new FieldChange("Status", null, PlanStatus.DRAFT.label())));
        return get(id);
    }

    /** Edits a draft (any part may still be empty); other agencies' plans are checked. */
    public Plan update(UUID id, long version, PlanContent content) {
        Plan before = current(id, version);
        if (before.status() != PlanStatus.DRAFT) {
            throw new InvalidRequestException(Map.of("plan", "Only a draft plan can be changed"));
        }
        PlanContent after = content == null ? PlanContent.empty() : content;
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (int n = 0; n < after.otherPlans().size(); n++) {
            int index = n;
            after.otherPlans()
                    .get(n)
                    .problems(today)
                    .forEach((field, message) -> problems.put("otherPlans[" + index + "]." + field, message));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChildSummary child = children.responsible(before.childId());
        write(id, VersionedUpdate.of(jdbc, """
                        update plan set desistance_aim = :desistance, child_safety_aim = :childSafety,
                               others_safety_aim = :othersSafety, victims_needs = :victimsNeeds,
                               victim_protection = :victimProtection, contingencies = cast(:contingencies as text[]),
                               child_views = :childViews, parents_views = :parentsViews, version = version + 1
                         where id = :id and version = :version
                        """), version, after);
        Plan saved = get(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                saved.version(),
                "Changed the draft plan",
                changes(before.content(), saved.content()));
        return saved;
    }

    /** Adds another agency's plan to a draft (checked field by field). */
    public Plan addOtherPlan(UUID id, long version, OtherPlan other) {
        Plan before = current(id, version);
        Map<String, String> problems = other.problems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<OtherPlan> others = new ArrayList<>(before.content().otherPlans());
        others.add(other);
        return update(id, version, before.content().withOtherPlans(others));
    }

    /**
     * Agrees a complete draft: the plan it follows on from is superseded (kept), the plan's due item is met on
     * the day it was agreed, and {@link PlanAgreed} is published.
     */
    public Plan agree(UUID id, long version, Agreement agreement) {
        Plan before = current(id, version);
        if (before.status() != PlanStatus.DRAFT) {
            throw new InvalidRequestException(Map.of("plan", "This plan has already been agreed"));
        }
        Assessment assessment = assessments.get(before.assessmentId());
        Map<String, String> problems = PlanCompleteness.problems(
                before.content(),
                before.actions(),
                agreement == null ? new Agreement(null, null, null, null) : agreement,
                assessment.submittedOn(),
                LocalDate.now(clock));
        // 03 "Reviews and meetings": the allocated social worker of a looked-after child is invited to every
        // planning meeting, the one that agrees the plan included.
        if (agreement != null) {
            ChildSummary seen = children.visible(before.childId());
            boolean looked = agreement.agreedOn() != null
                    && lookedAfter.lookedAfterOn(seen.id(), seen.dateOfBirth(), agreement.agreedOn());
            problems = new java.util.LinkedHashMap<>(problems);
            problems.putAll(SocialWorkerInvitation.problems(
                    looked, agreement.socialWorkerInvitation(), agreement.agreedOn(), "planning meeting"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChildSummary child = children.responsible(before.childId());
        String by = CurrentUser.require().username();
        SocialWorkerInvitation invitation = agreement.socialWorkerInvitation() == null
                ? null
                : agreement.socialWorkerInvitation().normalised();
        Optional<Plan> previous = ofIntervention(before.interventionId()).stream()
                .filter(p -> p.status() == PlanStatus.AGREED)
                .findFirst();
        VersionedUpdate.of(jdbc, """
                        update plan set status = 'AGREED', agreed_on = :on, agreed_by = :agreedBy,
                               child_involved = :child, parents_involved = :parents, agreement_recorded_by = :by,
                               social_worker_invited = :invited, social_worker_invited_on = :invitedOn,
                               social_worker_invited_how = :invitedHow, social_worker_not_invited_reason = :notInvited,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("on", agreement.agreedOn())
                .param("agreedBy", agreement.agreedBy().trim())
                .param("child", agreement.childInvolved())
                .param("parents", agreement.parentsInvolved())
                .param(
                        "invited",
                        invitation == null ? null : invitation.invited().name())
                .param("invitedOn", invitation == null ? null : invitation.on())
                .param("invitedHow", invitation == null ? null : invitation.how())
                .param("notInvited", invitation == null ? null : invitation.reason())
                .param("by", by)
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        Plan after = get(id);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Agreed the plan",
                List.of(
                        new FieldChange("Status", PlanStatus.DRAFT.label(), PlanStatus.AGREED.label()),
                        new FieldChange("Agreed on", null, agreement.agreedOn().toString()),
                        new FieldChange("Child involved", null, yesNo(agreement.childInvolved())),
                        new FieldChange("Parents or carers involved", null, yesNo(agreement.parentsInvolved())),
                        new FieldChange(
                                "Social worker invited",
                                null,
                                invitation == null ? "Not recorded" : invitation.summary())));
        previous.ifPresent(old -> {
            VersionedUpdate.of(jdbc, """
                            update plan set status = 'SUPERSEDED', superseded_on = :on, superseded_by = :by,
                                   version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("on", agreement.agreedOn())
                    .param("by", id)
                    .param("id", old.id())
                    .param("version", old.version())
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, old.id(), old.version()));
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    old.id(),
                    old.version() + 1,
                    "The plan was superseded by the plan agreed on " + agreement.agreedOn(),
                    List.of(new FieldChange("Status", PlanStatus.AGREED.label(), PlanStatus.SUPERSEDED.label())));
        });
        dueItems.fulfilled(before.interventionId(), AGREED, id, agreement.agreedOn());
        events.publishEvent(new PlanAgreed(
                child.id(), before.interventionId(), id, previous.map(Plan::id).orElse(null), agreement.agreedOn()));
        return after;
    }

    /** Adds an action to a draft or the agreed plan (not a superseded one); it starts as not started. */
    public Plan addAction(UUID planId, long version, NewAction action) {
        Plan before = current(planId, version);
        if (!before.open()) {
            throw new InvalidRequestException(
                    Map.of("plan", "This plan has been superseded: add it to the current plan"));
        }
        Map<String, String> problems = new LinkedHashMap<>(action.problems());
        Intervention intervention = interventions.get(before.interventionId());
        if (action.ownerStaffId() != null
                && directory.caseHolders(intervention.serviceId()).stream()
                        .noneMatch(s -> s.id().equals(action.ownerStaffId()))) {
            problems.putIfAbsent("ownerStaffId", "Choose a person of the service");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        ChildSummary child = children.responsible(before.childId());
        bump(planId, version);
        UUID actionId = insertAction(
                planId,
                child.id(),
                action,
                ActionStatus.NOT_STARTED,
                CurrentUser.require().username());
        Plan after = get(planId);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                planId,
                after.version(),
                "Added an action to the plan (" + action.strand().label().toLowerCase() + ")",
                List.of(
                        new FieldChange("Status", null, ActionStatus.NOT_STARTED.label()),
                        new FieldChange("Due", null, action.dueDate().toString())));
        return after;
    }

    /** Moves an action on (in progress, done, or stopped with the reason), on today's date. */
    public PlanAction changeActionStatus(UUID actionId, long version, ActionStatus to, String reason) {
        PlanAction before = action(actionId);
        Plan plan = get(before.planId());
        ChildSummary child = children.responsible(plan.childId());
        VersionedUpdate.lock(
                jdbc, "plan_action", actionId, version, () -> audit.staleRecord(ACTION_RECORD_TYPE, actionId, version));
        if (!plan.open()) {
            throw new InvalidRequestException(Map.of("status", "This plan has been superseded: use the current plan"));
        }
        Map<String, String> problems = before.status().problemsMovingTo(to, reason);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        LocalDate today = LocalDate.now(clock);
        VersionedUpdate.of(jdbc, """
                        update plan_action set status = :status, stopped_reason = :reason, status_changed_on = :on,
                               status_changed_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", to.name())
                .param("reason", to == ActionStatus.STOPPED ? reason.trim() : null)
                .param("on", today)
                .param("by", CurrentUser.require().username())
                .param("id", actionId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(ACTION_RECORD_TYPE, actionId, version));
        PlanAction after = action(actionId);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                ACTION_RECORD_TYPE,
                actionId,
                after.version(),
                "Marked a plan action " + to.label().toLowerCase(),
                List.of(new FieldChange("Status", before.status().label(), to.label())));
        return after;
    }

    /** The intervention's latest submitted assessment: the one a new plan follows. */
    @Transactional(readOnly = true)
    public Optional<Assessment> assessmentToPlan(UUID interventionId) {
        return assessments.ofIntervention(interventionId).stream()
                .filter(a -> a.status() != AssessmentStatus.DRAFT)
                .findFirst();
    }

    /** The intervention's current (latest) plan, if any. */
    @Transactional(readOnly = true)
    public Optional<Plan> currentOf(UUID interventionId) {
        return ofIntervention(interventionId).stream().findFirst();
    }

    /** All the intervention's plans, newest first. */
    @Transactional(readOnly = true)
    public List<Plan> ofIntervention(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        return jdbc
                .sql("select * from plan where intervention_id = :id order by created_at desc")
                .param("id", intervention.id())
                .query(this::row)
                .list()
                .stream()
                .map(this::complete)
                .toList();
    }

    @Transactional(readOnly = true)
    public Plan get(UUID id) {
        Plan plan = jdbc.sql("select * from plan where id = :id")
                .param("id", id)
                .query(this::row)
                .optional()
                .orElseThrow(() -> new NotFoundException("Plan"));
        interventions.get(plan.interventionId());
        return complete(plan);
    }

    @Transactional(readOnly = true)
    public PlanAction action(UUID id) {
        PlanAction action = jdbc.sql("select * from plan_action where id = :id")
                .param("id", id)
                .query(this::actionRow)
                .optional()
                .orElseThrow(() -> new NotFoundException("Plan action"));
        get(action.planId());
        return action;
    }

    /** People of the intervention's service who may own an action. */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleOwners(UUID interventionId) {
        return directory.caseHolders(interventions.get(interventionId).serviceId());
    }

    private Plan current(UUID id, long version) {
        Plan plan = get(id);
        children.responsible(plan.childId());
        VersionedUpdate.lock(jdbc, "plan", id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return plan;
    }

    /** The plan's own row first: a concurrent save of the same version waits for it, then finds it stale. */
    private void bump(UUID id, long version) {
        VersionedUpdate.of(jdbc, "update plan set version = version + 1 where id = :id and version = :version")
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
    }

    private UUID insertAction(UUID planId, UUID childId, NewAction action, ActionStatus status, String by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into plan_action (id, plan_id, child_id, strand, description, owner_staff_id, owner_agency,
                               due_date, status, created_at, created_by)
                        values (:id, :plan, :child, :strand, :description, :staff, :agency, :due, :status,
                               clock_timestamp(), :by)
                        """)
                .param("id", id)
                .param("plan", planId)
                .param("child", childId)
                .param("strand", action.strand().name())
                .param("description", action.description().trim())
                .param("staff", action.ownerStaffId())
                .param("agency", action.ownerStaffId() == null ? text(action.ownerAgency()) : null)
                .param("due", action.dueDate())
                .param("status", status.name())
                .param("by", by)
                .update();
        return id;
    }

    /**
     * The plan's content: its row first ({@code update}, versioned: the new plan's own first version, or the version
     * the user saw), then its other agencies' plans.
     */
    private void write(UUID id, VersionedUpdate update, long version, PlanContent c) {
        update.param("desistance", text(c.desistanceAim()))
                .param("childSafety", text(c.childSafetyAim()))
                .param("othersSafety", text(c.othersSafetyAim()))
                .param("victimsNeeds", text(c.victimsNeeds()))
                .param("victimProtection", text(c.victimProtection()))
                .param("contingencies", c.contingencies().toArray(String[]::new))
                .param("childViews", text(c.childViews()))
                .param("parentsViews", text(c.parentsViews()))
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        jdbc.sql("delete from plan_other_plan where plan_id = :id")
                .param("id", id)
                .update();
        int position = 0;
        for (OtherPlan other : c.otherPlans()) {
            jdbc.sql("""
                            insert into plan_other_plan (plan_id, position, kind, reference, agency, dated)
                            values (:plan, :position, :kind, :reference, :agency, :dated)
                            """)
                    .param("plan", id)
                    .param("position", position++)
                    .param("kind", other.kind().name())
                    .param("reference", other.reference().trim())
                    .param("agency", other.agency().trim())
                    .param("dated", other.dated())
                    .update();
        }
    }

    /** Which parts changed, by name (the text itself stays in the plan, not the audit trail). */
    private static List<FieldChange> changes(PlanContent before, PlanContent after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!Objects.equals(before.desistanceAim(), after.desistanceAim())
                || !Objects.equals(before.childSafetyAim(), after.childSafetyAim())
                || !Objects.equals(before.othersSafetyAim(), after.othersSafetyAim())) {
            changes.add(new FieldChange("Strands", null, "changed"));
        }
        if (!Objects.equals(before.victimsNeeds(), after.victimsNeeds())
                || !Objects.equals(before.victimProtection(), after.victimProtection())) {
            changes.add(new FieldChange("Victims' needs and protection", null, "changed"));
        }
        if (!Objects.equals(before.contingencies(), after.contingencies())) {
            changes.add(new FieldChange("Contingency arrangements", null, "changed"));
        }
        if (!Objects.equals(before.childViews(), after.childViews())
                || !Objects.equals(before.parentsViews(), after.parentsViews())) {
            changes.add(new FieldChange("Involvement and views", null, "changed"));
        }
        if (!Objects.equals(before.otherPlans(), after.otherPlans())) {
            changes.add(new FieldChange(
                    "Other agencies' plans",
                    String.valueOf(before.otherPlans().size()),
                    String.valueOf(after.otherPlans().size())));
        }
        return changes;
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

    private Plan row(ResultSet rs, int n) throws SQLException {
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
        UUID staff = rs.getObject("owner_staff_id", UUID.class);
        String agency = rs.getString("owner_agency");
        return new PlanAction(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                Strand.valueOf(rs.getString("strand")),
                rs.getString("description"),
                staff,
                agency,
                staff == null
                        ? agency
                        : directory
                                .staffMember(staff)
                                .map(StaffMember::displayName)
                                .orElse("Unknown"),
                rs.getObject("due_date", LocalDate.class),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getString("stopped_reason"),
                rs.getObject("status_changed_on", LocalDate.class),
                rs.getString("status_changed_by"),
                rs.getLong("version"));
    }

    private static String label(Intervention intervention) {
        return intervention.type().label().toLowerCase();
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "Yes" : "No";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
