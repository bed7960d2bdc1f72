package org.desist.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral of the child to a specialist or partner, with its outcome and when it was known; {@code chase}
 * is set when it is still awaiting its outcome after the service's chase setting ({@link ReferralChase}).
 */
public record SpecialistReferral(
        UUID id,
        UUID interventionId,
        ReferralAgency agency,
        String organisation,
        LocalDate referredOn,
        String reason,
        ReferralOutcome outcome,
        LocalDate outcomeOn,
        String outcomeNotes,
        LocalDate chaseFrom,
        boolean chase,
        String referredBy,
        String outcomeBy,
        long version) {

    /** "CAMHS or health (Northbridge CAMHS)". */
    public String to() {
        return organisation == null ? agency.label() : agency.label() + " (" + organisation + ")";
    }
}
