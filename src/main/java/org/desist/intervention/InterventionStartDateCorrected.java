package org.desist.intervention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An intervention's start date was recorded wrongly and corrected: published in the transaction that
 * corrects it, so what other modules made due from the start (e.g. the assessment) moves with it.
 */
public record InterventionStartDateCorrected(UUID interventionId, LocalDate startDate) {}
