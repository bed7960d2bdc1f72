package org.desist.parenting;

import java.time.LocalDate;
import java.util.UUID;

/** A prompt to consider a parenting assessment, from its trigger, and the decision once made. */
public record ParentingPrompt(
        UUID id,
        UUID childId,
        ParentingTrigger trigger,
        String detail,
        LocalDate triggeredOn,
        ParentingDecision decision,
        String reason,
        String decidedBy,
        LocalDate decidedOn,
        long version) {

    public boolean open() {
        return decision == null;
    }
}
