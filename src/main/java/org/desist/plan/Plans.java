package org.desist.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentStatus;
import org.desist.assessment.Assessments;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.plan.internal.PlanRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans of interventions (YJB case management guidance, planning): a plan follows each submitted assessment; written as a
 * draft, agreed with the child and their parents or carers, and superseded (kept) when a plan for a later
 * assessment is agreed. Actions can be added and moved on after agreement. Scoped through the intervention:
 * reads see what the user may see of the child; changes need the child's home service. Audited throughout.
 */
@Service
@Transactional
public class Plans {

    public static final String RECORD_TYPE = PlanRepository.RECORD_TYPE;
    public static final String ACTION_RECORD_TYPE = PlanRepository.ACTION_RECORD_TYPE;
    /** The due-item trigger a submitted assessment raises, and what meets it (deadline/rules.json). */
    public static final String DUE_TRIGGER = "ASSESSMENT_SUBMITTED";

    public static final String AGREED = "PLAN_AGREED";

    private final PlanRepository plans;
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
            PlanRepository plans,
            Interventions interventions,
            Assessments assessments,
            ChildRecords children,
            LookedAfterRecords lookedAfter,
            DueItems dueItems,
            Directory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
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
        AccessibleChild child = children.responsibleChild(intervention.childId());
        Optional<Plan> current = currentOf(interventionId);
        Change<Plan> change = Plan.start(
                UUID.randomUUID(),
                interventionId,
                child.id(),
                intervention.status() == Intervention.Status.CLOSED,
                assessmentToPlan(interventionId).map(Assessment::id).orElse(null),
                current.orElse(null),
                CurrentUser.require().username());
        Plan saved = plans.insert(change);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                0,
                current.isPresent()
                        ? "Started a new plan of the " + label(intervention) + " to replace the current one"
                        : "Started the plan of the " + label(intervention),
                PlanAudit.changes(null, saved));
        return saved;
    }

    /** Edits a draft (any part may still be empty); other agencies' plans are checked. */
    public Plan update(UUID id, long version, PlanContent content) {
        Plan before = current(id, version);
        return saveEdit(before.edit(content, LocalDate.now(clock)), "Changed the draft plan");
    }

    /** Adds another agency's plan to a draft (checked field by field). */
    public Plan addOtherPlan(UUID id, long version, OtherPlan other) {
        Plan before = current(id, version);
        return saveEdit(before.addOtherPlan(other, LocalDate.now(clock)), "Changed the draft plan");
    }

    /**
     * Agrees a complete draft: the plan it follows on from is superseded (kept), the plan's due item is met on
     * the day it was agreed, and {@link PlanAgreed} is published.
     */
    public Plan agree(UUID id, long version, Agreement agreement) {
        Plan before = current(id, version);
        AccessibleChild child = children.responsibleChild(before.childId());
        Optional<Plan> previous = before.status() == PlanStatus.DRAFT
                ? ofIntervention(before.interventionId()).stream()
                        .filter(p -> p.status() == PlanStatus.AGREED)
                        .findFirst()
                : Optional.empty();
        LocalDate on = agreement == null ? null : agreement.agreedOn();
        boolean looked = on != null && lookedAfter.lookedAfterOn(child.summary(), on);
        Change<Plan> change = before.agree(
                agreement,
                before.status() == PlanStatus.DRAFT
                        ? assessments.get(before.assessmentId()).submittedOn()
                        : null,
                looked,
                previous.map(Plan::id).orElse(null),
                LocalDate.now(clock));
        String by = CurrentUser.require().username();
        Plan saved = plans.save(change, by);
        audit(child, saved, "Agreed the plan", PlanAudit.changes(before, saved));
        previous.ifPresent(old -> {
            Change<Plan> superseded = old.supersede(id, on);
            Plan kept = plans.save(superseded, by);
            audit(child, kept, "The plan was superseded by the plan agreed on " + on, PlanAudit.changes(old, kept));
        });
        dueItems.fulfilled(before.interventionId(), AGREED, id, on);
        change.publish(events::publishEvent);
        return saved;
    }

    /** Adds an action to a draft or the agreed plan (not a superseded one); it starts as not started. */
    public Plan addAction(UUID planId, long version, NewAction action) {
        Plan before = current(planId, version);
        List<StaffMember> owners = possibleOwners(before.interventionId());
        UUID actionId = UUID.randomUUID();
        Change<Plan> change = before.addAction(
                actionId,
                action,
                owners.stream().map(StaffMember::id).toList(),
                owners.stream()
                        .filter(s -> s.id().equals(action.ownerStaffId()))
                        .map(StaffMember::displayName)
                        .findFirst()
                        .orElse("Unknown"));
        AccessibleChild child = children.responsibleChild(before.childId());
        Plan saved = plans.save(change, CurrentUser.require().username());
        PlanAction added = saved.actions().stream()
                .filter(a -> a.id().equals(actionId))
                .findFirst()
                .orElseThrow();
        audit(
                child,
                saved,
                "Added an action to the plan (" + action.strand().label().toLowerCase() + ")",
                PlanAudit.ACTION.changes(null, added));
        return saved;
    }

    /** Moves an action on (in progress, done, or stopped with the reason), on today's date. */
    public PlanAction changeActionStatus(UUID actionId, long version, ActionStatus to, String reason) {
        PlanAction before = action(actionId);
        Plan plan = get(before.planId());
        AccessibleChild child = children.responsibleChild(plan.childId());
        plans.lockAction(actionId, version);
        PlanAction seen = action(actionId);
        Change<PlanAction> change = plan.moveAction(
                seen, to, reason, LocalDate.now(clock), CurrentUser.require().username());
        PlanAction saved = plans.saveAction(change);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                ACTION_RECORD_TYPE,
                actionId,
                saved.version(),
                "Marked a plan action " + to.label().toLowerCase(),
                PlanAudit.ACTION.changes(seen, saved));
        return saved;
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
        return plans.ofIntervention(interventions.get(interventionId).id());
    }

    @Transactional(readOnly = true)
    public Plan get(UUID id) {
        Plan plan = plans.find(id).orElseThrow(() -> new NotFoundException("Plan"));
        interventions.get(plan.interventionId());
        return plan;
    }

    @Transactional(readOnly = true)
    public PlanAction action(UUID id) {
        PlanAction action = plans.findAction(id).orElseThrow(() -> new NotFoundException("Plan action"));
        get(action.planId());
        return action;
    }

    /** People of the intervention's service who may own an action. */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleOwners(UUID interventionId) {
        return directory.caseHolders(interventions.get(interventionId).serviceId());
    }

    /** The plan as the person saw it: its child checked, its row locked at their version (stale first). */
    private Plan current(UUID id, long version) {
        Plan plan = get(id);
        children.responsibleChild(plan.childId());
        plans.lock(id, version);
        return get(id);
    }

    private Plan saveEdit(Change<Plan> change, String summary) {
        AccessibleChild child = children.responsibleChild(change.before().childId());
        Plan saved = plans.save(change, CurrentUser.require().username());
        audit(child, saved, summary, PlanAudit.changes(change.before(), saved));
        return saved;
    }

    private void audit(AccessibleChild child, Plan saved, String summary, List<FieldChange> changes) {
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                changes);
    }

    private static String label(Intervention intervention) {
        return intervention.type().label().toLowerCase();
    }
}
