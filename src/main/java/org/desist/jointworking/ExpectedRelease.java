package org.desist.jointworking;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A care leaver's expected release from a custodial sentence (the joint protocol, "Care leavers"; Children (Leaving
 * Care) Act 2000): the pathway plan review and the release arrangements fall due from it and move with it.
 */
public record ExpectedRelease(
        UUID interventionId,
        UUID childId,
        LocalDate releaseOn,
        long version,
        LocalDate pathwayReviewBy,
        LocalDate arrangementsBy,
        String updatedBy) {

    public static final String RECORD_TYPE = "EXPECTED_RELEASE";

    /** What the trail shows of it. */
    public static final AuditedFields<ExpectedRelease> AUDITED =
            AuditedFields.<ExpectedRelease>of().field("Expected release", ExpectedRelease::releaseOn);

    /**
     * First recorded for a sentence passed on {@code sentencedOn}: after it.
     *
     * @param reviewMonths how long before release the pathway plan review falls due (a setting)
     * @param arrangementsDays how long before release the release arrangements fall due (a setting)
     */
    public static Change<ExpectedRelease> record(
            UUID interventionId,
            UUID childId,
            LocalDate releaseOn,
            LocalDate sentencedOn,
            int reviewMonths,
            int arrangementsDays,
            String by) {
        InvalidRequestException.refuseIf(CustodyRules.releaseProblems(releaseOn, sentencedOn));
        return Change.created(new ExpectedRelease(
                interventionId,
                childId,
                releaseOn,
                0,
                CustodyRules.pathwayReviewBy(releaseOn, reviewMonths),
                CustodyRules.releaseArrangementsBy(releaseOn, arrangementsDays),
                by));
    }

    /**
     * The date moves (still after the sentence); {@code seenVersion} is the version the person saw, which the save
     * holds in its condition, so the change's {@code before} is this state at that version.
     */
    public Change<ExpectedRelease> moveTo(
            LocalDate newReleaseOn,
            long seenVersion,
            LocalDate sentencedOn,
            int reviewMonths,
            int arrangementsDays,
            String by) {
        InvalidRequestException.refuseIf(CustodyRules.releaseProblems(newReleaseOn, sentencedOn));
        ExpectedRelease seen = new ExpectedRelease(
                interventionId, childId, releaseOn, seenVersion, pathwayReviewBy, arrangementsBy, updatedBy);
        return Change.of(
                seen,
                new ExpectedRelease(
                        interventionId,
                        childId,
                        newReleaseOn,
                        seenVersion,
                        CustodyRules.pathwayReviewBy(newReleaseOn, reviewMonths),
                        CustodyRules.releaseArrangementsBy(newReleaseOn, arrangementsDays),
                        by));
    }
}
