package org.desist.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A contact with the child on an intervention: planned (no outcome yet) or recorded (with its outcome). */
public record Contact(
        UUID id,
        UUID interventionId,
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
        String notes,
        long version) {

    public boolean recorded() {
        return outcome != null;
    }
}
