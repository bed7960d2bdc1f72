package org.desist.escalation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A disagreement or service concern raised on a child's case, where it is on the ladder and who holds it, each
 * step's history, and its resolution once resolved. {@code stepDue} is the day the current step stalls after
 * (its due item); a stalled step is visible to {@code stalledVisibleTo}, the next level's role.
 */
public record Escalation(
        UUID id,
        UUID childId,
        EscalationKind kind,
        String about,
        RaisingService raisedBy,
        LocalDate raisedOn,
        int level,
        String levelRole,
        String holder,
        List<EscalationStep> steps,
        LocalDate resolvedOn,
        String resolution,
        LocalDate stepDue,
        boolean stalled,
        String stalledVisibleTo,
        String nextLevelRole,
        long version) {

    public boolean open() {
        return resolvedOn == null;
    }

    /** It can go up a level: open and not yet at the top of the ladder. */
    public boolean canEscalate() {
        return open() && nextLevelRole != null;
    }
}
