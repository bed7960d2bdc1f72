package org.desist.intervention;

import java.time.LocalDate;
import java.util.UUID;

/** Supervised work started (not a prevention programme): published in the transaction that starts it. */
public record InterventionStarted(
        UUID interventionId,
        UUID serviceId,
        UUID childId,
        InterventionType type,
        LocalDate startDate,
        UUID caseManagerId) {}
