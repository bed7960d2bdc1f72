package org.desist.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** One level of an escalation: who held it, from when, and its outcome once it ended (escalated or resolved). */
public record EscalationStep(
        UUID id, int level, String role, String holder, LocalDate startedOn, LocalDate endedOn, String outcome) {

    public boolean open() {
        return endedOn == null;
    }
}
