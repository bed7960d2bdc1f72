package org.desist.programme;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

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

    /** What the audit trail shows of a referral. */
    public static final AuditedFields<SpecialistReferral> AUDITED = AuditedFields.<SpecialistReferral>of()
            .field("To", SpecialistReferral::to)
            .field("Referred on", SpecialistReferral::referredOn)
            .field("Reason", SpecialistReferral::reason)
            .field("Outcome", SpecialistReferral::outcome)
            .field("Outcome date", SpecialistReferral::outcomeOn);

    /** "CAMHS or health (Northbridge CAMHS)". */
    public String to() {
        return organisation == null ? agency.label() : agency.label() + " (" + organisation + ")";
    }

    // The rules of referrals (YJB case management guidance: referrals to specialist and partner services, and
    // following up their outcome): see ProgrammeRules for each answer's checks.

    /** A referral made (not in the future), to whom and why, awaiting its outcome. */
    public static Change<SpecialistReferral> refer(
            UUID id,
            UUID interventionId,
            ReferralAgency agency,
            String organisation,
            LocalDate referredOn,
            String reason,
            String by,
            LocalDate today) {
        InvalidRequestException.refuseIf(
                ProgrammeRules.referralProblems(agency, organisation, referredOn, reason, today));
        return Change.created(new SpecialistReferral(
                id,
                interventionId,
                agency,
                trimmed(organisation),
                referredOn,
                reason.trim(),
                ReferralOutcome.AWAITING,
                null,
                null,
                null,
                false,
                by,
                null,
                0));
    }

    /** Its outcome, or a later one (accepted, then engaged…): known on a date from the referral to today. */
    public Change<SpecialistReferral> recordOutcome(
            ReferralOutcome answer, LocalDate on, String notes, String by, LocalDate today) {
        InvalidRequestException.refuseIf(ProgrammeRules.outcomeProblems(answer, on, referredOn, today));
        return Change.of(
                this,
                new SpecialistReferral(
                        id,
                        interventionId,
                        agency,
                        organisation,
                        referredOn,
                        reason,
                        answer,
                        on,
                        trimmed(notes),
                        null,
                        false,
                        referredBy,
                        by,
                        version));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
