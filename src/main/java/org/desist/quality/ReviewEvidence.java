package org.desist.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.quality.CaseFacts.Due;

/** What the record shows of the case's reviews (HMIP standards 2018, 2.4: reviewing). */
public final class ReviewEvidence {

    public static final String ON_TIME = "review.on-time";
    public static final String TRIGGERED_DONE = "review.triggered-done";

    static final Set<String> SCHEDULED = Set.of("review-scheduled");
    static final Set<String> TRIGGERED = Set.of("review-triggered");

    private static final String LINK = "See the reviews";

    private ReviewEvidence() {}

    static String href(UUID interventionId) {
        return "/interventions/" + interventionId + "/reviews";
    }

    /** YJB case management guidance: each intervention is reviewed at a set interval (a setting; every 3 months). */
    public static Evidence onTime(UUID interventionId, List<Due> scheduled, LocalDate today) {
        return TimelinessEvidence.of(
                ON_TIME, "Scheduled review", "recorded", scheduled, today, href(interventionId), LINK);
    }

    /**
     * YJB case management guidance: a review whenever something significant changes (no timescale given: 10 working
     * days is a local default).
     */
    public static Evidence triggeredDone(UUID interventionId, List<Due> triggered, LocalDate today) {
        if (triggered.stream().allMatch(d -> d.status() == Due.Status.CANCELLED)) {
            return EvidenceText.notApplicable(TRIGGERED_DONE, "Nothing has called for a review outside the schedule");
        }
        return TimelinessEvidence.of(
                TRIGGERED_DONE,
                "Review after a significant change",
                "recorded",
                triggered,
                today,
                href(interventionId),
                LINK);
    }
}
