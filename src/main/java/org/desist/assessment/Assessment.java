package org.desist.assessment;

import java.time.LocalDate;
import java.util.UUID;

/** One assessment of an intervention; the latest of an intervention is its current one. */
public record Assessment(
        UUID id,
        UUID interventionId,
        UUID childId,
        AssessmentStatus status,
        AssessmentDetails details,
        boolean countersignatureRequired,
        LocalDate submittedOn,
        String submittedBy,
        LocalDate countersignedOn,
        String countersignedBy,
        String createdBy,
        long version) {

    /** Submitted with a high or very high classification, and not yet countersigned. */
    public boolean awaitingCountersignature() {
        return status == AssessmentStatus.SUBMITTED && countersignatureRequired;
    }

    /** Nothing more to do: countersigned, or submitted without needing it. */
    public boolean finished() {
        return status == AssessmentStatus.COUNTERSIGNED
                || (status == AssessmentStatus.SUBMITTED && !countersignatureRequired);
    }
}
