package org.desist.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An intervention's reviews, newest first, the triggers still to answer, the next review due (or null) and
 * the {@code version} to send when recording a review (the number recorded so far: a review recorded by
 * someone else in the meantime makes it stale).
 */
public record ReviewLog(
        UUID interventionId,
        long version,
        List<ReviewTrigger> openTriggers,
        List<Review> reviews,
        LocalDate nextDue,
        String nextDueReason,
        boolean overdue) {}
