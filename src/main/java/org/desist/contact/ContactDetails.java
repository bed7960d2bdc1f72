package org.desist.contact;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A contact as planned or recorded. Planned: date, time, type, place and who is expected, no outcome.
 * Recorded: when it happened, who attended, the outcome (with the reason for an absence) and notes.
 */
public record ContactDetails(
        LocalDate date,
        LocalTime time,
        ContactType type,
        String place,
        String expected,
        Boolean childAttended,
        Boolean parentAttended,
        String othersAttended,
        ContactOutcome outcome,
        String absenceReason,
        String notes) {

    /** A contact planned for {@code date} at {@code time}. */
    public static ContactDetails planned(
            LocalDate date, LocalTime time, ContactType type, String place, String expected) {
        return new ContactDetails(date, time, type, place, expected, null, null, null, null, null, null);
    }
}
