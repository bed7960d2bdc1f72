package org.desist.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A review of an intervention (YJB case management guidance, reviewing interventions): what changed, the views of
 * the child, of parents or carers and of other agencies, whether the plan was changed (how, or why not), whether the
 * assessment needs updating, and the triggers it answered. Recorded once; never edited.
 */
public record Review(
        UUID id,
        UUID interventionId,
        LocalDate reviewedOn,
        String whatChanged,
        String childViews,
        String parentsViews,
        String agencies,
        String agencyInformation,
        boolean planChanged,
        String planChange,
        String planUnchangedReason,
        boolean assessmentNeedsUpdating,
        List<ReviewTrigger> answered,
        String recordedBy,
        Instant recordedAt,
        SocialWorkerInvitation socialWorkerInvitation) {

    /**
     * What is wrong with a review before it is recorded, keyed by field; empty when it may be. Only an intervention
     * in progress is reviewed ({@code active}); {@link ReviewChecks} says what a review must say; when the child was
     * looked after on the day ({@code lookedAfter}) the allocated social worker is invited to every review (Working
     * Together 2023; YJB case management guidance, reviews and meetings).
     *
     * @param started the day the intervention started
     * @param open the ids of the triggers still to answer
     */
    public static Map<String, String> problems(
            NewReview review,
            boolean active,
            LocalDate started,
            LocalDate today,
            Collection<UUID> open,
            boolean lookedAfter) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!active) {
            problems.put("intervention", "This intervention is not in progress: it cannot be reviewed");
        }
        problems.putAll(ReviewChecks.problems(review, started, today, open));
        problems.putAll(
                SocialWorkerInvitation.problems(lookedAfter, review.socialWorkerInvitation(), review.reviewedOn()));
        return problems;
    }

    /**
     * Records the review (as {@code id}, by {@code by}) when it has no {@link #problems}: it answers the open triggers
     * it names ({@code open} in their order; all of them when it names none).
     */
    public static Change<Review> record(
            UUID id,
            UUID interventionId,
            NewReview review,
            boolean active,
            LocalDate started,
            LocalDate today,
            List<ReviewTrigger> open,
            boolean lookedAfter,
            String by) {
        InvalidRequestException.refuseIf(problems(
                review,
                active,
                started,
                today,
                open.stream().map(ReviewTrigger::id).toList(),
                lookedAfter));
        List<ReviewTrigger> answered = review.answers() == null
                ? List.copyOf(open)
                : open.stream().filter(t -> review.answers().contains(t.id())).toList();
        boolean planChanged = review.planChanged();
        SocialWorkerInvitation invitation = review.socialWorkerInvitation() == null
                        || review.socialWorkerInvitation().invited() == null
                ? null
                : review.socialWorkerInvitation().normalised();
        return Change.created(new Review(
                id,
                interventionId,
                review.reviewedOn(),
                review.whatChanged().trim(),
                review.childViews().trim(),
                review.parentsViews().trim(),
                trimmed(review.agencies()),
                trimmed(review.agencyInformation()),
                planChanged,
                planChanged ? review.planChange().trim() : null,
                planChanged ? null : review.planUnchangedReason().trim(),
                review.assessmentNeedsUpdating(),
                answered,
                by,
                null,
                invitation));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
