package org.desist.order;

import java.time.LocalDate;
import java.util.UUID;

/** A breach of an order: what was breached, who decided and what happened; a resentence names the new order. */
public record Breach(
        UUID id,
        LocalDate breachedOn,
        BreachedWhat breachedWhat,
        UUID requirementId,
        String details,
        BreachDecidedBy decidedBy,
        BreachOutcome outcome,
        UUID newInterventionId) {}
