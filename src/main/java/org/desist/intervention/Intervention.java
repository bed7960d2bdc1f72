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
        long version) {

    public enum Status {
        REFERRED,
        ACTIVE,
        CLOSED
    }
}
