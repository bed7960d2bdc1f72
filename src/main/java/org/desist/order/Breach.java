package org.desist.order;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditedFields;

/** A breach of an order: what was breached, who decided and what happened; a resentence names the new order. */
public record Breach(
        UUID id,
        LocalDate breachedOn,
        BreachedWhat breachedWhat,
        UUID requirementId,
        String details,
        BreachDecidedBy decidedBy,
        BreachOutcome outcome,
        UUID newInterventionId) {

    /** What the trail shows of a breach (with the new order of a resentence, which its service names). */
    static final AuditedFields<Breach> AUDITED = AuditedFields.<Breach>of()
            .field("Breach", b -> b.breachedOn() + ": " + b.breachedWhat().label())
            .field("Decided by", Breach::decidedBy)
            .field("Outcome", Breach::outcome);
}
