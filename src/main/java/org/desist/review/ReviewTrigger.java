package org.desist.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.platform.Change;

/**
 * Something that calls for a review of one intervention, with the reason kept; open until a review answers it
 * ({@code answeredBy} is that review).
 */
public record ReviewTrigger(
        UUID id,
        UUID interventionId,
        TriggerKind kind,
        String reason,
        LocalDate occurredOn,
        String raisedBy,
        Instant raisedAt,
        UUID answeredBy) {

    public boolean open() {
        return answeredBy == null;
    }

    /**
     * What {@code raised} calls for on one intervention in progress: a trigger (as {@code id}, raised by {@code by}),
     * due from {@code on}, open until a review answers it (YJB case management guidance, reviewing interventions).
     */
    public static Change<ReviewTrigger> raise(
            UUID id, UUID interventionId, ReviewTriggers.Raised raised, LocalDate on, String by) {
        return Change.created(
                new ReviewTrigger(id, interventionId, raised.kind(), raised.reason(), on, by, null, null));
    }
}
