package org.desist.chronology;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing that happened in a child's case, for the chronology: when it happened (not when it was typed),
 * what kind of thing, a short title, an optional line of detail (never victims' details), who recorded it
 * and a link to where it is recorded (a path in this application, or null).
 */
public record ChronologyEntry(
        LocalDate on, ChronologyType type, String title, String detail, String by, String href, UUID sourceId) {}
