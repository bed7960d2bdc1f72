package org.desist.contact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a contact needs (YJB case management guidance, contact and compliance): a planned contact a date and a type; a recorded one also an
 * outcome, a time that is not in the future, and the reason for an absence. Messages keyed by field.
 */
public final class ContactRules {

    private ContactRules() {}

    public static Map<String, String> problems(ContactDetails contact, LocalDateTime now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (contact.date() == null) {
            problems.put("date", "Enter the date of the contact");
        }
        if (contact.type() == null) {
            problems.put("type", "Select the type of contact");
        }
        if (contact.outcome() == null) {
            return problems;
        }
        if (contact.date() != null) {
            LocalDateTime when =
                    LocalDateTime.of(contact.date(), contact.time() == null ? LocalTime.MIDNIGHT : contact.time());
            if (when.isAfter(now)) {
                problems.put(
                        contact.date().isAfter(now.toLocalDate()) ? "date" : "time",
                        "A contact can only be recorded once it has happened: plan a future contact instead");
            }
        }
        if (contact.outcome() != ContactOutcome.ATTENDED) {
            if (blank(contact.absenceReason())) {
                problems.put("absenceReason", "Enter the reason the child did not attend");
            }
            if (Boolean.TRUE.equals(contact.childAttended())) {
                problems.put("outcome", "The child attended: select attended, or untick the child");
            }
        }
        return problems;
    }

    /** A recorded contact cannot be dated before the intervention began (its referral or start). */
    public static boolean beforeTheWork(ContactDetails contact, LocalDate began) {
        return contact.date() != null && began != null && contact.date().isBefore(began);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Text as stored: trimmed, blank absent. */
    static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }
}
