package org.desist.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.platform.Change;
import org.desist.review.internal.ReviewRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of interventions (YJB case management guidance, reviewing interventions): scheduled at a set interval from the start and from each
 * review, and raised by what happens to the child (a {@link ReviewTrigger} on each intervention in progress,
 * each with its own due item). Recording a review answers the triggers it covers, meets the intervention's
 * open review due items and schedules the next. Every read goes through the intervention (visible exactly when
 * it is); every change first through {@link ChildRecords#responsible}, is checked and audited with the child.
 */
@Service
@Transactional
public class Reviews {

    public static final String REVIEW = "REVIEW";
    public static final String TRIGGER = "REVIEW_TRIGGER";

    /** Due-item trigger of rule {@code review-scheduled}: the intervention started (day 0 of the interval). */
    public static final String INTERVAL_STARTED = "REVIEW_INTERVAL_STARTED";

    /** Due-item trigger of rule {@code review-triggered}: something significant happened. */
    public static final String TRIGGER_RAISED = "REVIEW_TRIGGER_RAISED";

    /** What meets both review rules. */
    public static final String RECORDED = "REVIEW_RECORDED";

    static final Set<String> RULES = Set.of("review-scheduled", "review-triggered");

    /** What the trail shows of a recorded review (then each trigger it answers), declared once. */
    static final AuditedFields<Review> AUDITED = AuditedFields.<Review>of()
            .field("Date of the review", Review::reviewedOn)
            .field("Plan changed", Review::planChanged, Reviews::yesNo)
            .field("Assessment needs updating", Review::assessmentNeedsUpdating, Reviews::yesNo)
            .field("Social worker invited", Review::socialWorkerInvitation, SocialWorkerInvitation::summary);

    static final AuditedFields<ReviewTrigger> TRIGGER_AUDITED = AuditedFields.<ReviewTrigger>of()
            .field("Trigger", ReviewTrigger::kind)
            .field("Date", ReviewTrigger::occurredOn);

    private final ReviewRepository repository;
    private final Interventions interventions;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;
    private final LookedAfterRecords lookedAfter;

    Reviews(
            ReviewRepository repository,
            Interventions interventions,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock,
            LookedAfterRecords lookedAfter) {
        this.lookedAfter = lookedAfter;
        this.repository = repository;
        this.interventions = interventions;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.clock = clock;
    }

    // Reading ----------------------------------------------------------------------------------------------

    /** The intervention's reviews, the triggers still to answer and the next review due. */
    @Transactional(readOnly = true)
    public ReviewLog log(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        List<ReviewTrigger> triggers = repository.triggersOf(intervention.id());
        List<Review> reviews = repository.ofIntervention(intervention.id());
        Optional<DueItem> next = dueItems.forRecord(intervention.id()).stream()
                .filter(d -> d.status() == DueItem.Status.OPEN
                        && RULES.contains(d.rule().id()))
                .min(Comparator.comparing(DueItem::dueDate));
        LocalDate today = LocalDate.now(clock);
        return new ReviewLog(
                intervention.id(),
                reviews.size(),
                triggers.stream().filter(ReviewTrigger::open).toList(),
                reviews,
                next.map(DueItem::dueDate).orElse(null),
                next.map(d -> d.rule().name() + ": " + d.dueDateReason()).orElse(null),
                next.map(d -> d.overdueOn(today)).orElse(false));
    }

    /** As {@link #log}, for a page or API answer: the view is audited. */
    public ReviewLog viewed(UUID interventionId) {
        ReviewLog log = log(interventionId);
        Intervention intervention = interventions.get(interventionId);
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                "Viewed the reviews of the " + intervention.type().label().toLowerCase(Locale.UK));
        return log;
    }

    /**
     * What is wrong with a review before it is recorded (for the check-your-answers page); empty when it may be
     * recorded.
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(UUID interventionId, NewReview review) {
        Intervention intervention = interventions.get(interventionId);
        return Review.problems(
                review,
                intervention.status() == Intervention.Status.ACTIVE,
                intervention.startDate(),
                LocalDate.now(clock),
                openTriggers(intervention.id()).stream().map(ReviewTrigger::id).toList(),
                lookedAfter(children.visible(intervention.childId()), review.reviewedOn()));
    }

    // Recording a review -----------------------------------------------------------------------------------

    /**
     * Records a review from the {@code version} read (the number of reviews already recorded: 409 when someone
     * else recorded one first). It answers the open triggers chosen (all of them when none are named), meets the
     * intervention's open review due items and schedules the next interval review from its date. A trigger it
     * does not answer stays open and stays due from its own date.
     */
    public Review record(UUID interventionId, long version, NewReview review) {
        Intervention intervention = interventions.get(interventionId);
        AccessibleChild child = children.responsibleChild(intervention.childId());
        repository.lockReviewsOf(intervention.id());
        List<ReviewTrigger> open = openTriggers(intervention.id());
        Change<Review> change = Review.record(
                UUID.randomUUID(),
                intervention.id(),
                review,
                intervention.status() == Intervention.Status.ACTIVE,
                intervention.startDate(),
                LocalDate.now(clock),
                open,
                lookedAfter(child.summary(), review.reviewedOn()),
                CurrentUser.require().displayName());
        Review saved = repository.insert(change, child.id(), version);
        List<FieldChange> changes = new ArrayList<>(AUDITED.changes(null, saved));
        saved.answered().forEach(t -> changes.add(new FieldChange("Answers", null, t.reason())));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                REVIEW,
                saved.id(),
                0,
                "Recorded a review of the " + intervention.type().label().toLowerCase(Locale.UK) + ": plan "
                        + (saved.planChanged() ? "changed" : "not changed"),
                changes);
        dueItems.fulfilled(intervention.id(), RECORDED, saved.id(), saved.reviewedOn());
        // A trigger this review did not answer is still due, from its own date.
        for (ReviewTrigger left : open) {
            if (!change.after().answered().contains(left)) {
                dueItems.triggered(dueTrigger(intervention, TRIGGER_RAISED), left.occurredOn());
            }
        }
        // The next interval review runs from this one (the repeating rule does it when one was open).
        boolean scheduled = dueItems.forRecord(intervention.id()).stream()
                .anyMatch(
                        d -> d.status() == DueItem.Status.OPEN && d.rule().id().equals("review-scheduled"));
        if (!scheduled && intervention.type().kind() != InterventionType.Kind.PREVENTION) {
            dueItems.triggered(dueTrigger(intervention, INTERVAL_STARTED), saved.reviewedOn());
        }
        return saved;
    }

    // Triggers ---------------------------------------------------------------------------------------------

    /**
     * The case manager records the child's release from custody or a serious incident: it calls for a review of
     * each of the child's interventions in progress.
     */
    public List<ReviewTrigger> recordIncident(UUID interventionId, NewIncident incident) {
        Intervention intervention = interventions.get(interventionId);
        AccessibleChild child = children.responsibleChild(intervention.childId());
        return raise(
                ReviewTriggers.incident(
                        child.id(),
                        incident,
                        intervention.status() == Intervention.Status.ACTIVE,
                        intervention.startDate(),
                        LocalDate.now(clock)),
                intervention.id());
    }

    /**
     * Something significant happened to the child: a trigger (with its due item, owned by the case manager) on
     * each of the child's interventions in progress, and on {@code alsoFor} (e.g. the custodial intervention that
     * has just started). Prevention programmes are voluntary and are not reviewed. Called by the listeners, as
     * the user who made the change.
     */
    public List<ReviewTrigger> raise(ReviewTriggers.Raised raised, UUID alsoFor) {
        List<Intervention> inProgress = interventions.ofChild(children.accessible(raised.childId())).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE || i.id().equals(alsoFor))
                .filter(i -> i.status() != Intervention.Status.CLOSED)
                .filter(i -> i.type().kind() != InterventionType.Kind.PREVENTION)
                .toList();
        LocalDate on = raised.on() == null ? LocalDate.now(clock) : raised.on();
        String by = CurrentUser.current().map(CurrentUser::displayName).orElse("Desist");
        List<ReviewTrigger> created = new ArrayList<>();
        for (Intervention intervention : inProgress) {
            ReviewTrigger trigger = repository.insertTrigger(
                    ReviewTrigger.raise(UUID.randomUUID(), intervention.id(), raised, on, by),
                    intervention.childId(),
                    raised.sourceRecordId());
            audit.changed(
                    intervention.serviceId(),
                    intervention.childId(),
                    AuditAction.CREATED,
                    TRIGGER,
                    trigger.id(),
                    0,
                    "A review of the " + intervention.type().label().toLowerCase(Locale.UK) + " is needed: "
                            + raised.reason(),
                    TRIGGER_AUDITED.changes(null, trigger));
            dueItems.triggered(dueTrigger(intervention, TRIGGER_RAISED), on);
            created.add(trigger);
        }
        return created;
    }

    /** The intervention started: its first interval review runs from the start date. */
    public void scheduleFirst(UUID interventionId, LocalDate startDate) {
        Intervention intervention = interventions.get(interventionId);
        dueItems.triggered(dueTrigger(intervention, INTERVAL_STARTED), startDate);
    }

    /** The start date was corrected: the first interval review moves with it (later ones run from reviews). */
    public void startDateCorrected(UUID interventionId, LocalDate startDate) {
        if (repository.count(interventionId) == 0) {
            dueItems.triggerDateCorrected(interventionId, INTERVAL_STARTED, startDate);
        }
    }

    // Internals --------------------------------------------------------------------------------------------

    private static DueItems.Trigger dueTrigger(Intervention intervention, String event) {
        return new DueItems.Trigger(
                event,
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                intervention.caseManagerId());
    }

    private List<ReviewTrigger> openTriggers(UUID interventionId) {
        return repository.triggersOf(interventionId).stream()
                .filter(ReviewTrigger::open)
                .toList();
    }

    /** Whether the child was looked after on the day of the review (none yet: not asked). */
    private boolean lookedAfter(ChildSummary child, LocalDate on) {
        return on != null && lookedAfter.lookedAfterOn(child, on);
    }

    private static String yesNo(Boolean value) {
        return Boolean.TRUE.equals(value) ? "Yes" : "No";
    }
}
