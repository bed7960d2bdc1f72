package org.desist.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.escalation.internal.EscalationRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disagreements and service concerns raised on a child's case and their climb up the escalation ladder: the
 * module's published API. The {@link Escalation} decides each change (raise, escalate, resolve); this service
 * checks the child, takes the escalation's row lock at the version the person saw, saves, audits in the same
 * transaction and keeps each open step's due item ({@code escalation-step}, 10 WD unless a local protocol says
 * otherwise): once past it the step has stalled and is shown as visible to the next level.
 */
@Service
public class Escalations {

    public static final String RECORD_TYPE = "ESCALATION";
    static final String STEP_STARTED = "ESCALATION_STEP_STARTED";
    static final String STEP_CONCLUDED = "ESCALATION_STEP_CONCLUDED";
    static final String RULE = "escalation-step";

    private final EscalationRepository escalations;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final EscalationLadder ladder;
    private final Clock clock;

    Escalations(
            EscalationRepository escalations,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            EscalationLadder ladder,
            Clock clock) {
        this.escalations = escalations;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.ladder = ladder;
        this.clock = clock;
    }

    public EscalationLadder ladder() {
        return ladder;
    }

    // Reading ----------------------------------------------------------------------------------------------

    /** The child's escalations, open ones first; the view is audited. */
    @Transactional
    public List<Escalation> viewed(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the escalations");
        return ofChild(child);
    }

    /** The child's escalations, open ones first (a section of a page whose view is audited by the page). */
    @Transactional(readOnly = true)
    public List<Escalation> ofChild(AccessibleChild child) {
        return escalations.ofChild(child.id()).stream()
                .map(this::withStepDue)
                .sorted(Comparator.comparing(Escalation::open).reversed())
                .toList();
    }

