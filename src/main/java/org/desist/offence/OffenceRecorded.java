package org.desist.offence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An offence was recorded for a child on {@code recordedOn} (domain reference 02 §7: a new arrest or offence
 * calls for a review of any open intervention).
 */
public record OffenceRecorded(UUID childId, UUID offenceId, LocalDate offenceDate, LocalDate recordedOn) {}
