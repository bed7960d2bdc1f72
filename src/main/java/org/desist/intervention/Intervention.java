package org.desist.intervention;

import java.time.LocalDate;
import java.util.UUID;

/** A piece of supervised work as other modules and the API see it. */
public record Intervention(
        UUID id,
        UUID serviceId,
        UUID hostServiceId,
        UUID childId,
        InterventionType type,
        LocalDate startDate,
        LocalDate endDate,
        Status status,
        ClosureReason closureReason,
        String exitStrategy,
        LocalDate closedOn,
        UUID caseManagerId,
        long version,
        LocalDate referredOn,
        LocalDate caretakingFrom) {

    /** The case manager of the home service holds it, and another service delivers it under caretaking. */
    public boolean caretaken() {
        return hostServiceId != null;
    }

    public enum Status {
        REFERRED,
        ACTIVE,
        CLOSED;

        public boolean isReferred() {
            return this == REFERRED;
        }

        public boolean isActive() {
            return this == ACTIVE;
        }

        public boolean isClosed() {
            return this == CLOSED;
        }
    }
}
