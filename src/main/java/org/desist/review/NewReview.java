package org.desist.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;

/**
 * A review as recorded: {@code answers} are the open triggers it answers (null: all of them); a changed plan
 * says how ({@code planChange}), an unchanged one why not ({@code planUnchangedReason}); the social worker's
 * invitation is required when the child is looked after.
 */
public record NewReview(
        LocalDate reviewedOn,
        List<UUID> answers,
        String whatChanged,
        String childViews,
        String parentsViews,
        String agencies,
        String agencyInformation,
        Boolean planChanged,
        String planChange,
        String planUnchangedReason,
        Boolean assessmentNeedsUpdating,
        SocialWorkerInvitation socialWorkerInvitation) {

    /** A review without a social worker invitation (the child is not looked after, or it is not answered yet). */
    public NewReview(
            LocalDate reviewedOn,
            List<UUID> answers,
            String whatChanged,
            String childViews,
            String parentsViews,
            String agencies,
            String agencyInformation,
            Boolean planChanged,
            String planChange,
            String planUnchangedReason,
            Boolean assessmentNeedsUpdating) {
        this(
                reviewedOn,
                answers,
                whatChanged,
                childViews,
                parentsViews,
                agencies,
                agencyInformation,
                planChanged,
                planChange,
                planUnchangedReason,
                assessmentNeedsUpdating,
                null);
    }
}
