package org.desist.intervention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An intervention was reallocated to another case manager from {@code from} (YJB case management guidance: a change
 * of case manager calls for a review).
 */
public record CaseManagerChanged(
        UUID childId, UUID interventionId, UUID previousCaseManagerId, UUID newCaseManagerId, LocalDate from) {}
