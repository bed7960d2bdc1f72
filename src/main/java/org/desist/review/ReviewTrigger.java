package org.desist.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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
}
