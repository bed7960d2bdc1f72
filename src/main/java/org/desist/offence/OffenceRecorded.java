package org.desist.offence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An offence was recorded for a child on {@code recordedOn} (YJB case management guidance, reviewing
 * the intervention: a new arrest or offence calls for a review of any open intervention).
 */
public record OffenceRecorded(UUID childId, UUID offenceId, LocalDate offenceDate, LocalDate recordedOn) {}
