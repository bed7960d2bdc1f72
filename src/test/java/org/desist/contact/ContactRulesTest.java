package org.desist.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactRulesTest {

    // "Now" is Monday 1 February 2027, 10:00.
    static final LocalDateTime NOW = LocalDateTime.of(2027, 2, 1, 10, 0);

    @ParameterizedTest(name = "{0} {1} {2}, outcome {3}, reason ''{4}'': {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                // Planned: a date and a type; the future is what planning is for.
                "2027-02-08, 10:00, OFFICE,     -,                    -,           ''",
                "2027-02-08, -,     HOME_VISIT, -,                    -,           ''",
                "-,          10:00, OFFICE,     -,                    -,           date",
                "2027-02-08, 10:00, -,          -,                    -,           type",
                "-,          -,     -,          -,                    -,           date type",
                // Recorded: not in the future (the day, then the time on today).
                "2027-01-29, 15:30, SCHOOL,     ATTENDED,             -,           ''",
                "2027-02-01, 09:30, OFFICE,     ATTENDED,             -,           ''",
                "2027-02-01, 10:00, OFFICE,     ATTENDED,             -,           ''",
                "2027-02-01, 10:30, OFFICE,     ATTENDED,             -,           time",
                "2027-02-02, 09:00, OFFICE,     ATTENDED,             -,           date",
                "2027-02-01, -,     PHONE,      ATTENDED,             -,           ''",
                // An absence needs its reason, acceptable or not.
                "2027-01-25, 16:00, OFFICE,     UNACCEPTABLE_ABSENCE, -,           absenceReason",
                "2027-01-25, 16:00, OFFICE,     UNACCEPTABLE_ABSENCE, ' ',         absenceReason",
                "2027-01-25, 16:00, OFFICE,     UNACCEPTABLE_ABSENCE, Did not say, ''",
                "2027-01-25, 16:00, VIDEO,      ACCEPTABLE_ABSENCE,   -,           absenceReason",
                "2027-01-25, 16:00, VIDEO,      ACCEPTABLE_ABSENCE,   Ill (note), ''",
                "2027-02-03, 16:00, CUSTODY,    ACCEPTABLE_ABSENCE,   -,           date absenceReason",
            })
    void aContactIsCheckedAsPlannedOrAsRecorded(
            LocalDate date, LocalTime time, ContactType type, ContactOutcome outcome, String reason, String fields) {
        ContactDetails contact = new ContactDetails(
                date, time, type, "Town hall", "Child and mother", null, null, null, outcome, reason, null);
        assertThat(String.join(" ", ContactRules.problems(contact, NOW).keySet()))
                .isEqualTo(fields);
    }

    @ParameterizedTest(name = "child ticked as attending, outcome {0}: {1}")
    @CsvSource({"ATTENDED, ''", "ACCEPTABLE_ABSENCE, outcome", "UNACCEPTABLE_ABSENCE, outcome"})
    void anAbsenceCannotHaveTheChildAttending(ContactOutcome outcome, String fields) {
        ContactDetails contact = new ContactDetails(
                LocalDate.of(2027, 1, 25),
                LocalTime.of(16, 0),
                ContactType.OFFICE,
                null,
                null,
                true,
                false,
                null,
                outcome,
                "Reason given",
                null);
        assertThat(String.join(" ", ContactRules.problems(contact, NOW).keySet()))
                .isEqualTo(fields);
    }
}
