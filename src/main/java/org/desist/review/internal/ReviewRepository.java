package org.desist.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.jointworking.SocialWorkerInvited;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.review.Review;
import org.desist.review.ReviewTrigger;
import org.desist.review.TriggerKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All the SQL of reviews and their triggers (ADR 13). A review is recorded once: its "version" is the number of
 * reviews of the intervention the person saw, so a review recorded in between makes theirs stale.
 */
@Repository
public class ReviewRepository {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The intervention's reviews, newest first, each with the triggers it answered. */
    public List<Review> ofIntervention(UUID interventionId) {
        Map<UUID, List<ReviewTrigger>> answered = triggersOf(interventionId).stream()
                .filter(t -> !t.open())
                .collect(Collectors.groupingBy(ReviewTrigger::answeredBy));
        return jdbc.sql("select * from review where intervention_id = :id order by reviewed_on desc, recorded_at desc")
                .param("id", interventionId)
                .query((rs, n) -> review(rs, answered))
                .list();
    }

    public Optional<Review> find(UUID interventionId, UUID id) {
        return ofIntervention(interventionId).stream()
                .filter(r -> r.id().equals(id))
                .findFirst();
    }

    /** The intervention's triggers, in the order they happened. */
    public List<ReviewTrigger> triggersOf(UUID interventionId) {
        return jdbc.sql("select * from review_trigger where intervention_id = :id order by occurred_on, raised_at")
                .param("id", interventionId)
                .query(ReviewRepository::trigger)
                .list();
    }

    public ReviewTrigger trigger(UUID id) {
        return jdbc.sql("select * from review_trigger where id = :id")
                .param("id", id)
                .query(ReviewRepository::trigger)
                .single();
    }

    public long count(UUID interventionId) {
        return jdbc.sql("select count(*) from review where intervention_id = :id")
                .param("id", interventionId)
                .query(Long.class)
                .single();
    }

    /** One review of an intervention at a time: a concurrent one waits here, then finds one more recorded. */
    public void lockReviewsOf(UUID interventionId) {
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:key, 0))) locked")
                .param("key", "review:" + interventionId)
                .query(Long.class)
                .single();
    }

    /**
     * Inserts the review when the intervention still has the {@code seen} number of reviews (else it is stale:
     * who recorded the one in between), then marks the triggers it answered; returns it as saved.
     */
    public Review insert(Change<Review> created, UUID childId, long seen) {
        Review r = created.after();
        SocialWorkerInvitation invitation = r.socialWorkerInvitation();
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
                .param("id", r.id())
                .param("intervention", r.interventionId())
                .param("child", childId)
                .param("on", r.reviewedOn())
                .param("what", r.whatChanged())
                .param("childViews", r.childViews())
                .param("parentsViews", r.parentsViews())
                .param("agencies", r.agencies())
                .param("information", r.agencyInformation())
                .param("planChanged", r.planChanged())
                .param("planChange", r.planChange())
                .param("unchanged", r.planUnchangedReason())
                .param("assessment", r.assessmentNeedsUpdating())
                .param("by", r.recordedBy())
                .param(
                        "swInvited",
                        invitation == null ? null : invitation.invited().name())
                .param("swOn", invitation == null ? null : invitation.on())
                .param("swHow", invitation == null ? null : invitation.how())
                .param("swReason", invitation == null ? null : invitation.reason())
                .param("version", seen)
                .update();
        if (inserted == 0) {
            throw staleReview(r.interventionId());
        }
        List<UUID> answers = r.answered().stream().map(ReviewTrigger::id).toList();
        if (!answers.isEmpty()) {
            jdbc.sql("update review_trigger set answered_by = :review where id in (:ids) and answered_by is null")
                    .param("review", r.id())
                    .param("ids", answers)
                    .update();
        }
        return find(r.interventionId(), r.id()).orElseThrow();
    }

    /** A trigger raised on one intervention of the child's, from the record it came from; returns it as saved. */
    public ReviewTrigger insertTrigger(Change<ReviewTrigger> raised, UUID childId, UUID sourceRecordId) {
        ReviewTrigger t = raised.after();
        jdbc.sql("""
                        insert into review_trigger (id, intervention_id, child_id, kind, reason, occurred_on,
                            source_record_id, raised_by)
                        values (:id, :intervention, :child, :kind, :reason, :on, :source, :by)
                        """)
                .param("id", t.id())
                .param("intervention", t.interventionId())
                .param("child", childId)
                .param("kind", t.kind().name())
                .param("reason", t.reason())
                .param("on", t.occurredOn())
                .param("source", sourceRecordId)
                .param("by", t.raisedBy())
                .update();
        return trigger(t.id());
    }

    /** The child's reviews, by date (for the chronology; without the triggers they answered). */
    public List<Review> ofChild(UUID childId) {
        return jdbc.sql("select * from review where child_id = :child order by reviewed_on")
                .param("child", childId)
                .query((rs, n) -> review(rs, Map.of()))
                .list();
    }

    /** The child's triggers on all their interventions, by the day they happened (for the chronology). */
    public List<ReviewTrigger> triggersOfChild(UUID childId) {
        return jdbc.sql("select * from review_trigger where child_id = :child order by occurred_on")
                .param("child", childId)
                .query(ReviewRepository::trigger)
                .list();
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

    private static ReviewTrigger trigger(ResultSet rs, int row) throws SQLException {
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
}
