package org.desist.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.StaleRecordException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews of interventions (domain reference 02 §7): scheduled at a set interval from the start and from each
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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;
    private final LookedAfterRecords lookedAfter;

    Reviews(
            JdbcClient jdbc,
            Interventions interventions,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock,
            LookedAfterRecords lookedAfter) {
        this.lookedAfter = lookedAfter;
        this.jdbc = jdbc;
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
        List<ReviewTrigger> triggers = triggers(intervention.id());
        Map<UUID, List<ReviewTrigger>> answered =
                triggers.stream().filter(t -> !t.open()).collect(Collectors.groupingBy(ReviewTrigger::answeredBy));
        List<Review> reviews = jdbc.sql(
                        "select * from review where intervention_id = :id order by reviewed_on desc, recorded_at desc")
                .param("id", intervention.id())
                .query((rs, n) -> review(rs, answered))
                .list();
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
        Map<String, String> problems = new LinkedHashMap<>();
        if (intervention.status() != Intervention.Status.ACTIVE) {
            problems.put("intervention", "This intervention is not in progress: it cannot be reviewed");
        }
        problems.putAll(ReviewChecks.problems(
                review, intervention.startDate(), LocalDate.now(clock), openTriggerIds(intervention.id())));
        // 03 "Reviews and meetings": the allocated social worker of a looked-after child is invited to every review.
        ChildSummary child = children.visible(intervention.childId());
        boolean looked = review.reviewedOn() != null
                && lookedAfter.lookedAfterOn(child.id(), child.dateOfBirth(), review.reviewedOn());
        problems.putAll(SocialWorkerInvitation.problems(looked, review.socialWorkerInvitation(), review.reviewedOn()));
        return problems;
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
        children.responsible(intervention.childId());
        // One review of an intervention at a time: a concurrent one waits here, then finds one more recorded.
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                .param("key", "review:" + intervention.id())
                .query(Long.class)
                .single();
        Map<String, String> problems = problems(intervention.id(), review);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<ReviewTrigger> open =
                triggers(intervention.id()).stream().filter(ReviewTrigger::open).toList();
        List<UUID> answers = review.answers() == null
                ? open.stream().map(ReviewTrigger::id).toList()
                : List.copyOf(review.answers());
        UUID id = UUID.randomUUID();
        CurrentUser user = CurrentUser.require();
        boolean planChanged = review.planChanged();
        SocialWorkerInvitation invitation = review.socialWorkerInvitation() == null
                        || review.socialWorkerInvitation().invited() == null
                ? null
                : review.socialWorkerInvitation().normalised();
        int inserted = jdbc.sql("""
                        insert into review (id, intervention_id, child_id, reviewed_on, what_changed, child_views,
                            parents_views, agencies, agency_information, plan_changed, plan_change,
                            plan_unchanged_reason, assessment_needs_updating, recorded_by, social_worker_invited,
                            social_worker_invited_on, social_worker_invited_how, social_worker_not_invited_reason)
                        select :id, :intervention, :child, :on, :what, :childViews, :parentsViews, :agencies,
                            :information, :planChanged, :planChange, :unchanged, :assessment, :by, :swInvited, :swOn,
                            :swHow, :swReason
                         where (select count(*) from review where intervention_id = :intervention) = :version
                        """)
                .param("id", id)
                .param("intervention", intervention.id())
                .param("child", intervention.childId())
                .param("on", review.reviewedOn())
                .param("what", review.whatChanged().trim())
                .param("childViews", review.childViews().trim())
                .param("parentsViews", review.parentsViews().trim())
                .param("agencies", trimmed(review.agencies()))
                .param("information", trimmed(review.agencyInformation()))
                .param("planChanged", planChanged)
                .param("planChange", planChanged ? review.planChange().trim() : null)
                .param(
                        "unchanged",
                        planChanged ? null : review.planUnchangedReason().trim())
                .param("assessment", review.assessmentNeedsUpdating())
                .param("by", user.displayName())
                .param(
                        "swInvited",
                        invitation == null ? null : invitation.invited().name())
                .param("swOn", invitation == null ? null : invitation.on())
                .param("swHow", invitation == null ? null : invitation.how())
                .param("swReason", invitation == null ? null : invitation.reason())
                .param("version", version)
                .update();
        if (inserted == 0) {
            throw staleReview(intervention.id());
        }
        if (!answers.isEmpty()) {
            jdbc.sql("update review_trigger set answered_by = :review where id in (:ids) and answered_by is null")
                    .param("review", id)
                    .param("ids", answers)
                    .update();
        }
        List<FieldChange> changes = new ArrayList<>();
        changes.add(
                new FieldChange("Date of the review", null, review.reviewedOn().toString()));
        changes.add(new FieldChange("Plan changed", null, planChanged ? "Yes" : "No"));
        changes.add(
                new FieldChange("Assessment needs updating", null, review.assessmentNeedsUpdating() ? "Yes" : "No"));
        if (invitation != null) {
            changes.add(new FieldChange("Social worker invited", null, invitation.summary()));
        }
        open.stream()
                .filter(t -> answers.contains(t.id()))
                .forEach(t -> changes.add(new FieldChange("Answers", null, t.reason())));
        audit.changed(
                intervention.serviceId(),
                intervention.childId(),
                AuditAction.CREATED,
                REVIEW,
                id,
                0,
                "Recorded a review of the " + intervention.type().label().toLowerCase(Locale.UK) + ": plan "
                        + (planChanged ? "changed" : "not changed"),
                changes);
        dueItems.fulfilled(intervention.id(), RECORDED, id, review.reviewedOn());
        // A trigger this review did not answer is still due, from its own date.
        for (ReviewTrigger left : open) {
            if (!answers.contains(left.id())) {
                dueItems.triggered(dueTrigger(intervention, TRIGGER_RAISED), left.occurredOn());
            }
        }
        // The next interval review runs from this one (the repeating rule does it when one was open).
        boolean scheduled = dueItems.forRecord(intervention.id()).stream()
                .anyMatch(
                        d -> d.status() == DueItem.Status.OPEN && d.rule().id().equals("review-scheduled"));
        if (!scheduled && intervention.type().kind() != InterventionType.Kind.PREVENTION) {
            dueItems.triggered(dueTrigger(intervention, INTERVAL_STARTED), review.reviewedOn());
        }
        return log(intervention.id()).reviews().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    // Triggers ---------------------------------------------------------------------------------------------

    /**
     * The case manager records the child's release from custody or a serious incident: it calls for a review of
     * each of the child's interventions in progress.
     */
    public List<ReviewTrigger> recordIncident(UUID interventionId, NewIncident incident) {
        Intervention intervention = interventions.get(interventionId);
        children.responsible(intervention.childId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (intervention.status() != Intervention.Status.ACTIVE) {
            problems.put("intervention", "This intervention is not in progress");
        }
        problems.putAll(ReviewChecks.problems(incident, intervention.startDate(), LocalDate.now(clock)));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return raise(
                ReviewTriggers.recorded(
                        intervention.childId(), incident.kind(), incident.on(), incident.whatHappened(), null),
                intervention.id());
    }

    /**
     * Something significant happened to the child: a trigger (with its due item, owned by the case manager) on
     * each of the child's interventions in progress, and on {@code alsoFor} (e.g. the custodial intervention that
     * has just started). Prevention programmes are voluntary and are not reviewed. Called by the listeners, as
     * the user who made the change.
     */
    public List<ReviewTrigger> raise(ReviewTriggers.Raised raised, UUID alsoFor) {
        List<Intervention> inProgress = interventions.ofChild(raised.childId()).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE || i.id().equals(alsoFor))
                .filter(i -> i.status() != Intervention.Status.CLOSED)
                .filter(i -> i.type().kind() != InterventionType.Kind.PREVENTION)
                .toList();
        LocalDate on = raised.on() == null ? LocalDate.now(clock) : raised.on();
        String by = CurrentUser.current().map(CurrentUser::displayName).orElse("Desist");
        List<ReviewTrigger> created = new ArrayList<>();
        for (Intervention intervention : inProgress) {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into review_trigger (id, intervention_id, child_id, kind, reason, occurred_on,
                                source_record_id, raised_by)
                            values (:id, :intervention, :child, :kind, :reason, :on, :source, :by)
                            """)
                    .param("id", id)
                    .param("intervention", intervention.id())
                    .param("child", intervention.childId())
                    .param("kind", raised.kind().name())
                    .param("reason", raised.reason())
                    .param("on", on)
                    .param("source", raised.sourceRecordId())
                    .param("by", by)
                    .update();
            audit.changed(
                    intervention.serviceId(),
                    intervention.childId(),
                    AuditAction.CREATED,
                    TRIGGER,
                    id,
                    0,
                    "A review of the " + intervention.type().label().toLowerCase(Locale.UK) + " is needed: "
                            + raised.reason(),
                    List.of(
                            new FieldChange("Trigger", null, raised.kind().label()),
                            new FieldChange("Date", null, on.toString())));
            dueItems.triggered(dueTrigger(intervention, TRIGGER_RAISED), on);
            created.add(trigger(id));
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
        if (count(interventionId) == 0) {
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

    private long count(UUID interventionId) {
        return jdbc.sql("select count(*) from review where intervention_id = :id")
                .param("id", interventionId)
                .query(Long.class)
                .single();
    }

    private List<UUID> openTriggerIds(UUID interventionId) {
        return triggers(interventionId).stream()
                .filter(ReviewTrigger::open)
                .map(ReviewTrigger::id)
                .toList();
    }

    private List<ReviewTrigger> triggers(UUID interventionId) {
        return jdbc.sql("select * from review_trigger where intervention_id = :id order by occurred_on, raised_at")
                .param("id", interventionId)
                .query(Reviews::trigger)
                .list();
    }

    private ReviewTrigger trigger(UUID id) {
        return jdbc.sql("select * from review_trigger where id = :id")
                .param("id", id)
                .query(Reviews::trigger)
                .single();
    }

    static ReviewTrigger trigger(ResultSet rs, int row) throws SQLException {
        return new ReviewTrigger(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                TriggerKind.valueOf(rs.getString("kind")),
                rs.getString("reason"),
                rs.getObject("occurred_on", LocalDate.class),
                rs.getString("raised_by"),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getObject("answered_by", UUID.class));
    }

    private static Review review(ResultSet rs, Map<UUID, List<ReviewTrigger>> answered) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Review(
                id,
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("reviewed_on", LocalDate.class),
                rs.getString("what_changed"),
                rs.getString("child_views"),
                rs.getString("parents_views"),
                rs.getString("agencies"),
                rs.getString("agency_information"),
                rs.getBoolean("plan_changed"),
                rs.getString("plan_change"),
                rs.getString("plan_unchanged_reason"),
                rs.getBoolean("assessment_needs_updating"),
                answered.getOrDefault(id, List.of()),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("social_worker_invited") == null
                        ? null
                        : new SocialWorkerInvitation(
                                SocialWorkerInvited.valueOf(rs.getString("social_worker_invited")),
                                rs.getObject("social_worker_invited_on", LocalDate.class),
                                rs.getString("social_worker_invited_how"),
                                rs.getString("social_worker_not_invited_reason")));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Someone recorded a review of the intervention after the person read how many there were. */
    private StaleRecordException staleReview(UUID interventionId) {
        long recorded = count(interventionId);
        return jdbc.sql("""
                        select recorded_by, recorded_at, reviewed_on from review where intervention_id = :id
                         order by recorded_at desc limit 1
                        """)
                .param("id", interventionId)
                .query((rs, n) -> new StaleRecordException(
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(),
                        List.of("Recorded a review on " + DATE.format(rs.getObject("reviewed_on", LocalDate.class))),
                        recorded))
                .optional()
                .orElseGet(() -> new StaleRecordException("another user", Instant.EPOCH, List.of(), recorded));
    }
}
