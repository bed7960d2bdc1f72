package org.desist.parenting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.parenting.internal.ParentingPromptRepository;
import org.desist.parenting.internal.ParentingWorkRepository;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's parenting record (YJB case management guidance, working with parents and carers): the prompts to
 * consider a parenting assessment with the case manager's decisions ({@link ParentingPrompt}), and the parenting
 * work done with the parents or carers ({@link ParentingWork}). The rules are theirs and {@link ParentingTriggers}';
 * each change is audited with the child in the same transaction, a decision made from the version read.
 */
@Service
@Transactional
public class Parenting {

    public static final String PROMPT = "PARENTING_PROMPT";
    public static final String WORK = "PARENTING_WORK";
    public static final String TRIGGER = "PARENTING_TRIGGER";
    public static final String DECIDED = "PARENTING_ASSESSMENT_DECISION";

    private final ParentingPromptRepository prompts;
    private final ParentingWorkRepository work;
    private final ChildRecords children;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;
    private final int recentMonths;

    Parenting(
            ParentingPromptRepository prompts,
            ParentingWorkRepository work,
            ChildRecords children,
            Interventions interventions,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.parenting.recent-months:3}") int recentMonths) {
        this.prompts = prompts;
        this.work = work;
        this.children = children;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
        this.clock = clock;
        this.recentMonths = recentMonths;
    }

    public record Record(ChildSummary child, List<ParentingPrompt> prompts, List<ParentingWork> work) {}

    public record NewWork(
            ParentingWorkKind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            String terms,
            String parentingWorker,
            String agencyRoles) {}

    /** The child's parenting record; the view is audited. */
    public Record of(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), PROMPT, null, "Viewed the parenting record");
        return new Record(child.summary(), prompts.ofChild(child.id()), work.ofChild(child.id()));
    }

    public ParentingPrompt prompt(UUID promptId) {
        ParentingPrompt prompt = find(promptId);
        children.visible(prompt.childId());
        return prompt;
    }

    public int recentMonths() {
        return recentMonths;
    }

    // Triggers ---------------------------------------------------------------------------------------------

    /**
     * The case manager records another agency's assessment (early help or CAMHS); when it is recent (and for early
     * help, shows unmet parenting need) and the child is 17 or under, a prompt is raised. Returns it, if raised.
     */
    public Optional<ParentingPrompt> recordOtherAssessment(
            AccessibleChild accessible, ParentingTrigger kind, LocalDate completedOn, Boolean unmetParentingNeed) {
        ChildSummary child = responsible(accessible);
        LocalDate today = LocalDate.now(clock);
        InvalidRequestException.refuseIf(
                ParentingTriggers.otherAssessmentProblems(kind, completedOn, unmetParentingNeed, today));
        String detail = kind == ParentingTrigger.EARLY_HELP
                ? "Early-help assessment completed " + completedOn
                        + (unmetParentingNeed ? ", unmet parenting need" : ", no unmet parenting need")
                : "CAMHS assessment completed " + completedOn;
        boolean fires = ParentingTriggers.fires(
                kind, child.dateOfBirth(), today, null, completedOn, unmetParentingNeed, recentMonths);
        if (!fires) {
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CREATED,
                    PROMPT,
                    null,
                    0,
                    "Recorded an assessment that does not call for a parenting assessment: " + detail,
                    List.of(new FieldChange("Assessment", null, detail)));
            return Optional.empty();
        }
        return Optional.of(raise(child, kind, detail, null, today));
    }

    /**
     * A trigger fired from another module (an assessment's rating, a report considering a parenting order): a
     * prompt for a child aged 17 or under, once per triggering record, in the change's transaction (the listener
     * checks the child as the person making the change).
     */
    public void triggered(
            AccessibleChild accessible,
            ParentingTrigger kind,
            String detail,
            UUID recordId,
            LocalDate on,
            Integer rating) {
        ChildSummary child = accessible.summary();
        if (!ParentingTriggers.fires(kind, child.dateOfBirth(), on, rating, null, null, recentMonths)) {
            return;
        }
        if (recordId == null || !prompts.raisedBy(recordId)) {
            raise(child, kind, detail, recordId, on);
        }
    }

    private ParentingPrompt raise(
            ChildSummary child, ParentingTrigger kind, String detail, UUID recordId, LocalDate on) {
        Change<ParentingPrompt> change = ParentingPrompt.raise(UUID.randomUUID(), child.id(), kind, detail, on);
        ParentingPrompt saved = prompts.insert(change, recordId);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                PROMPT,
                saved.id(),
                0,
                "Consider a parenting assessment: " + kind.label(),
                ParentingPrompt.AUDITED.changes(null, saved));
        dueItems.triggered(
                new DueItems.Trigger(
                        TRIGGER, child.serviceId(), child.id(), PROMPT, saved.id(), caseManager(child.id())),
                on);
        return saved;
    }

    // Decisions --------------------------------------------------------------------------------------------

    /** The case manager's decision on a prompt: assess or not needed, with the reason; meets its due item. */
    public ParentingPrompt decide(UUID promptId, long version, ParentingDecision decision, String reason) {
        ChildSummary child = children.responsible(find(promptId).childId());
        // Stale before the rules: the state they read is then the one the person saw.
        prompts.lock(promptId, version);
        LocalDate today = LocalDate.now(clock);
        Change<ParentingPrompt> change =
                find(promptId).decide(decision, reason, CurrentUser.require().displayName(), today);
        ParentingPrompt saved = prompts.save(change);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                PROMPT,
                promptId,
                saved.version(),
                "Decided on a parenting assessment: " + decision.label(),
                ParentingPrompt.AUDITED.changes(change.before(), saved));
        dueItems.fulfilled(promptId, DECIDED, promptId, today);
        return saved;
    }

    // Parenting work ---------------------------------------------------------------------------------------

    /** Parenting work with the child's parents or carers, recorded by the child's home service. */
    public ParentingWork recordWork(AccessibleChild accessible, NewWork request) {
        ChildSummary child = responsible(accessible);
        Change<ParentingWork> change = ParentingWork.record(
                UUID.randomUUID(), child.id(), request, CurrentUser.require().displayName());
        ParentingWork saved = work.insert(change);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                WORK,
                saved.id(),
                0,
                "Recorded " + saved.kind().label().toLowerCase(),
                ParentingWork.AUDITED.changes(null, saved));
        return saved;
    }

    // Internals --------------------------------------------------------------------------------------------

    /** Only the child's home service changes the record (a caretaking host service's staff get 403). */
    private ChildSummary responsible(AccessibleChild child) {
        return child.responsible() ? child.summary() : children.responsible(child.id());
    }

    /** The case manager of the child's work in progress, if any (the due item's owner). */
    private UUID caseManager(UUID childId) {
        return interventions.ofChild(children.accessible(childId)).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE && i.caseManagerId() != null)
                .map(Intervention::caseManagerId)
                .findFirst()
                .orElse(null);
    }

    private ParentingPrompt find(UUID id) {
        return prompts.find(id).orElseThrow(() -> new NotFoundException("Parenting prompt"));
    }
}
