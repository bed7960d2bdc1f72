package org.desist.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The contact, warning and compliance panel aggregates' changes, with real dates: "now" is Monday 1 February 2027,
 * 10:00; the work began on Monday 4 January 2027.
 */
class ContactChangesTest {

    static final LocalDateTime NOW = LocalDateTime.of(2027, 2, 1, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final LocalDate BEGAN = LocalDate.of(2027, 1, 4);
    static final UUID INTERVENTION = UUID.fromString("00000000-0000-0000-0000-000000000001");

    static ContactDetails details(LocalDate date, ContactOutcome outcome, String reason) {
        return new ContactDetails(
                date,
                LocalTime.of(9, 0),
                ContactType.OFFICE,
                "  Town hall ",
                " ",
                null,
                true,
                " Aunt ",
                outcome,
                reason,
                "  Went well ");
    }

    @ParameterizedTest(name = "planned {0}: {1}")
    @CsvSource(
            nullValues = "-",
            value = {"2027-02-08, -", "2027-02-01, -", "2026-12-01, -", "-, date"})
    void aContactIsPlannedWithoutItsOutcome(LocalDate date, String problems) {
        ContactDetails typed = details(date, ContactOutcome.ATTENDED, "Ill");
        if (problems == null) {
            Contact planned = Contact.plan(UUID.randomUUID(), INTERVENTION, typed, BEGAN, NOW)
                    .after();
            assertThat(planned.recorded()).isFalse();
            assertThat(planned.place()).isEqualTo("Town hall");
            assertThat(planned.expected()).isNull();
            assertThat(planned.parentAttended()).isNull();
            assertThat(planned.othersAttended()).isNull();
            assertThat(planned.notes()).isNull();
            assertThat(planned.version()).isZero();
        } else {
            assertThatThrownBy(() -> Contact.plan(UUID.randomUUID(), INTERVENTION, typed, BEGAN, NOW))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(String.join(" ", e.errors().keySet()))
                                    .isEqualTo(problems));
        }
    }