    /** One escalation of the child; the view is audited. */
    @Transactional
    public Escalation viewed(AccessibleChild child, UUID id) {
        Escalation escalation = find(child, id);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, id, "Viewed an escalation");
        return escalation;
    }

    /**
     * The open escalations of a service (for its managers and the lead's joint-working dashboard): the child,
     * the level and who holds it, the date raised and whether the current step has stalled; stalled first,
     * then oldest first. Only the service's own staff may ask; for anyone else, 404.
     */
    @Transactional(readOnly = true)
    public List<OpenEscalation> openInService(UUID serviceId) {
        if (!CurrentUser.require().belongsTo(serviceId)) {
            throw new NotFoundException("No service " + serviceId + " of yours");
        }
        return openIn(Set.of(serviceId));
    }

    /** The open escalations of every service of the signed-in user. */
    @Transactional(readOnly = true)
    public List<OpenEscalation> openInYourServices() {
        return openIn(CurrentUser.require().serviceIds());
    }

    // Changes ----------------------------------------------------------------------------------------------

    /** A disagreement or concern is raised on the child's case: level 1, with its first step due. */
    @Transactional
    public Escalation raise(AccessibleChild child, EscalationRules.Raise r) {
        AccessibleChild responsible = responsible(child);
        Change<Escalation> change = Escalation.raise(
                UUID.randomUUID(),
                responsible.id(),
                r,
                today(),
                responsible.summary().dateOfBirth(),
                ladder);
        Escalation saved = escalations.insert(change, CurrentUser.require().username(), Instant.now(clock));
        stepsStarted(responsible, change);
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                0,
                "Raised: " + lower(saved.kind().label()) + " ("
                        + saved.raisedBy().label() + ")",
                Escalation.AUDITED.changes(null, saved));
        return withStepDue(saved);
    }

    /** The current level did not resolve it: its outcome is recorded and it goes to the level above. */
    @Transactional
    public Escalation escalate(AccessibleChild child, UUID id, long version, EscalationRules.Escalate e) {
        AccessibleChild responsible = responsible(child);
        Escalation before = lockedAt(responsible, id, version);
        EscalationStep left = before.currentStep();
        Change<Escalation> change = before.escalate(e, today(), ladder);
        Escalation saved = save(responsible, change);
        List<FieldChange> changes =
                new ArrayList<>(Escalation.stepLeft(before.level()).changes(left, step(saved, left.id())));
        changes.addAll(Escalation.AUDITED.changes(change.before(), saved));
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                saved.version(),
                "Escalated to level " + saved.level() + ": " + saved.levelRole(),
                changes);
        return withStepDue(saved);
    }

    /** It was resolved at its current level: the outcome and date close it and meet its step's due item. */
    @Transactional
    public Escalation resolve(AccessibleChild child, UUID id, long version, EscalationRules.Resolve r) {
        AccessibleChild responsible = responsible(child);
        Escalation before = lockedAt(responsible, id, version);
        Change<Escalation> change = before.resolve(r, today());
        Escalation saved = save(responsible, change);
        audit.changed(
                responsible.serviceId(),
                responsible.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                saved.version(),
                "Resolved at level " + before.level() + ": " + before.levelRole(),
                Escalation.AUDITED.changes(change.before(), saved));
        return withStepDue(saved);
    }

    // Internals --------------------------------------------------------------------------------------------

    private Escalation find(AccessibleChild child, UUID id) {
        return escalations
                .find(child.id(), id)
                .map(this::withStepDue)
                .orElseThrow(() -> new NotFoundException("No escalation " + id));
    }

    /** The escalation as the person saw it, its row locked (stale when somebody saved since). */
    private Escalation lockedAt(AccessibleChild child, UUID id, long version) {
        if (escalations.find(child.id(), id).isEmpty()) {
            throw new NotFoundException("No escalation " + id);
        }
        escalations.lock(id, version);
        return find(child, id);
    }

    /** Saves the change, then meets the due items of the steps it ended and starts those of the steps it began. */
    private Escalation save(AccessibleChild child, Change<Escalation> change) {
        Escalation saved = escalations.save(change, CurrentUser.require().username());
        for (EscalationStep step : change.after().steps()) {
            EscalationStep was = step(change.before(), step.id());
            if (was != null && was.open() && !step.open()) {
                dueItems.fulfilled(saved.id(), STEP_CONCLUDED, step.id(), step.endedOn());
            }
        }
        stepsStarted(child, change);
        return saved;
    }

    private void stepsStarted(AccessibleChild child, Change<Escalation> change) {
        for (EscalationStep step : change.after().steps()) {
            if (change.isCreation() || step(change.before(), step.id()) == null) {
                dueItems.triggered(
                        new DueItems.Trigger(
                                STEP_STARTED,
                                child.serviceId(),
                                child.id(),
                                RECORD_TYPE,
                                change.after().id(),
                                CurrentUser.require().id()),
                        step.startedOn());
            }
        }
    }

    private static EscalationStep step(Escalation escalation, UUID stepId) {
        return escalation.steps().stream()
                .filter(s -> s.id().equals(stepId))
                .findFirst()
                .orElse(null);
    }

    private Escalation withStepDue(Escalation escalation) {
        LocalDate due = escalation.open()
                ? dueItems.forRecord(escalation.id()).stream()
                        .filter(i -> i.rule().id().equals(RULE) && i.status() == DueItem.Status.OPEN)
                        .map(DueItem::dueDate)
                        .findFirst()
                        .orElse(null)
                : null;
        return escalation.withStepDue(due, today(), ladder);
    }

    private List<OpenEscalation> openIn(Set<UUID> serviceIds) {
        Map<UUID, DueItem> steps = dueItems.openIn(serviceIds).stream()
                .filter(i -> i.rule().id().equals(RULE))
                .collect(Collectors.toMap(DueItem::triggerRecordId, i -> i, (a, b) -> a));
        List<Escalation> open = escalations.openAmong(steps.keySet());
        Map<UUID, ChildSummary> childrenOf =
                children.visible(open.stream().map(Escalation::childId).collect(Collectors.toSet()));
        List<OpenEscalation> list = new ArrayList<>();
        for (Escalation row : open) {
            ChildSummary child = childrenOf.get(row.childId());
            if (child == null) {
                continue;
            }
            Escalation e = row.withStepDue(steps.get(row.id()).dueDate(), today(), ladder);
            list.add(new OpenEscalation(
                    e.id(),
                    child.id(),
                    child.name(),
                    child.localReference(),
                    e.kind(),
                    e.about(),
                    e.level(),
                    e.levelRole(),
                    e.holder(),
                    e.raisedOn(),
                    e.stepDue(),
                    e.stalled(),
                    e.stalledVisibleTo()));
        }
        list.sort(Comparator.comparing(OpenEscalation::stalled)
                .reversed()
                .thenComparing(OpenEscalation::raisedOn)
                .thenComparing(OpenEscalation::childName));
        return list;
    }

    private AccessibleChild responsible(AccessibleChild child) {
        return child.responsible() ? child : children.responsibleChild(child.id());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
