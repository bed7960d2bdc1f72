package org.desist.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** One level of an escalation: who held it, from when, and its outcome once it ended (escalated or resolved). */
public record EscalationStep(
        UUID id, int level, String role, String holder, LocalDate startedOn, LocalDate endedOn, String outcome) {

    public boolean open() {
        return endedOn == null;
    }

    /** A step begins at a level, held by {@code holder} from {@code on}. */
    static EscalationStep start(int level, String role, String holder, LocalDate on) {
        return new EscalationStep(UUID.randomUUID(), level, role, holder, on, null, null);
    }

    /** The step ends on {@code on} with its outcome. */
    EscalationStep end(LocalDate on, String outcome) {
        return new EscalationStep(id, level, role, holder, startedOn, on, outcome);
    }
}
