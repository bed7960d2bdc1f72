package org.desist.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A contact with the child on an intervention: planned (no outcome yet) or recorded (with its outcome). The
 * aggregate: planned, recorded, its outcome recorded or corrected, each checked by {@link ContactRules} (YJB case
 * management guidance, contact and compliance); a contact a warning was given for stays an unacceptable absence.
 */
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

    // The aggregate's changes. Rules needing more than the contact take it: the day the work began (its referral or
    // start: nothing is recorded before it), now (nothing is recorded before it happened), whether it was warned.

    /** A contact planned: a date and a type; who attended and the outcome come when it is recorded. */
    public static Change<Contact> plan(
            UUID id, UUID interventionId, ContactDetails details, LocalDate began, LocalDateTime now) {
        ContactDetails planned = ContactDetails.planned(
                details.date(), details.time(), details.type(), details.place(), details.expected());
        refuseUnlessValid(planned, false, began, now);
        return Change.created(stored(id, interventionId, planned, 0));
    }

    /** A contact that happened, planned or not: who attended and the outcome. */
    public static Change<Contact> record(
            UUID id, UUID interventionId, ContactDetails details, LocalDate began, LocalDateTime now) {
        refuseUnlessValid(details, true, began, now);
        return Change.created(stored(id, interventionId, details, 0));
    }

    /**
     * A planned contact's outcome is recorded, or a recorded one corrected (its outcome then still required); one
     * a warning was given for ({@code warned}) stays an unacceptable absence.
     */
    public Change<Contact> correct(ContactDetails details, LocalDate began, LocalDateTime now, boolean warned) {
        refuseUnlessValid(details, recorded(), began, now);
        if (warned
                && outcome == ContactOutcome.UNACCEPTABLE_ABSENCE
                && details.outcome() != ContactOutcome.UNACCEPTABLE_ABSENCE) {
            InvalidRequestException.refuseIf(
                    Map.of("outcome", "A warning was given for this absence: it stays an unacceptable absence"));
        }
        return Change.of(this, stored(id, interventionId, details, version));
    }

    private static void refuseUnlessValid(
            ContactDetails details, boolean outcomeRequired, LocalDate began, LocalDateTime now) {
        Map<String, String> problems = ContactRules.problems(details, now);
        if (outcomeRequired && details.outcome() == null) {
            problems.put("outcome", "Select the outcome of the contact");
        }
        if (details.outcome() != null && !problems.containsKey("date") && ContactRules.beforeTheWork(details, began)) {
            problems.put("date", "The contact cannot be before the work began (" + began + ")");
        }
        InvalidRequestException.refuseIf(problems);
    }

    /** As stored: text trimmed (blank absent); who attended, the reason and the notes only once it is recorded. */
    private static Contact stored(UUID id, UUID interventionId, ContactDetails d, long version) {
        boolean recorded = d.outcome() != null;
        boolean absent = recorded && d.outcome() != ContactOutcome.ATTENDED;
        return new Contact(
                id,
                interventionId,
                d.date(),
                d.time(),
                d.type(),
                ContactRules.trimmed(d.place()),
                ContactRules.trimmed(d.expected()),
                recorded ? d.outcome() == ContactOutcome.ATTENDED : null,
                recorded ? Boolean.TRUE.equals(d.parentAttended()) : null,
                recorded ? ContactRules.trimmed(d.othersAttended()) : null,
                d.outcome(),
                absent ? ContactRules.trimmed(d.absenceReason()) : null,
                recorded ? ContactRules.trimmed(d.notes()) : null,
                version);
    }

    /** When it was, as the trail and summaries show it: the day, and the time when known. */
    public String when() {
        return date + (time == null ? "" : " " + time);
    }

    /** How a summary names it: "office on 2027-01-25 16:00, unacceptable absence". */
    public String describe() {
        return type.label().toLowerCase() + " on " + when()
                + (outcome == null ? "" : ", " + outcome.label().toLowerCase());
    }
}