    @ParameterizedTest(name = "recorded {0}, {1}, reason {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-01-25, ATTENDED,             -,   -",
                "2027-01-04, ATTENDED,             -,   -",
                "2027-01-03, ATTENDED,             -,   date",
                "2027-02-02, ATTENDED,             -,   date",
                "2027-01-25, -,                    -,   outcome",
                "2027-01-25, UNACCEPTABLE_ABSENCE, -,   absenceReason",
                "2027-01-25, UNACCEPTABLE_ABSENCE, Ill, -",
            })
    void aContactIsRecordedOnceItHappenedAndNotBeforeTheWorkBegan(
            LocalDate date, ContactOutcome outcome, String reason, String problems) {
        ContactDetails typed = details(date, outcome, reason);
        if (problems == null) {
            Contact recorded = Contact.record(UUID.randomUUID(), INTERVENTION, typed, BEGAN, NOW)
                    .after();
            assertThat(recorded.childAttended()).isEqualTo(outcome == ContactOutcome.ATTENDED);
            assertThat(recorded.parentAttended()).isTrue();
            assertThat(recorded.othersAttended()).isEqualTo("Aunt");
            assertThat(recorded.notes()).isEqualTo("Went well");
            assertThat(recorded.absenceReason()).isEqualTo(outcome == ContactOutcome.ATTENDED ? null : reason);
        } else {
            assertThatThrownBy(() -> Contact.record(UUID.randomUUID(), INTERVENTION, typed, BEGAN, NOW))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(String.join(" ", e.errors().keySet()))
                                    .isEqualTo(problems));
        }
    }

    @ParameterizedTest(name = "{0}, warned {1}, corrected to {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "UNACCEPTABLE_ABSENCE, true,  ACCEPTABLE_ABSENCE,   A warning was given for this absence: it stays an unacceptable absence",
                "UNACCEPTABLE_ABSENCE, true,  ATTENDED,             A warning was given for this absence: it stays an unacceptable absence",
                "UNACCEPTABLE_ABSENCE, true,  UNACCEPTABLE_ABSENCE, -",
                "UNACCEPTABLE_ABSENCE, false, ATTENDED,             -",
                "ACCEPTABLE_ABSENCE,   true,  ATTENDED,             -",
                "-,                    false, -,                    -",
                "ACCEPTABLE_ABSENCE,   false, -,                    Select the outcome of the contact",
            })
    void aContactIsCorrectedButAWarnedAbsenceStaysUnacceptable(
            ContactOutcome was, boolean warned, ContactOutcome now, String problem) {
        Contact before = new Contact(
                UUID.randomUUID(),
                INTERVENTION,
                LocalDate.of(2027, 1, 25),
                LocalTime.of(16, 0),
                ContactType.OFFICE,
                null,
                null,
                was == null ? null : was == ContactOutcome.ATTENDED,
                was == null ? null : false,
                null,
                was,
                was == null || was == ContactOutcome.ATTENDED ? null : "Did not say",
                null,
                4);
        ContactDetails typed = details(LocalDate.of(2027, 1, 25), now, "Ill");
        if (problem == null) {
            Change<Contact> change = before.correct(typed, BEGAN, NOW, warned);
            assertThat(change.before()).isEqualTo(before);
            assertThat(change.after().outcome()).isEqualTo(now);
            assertThat(change.after().version()).isEqualTo(4);
        } else {
            assertThatThrownBy(() -> before.correct(typed, BEGAN, NOW, warned))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors().get("outcome")).isEqualTo(problem));
        }
    }

    @ParameterizedTest(name = "absence {0}, given {1} by ''{2}'' ({3}): {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "true,  2027-01-26, Sam Patel, LETTER, -",
                "true,  2027-02-01, Sam Patel, LETTER, -",
                "true,  2027-02-02, Sam Patel, LETTER, givenOn",
                "true,  2027-01-24, Sam Patel, LETTER, givenOn",
                "false, 2027-01-24, Sam Patel, LETTER, contactId",
                "true,  -,          ' ',       -,      givenOn givenBy method",
            })
    void aWarningIsGivenForAnUnacceptableAbsenceAfterItAndNotInTheFuture(
            boolean absent, LocalDate givenOn, String givenBy, WarningMethod method, String problems) {
        Contact absence = absent
                ? new Contact(
                        UUID.randomUUID(),
                        INTERVENTION,
                        LocalDate.of(2027, 1, 25),
                        null,
                        ContactType.OFFICE,
                        null,
                        null,
                        false,
                        false,
                        null,
                        ContactOutcome.UNACCEPTABLE_ABSENCE,
                        "Did not say",
                        null,
                        1)
                : null;
        if (problems == null) {
            Warning warning = Warning.give(UUID.randomUUID(), absence, givenOn, " " + givenBy, method, TODAY)
                    .after();
            assertThat(warning.contactId()).isEqualTo(absence.id());
            assertThat(warning.givenBy()).isEqualTo(givenBy);
        } else {
            assertThatThrownBy(() -> Warning.give(UUID.randomUUID(), absence, givenOn, givenBy, method, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(String.join(" ", e.errors().keySet()))
                                    .isEqualTo(problems));
        }
    }

    @ParameterizedTest(name = "panel held {0}, began {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-01-29, 2027-01-04, -",
                "2027-02-01, 2027-01-04, -",
                "2027-01-04, -,          -",
                "2027-02-02, 2027-01-04, The date of the compliance panel must be today or in the past",
                "2027-01-03, 2027-01-04, The compliance panel cannot be before the work began",
                "-,          2027-01-04, Enter the date of the compliance panel",
            })
    void aCompliancePanelIsHeldNotInTheFutureNorBeforeTheWorkBegan(LocalDate heldOn, LocalDate began, String problem) {
        if (problem == null) {
            CompliancePanel panel = CompliancePanel.hold(
                            UUID.randomUUID(),
                            heldOn,
                            PanelDecision.CONTINUE,
                            " Engaged ",
                            "Keen",
                            "Transport",
                            " ",
                            began,
                            TODAY)
                    .after();
            assertThat(panel.engagement()).isEqualTo("Engaged");
            assertThat(panel.notes()).isNull();
        } else {
            assertThatThrownBy(() -> CompliancePanel.hold(
                            UUID.randomUUID(),
                            heldOn,
                            PanelDecision.CONTINUE,
                            "Engaged",
                            "Keen",
                            "Transport",
                            null,
                            began,
                            TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsExactlyEntriesOf(java.util.Map.of("heldOn", problem)));
        }
    }
}
