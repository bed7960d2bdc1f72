package org.desist.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A review as recorded: {@code answers} are the open triggers it answers (null: all of them); a changed plan
 * says how ({@code planChange}), an unchanged one why not ({@code planUnchangedReason}).
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
        Boolean assessmentNeedsUpdating) {}
