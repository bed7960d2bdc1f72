package org.desist.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One record of a manager's oversight of an intervention. */
public record Oversight(
        UUID id,
        UUID interventionId,
        UUID childId,
        LocalDate recordedOn,
        UUID managerId,
        String managerName,
        List<OversightArea> areas,
        Judgement judgement,
        String direction,
        String actions,
        LocalDate actionsDue,
        LocalDate nextDue,
        String recordedBy,
        long version) {}
