package org.desist.oversight;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An intervention in progress whose last oversight is older than the setting, or which has never had any:
 * with its child, case manager, current classifications (when assessed) and the days since oversight (or,
 * when never overseen, since the work started).
 */
public record CaseWithoutRecentOversight(
        UUID interventionId,
        String interventionType,
        LocalDate startDate,
        UUID childId,
        String childName,
        String localReference,
        String caseManager,
        String safetyAndWellbeing,
        String riskOfSeriousHarm,
        LocalDate lastOversight,
        long daysSince) {

    public boolean never() {
        return lastOversight == null;
    }
}
