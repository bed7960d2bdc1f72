package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The invariants of a contact and of the other changes of a victim's work. */
class VictimContactRulesTest {

    static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    @ParameterizedTest(name = "{0} {1} {2} made={3} outcome={4} reason={5}, consent {6}: {7}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "2026-12-08T09:00:00Z | PHONE  | VICTIM          | false | -               | -          | NOT_ASKED | ''",
                "2026-12-08T09:00:00Z | PHONE  | VICTIM          | true  | Talked it over  | -          | GIVEN     | ''",
                "2026-12-08T09:00:00Z | PHONE  | VICTIM          | true  | -               | -          | GIVEN     | outcome",
                "2026-12-08T11:00:00Z | LETTER | VICTIM          | false | -               | -          | NOT_ASKED | occurredAt",
                "-                    | -      | -               | false | -               | -          | NOT_ASKED | occurredAt method withWhom",
                "2026-12-07T15:00:00Z | EMAIL  | REPRESENTATIVE  | false | -               | -          | REFUSED   | reason",
                "2026-12-07T15:00:00Z | EMAIL  | PARENT_OR_CARER | true  | Asked to stop   | -          | WITHDRAWN | reason",
                "2026-12-07T15:00:00Z | VISIT  | VICTIM          | true  | Safety plan     | They rang us | WITHDRAWN | ''"
            })
    void aContactIsRecordedOnlyWhenItsRulesHold(
            Instant at,
            VictimContact.Method method,
            VictimContact.With with,
            boolean made,
            String outcome,
            String reason,
            VictimConsentState consent,
            String expectedFields) {
        VictimContact contact = new VictimContact(UUID.randomUUID(), at, method, with, made, outcome, reason, NOW, "t");
        List<String> expected = expectedFields.isBlank() ? List.of() : List.of(expectedFields.split(" "));
        assertThat(VictimWork.contactProblems(contact, consent, NOW).keySet()).containsExactlyElementsOf(expected);
    }

    static VictimWork work(LocalDate closedOn) {
        return new VictimWork(
                new Victim(UUID.randomUUID(), UUID.randomUUID(), Victim.Kind.PERSON, "Test Person", null, null, false),
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2026, 11, 2),
                List.of(),
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                closedOn,
                closedOn == null ? null : "Finished",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                3);
    }

    @Test
    void aClosedVictimsWorkIsReadOnly() {
        VictimWork closed = work(LocalDate.of(2026, 12, 1));
        VictimContact contact = new VictimContact(
                UUID.randomUUID(),
                NOW,
                VictimContact.Method.PHONE,
                VictimContact.With.VICTIM,
                false,
                null,
                null,
                NOW,
                "t");
        assertThatThrownBy(() -> closed.recordContact(contact, NOW))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("closed"));
        assertThatThrownBy(() -> closed.close(LocalDate.of(2026, 12, 2), "Again", LocalDate.of(2026, 12, 8)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @ParameterizedTest(name = "closed on {0}, reason {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-12-08, Victim wants no more contact, ''",
                "2026-12-09, Victim wants no more contact, closedOn",
                "2026-11-01, Victim wants no more contact, closedOn",
                "-, -, closedOn reason"
            })
    void closureNeedsAPastDateAndAReason(LocalDate on, String reason, String expectedFields) {
        List<String> expected = expectedFields.isBlank() ? List.of() : List.of(expectedFields.split(" "));
        if (expected.isEmpty()) {
            assertThat(work(null)
                            .close(on, reason, LocalDate.of(2026, 12, 8))
                            .after()
                            .closedOn())
                    .isEqualTo(on);
        } else {
            assertThatThrownBy(() -> work(null).close(on, reason, LocalDate.of(2026, 12, 8)))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors().keySet()).containsExactlyElementsOf(expected));
        }
    }

    @Test
    void whatToShareNeedsConsentToSharingAndConsentNeedsALawfulBasis() {
        VictimWork w = work(null);
        assertThatThrownBy(() -> w.recordWishes(new VictimWork.Wishes("A letter", null, "A letter", null, false)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("sharedWishes"));
        assertThatThrownBy(() -> w.recordConsent(
                        new VictimConsent(
                                UUID.randomUUID(),
                                VictimConsent.Subject.SHARING,
                                VictimConsent.Decision.GIVEN,
                                LocalDate.of(2026, 12, 8),
                                null,
                                null,
                                NOW,
                                "t"),
                        LocalDate.of(2026, 12, 8)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("lawfulBasis"));
        VictimWork consented = w.recordConsent(
                        new VictimConsent(
                                UUID.randomUUID(),
                                VictimConsent.Subject.SHARING,
                                VictimConsent.Decision.GIVEN,
                                LocalDate.of(2026, 12, 8),
                                VictimConsent.LawfulBasis.CONSENT,
                                null,
                                NOW,
                                "t"),
                        LocalDate.of(2026, 12, 8))
                .after();
        assertThat(consented
                        .recordWishes(new VictimWork.Wishes("A letter", null, "A letter", null, true))
                        .after()
                        .sharedWishes())
                .isEqualTo("A letter");
    }

    @ParameterizedTest(name = "eligible {0}, already referred {1}, on {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "true, false, 2026-12-08, ''",
                "true, true, 2026-12-08, referredOn",
                "false, false, 2026-12-08, referredOn",
                "true, false, 2026-12-09, referredOn",
                "true, false, -, referredOn"
            })
    void onlyAnEligibleVictimIsReferredToTheVictimLiaisonUnit(
            boolean eligible, boolean referred, LocalDate on, String expectedField) {
        VictimWork fresh = work(null);
        VictimWork w = referred
                ? fresh.referToVictimLiaisonUnit(LocalDate.of(2026, 12, 1), null, true, LocalDate.of(2026, 12, 8))
                        .after()
                : fresh;
        if (expectedField.isBlank()) {
            assertThat(w.referToVictimLiaisonUnit(on, "Through the seconded PO", eligible, LocalDate.of(2026, 12, 8))
                            .after()
                            .vluReferredOn())
                    .isEqualTo(on);
        } else {
            assertThatThrownBy(() -> w.referToVictimLiaisonUnit(on, null, eligible, LocalDate.of(2026, 12, 8)))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(expectedField));
        }
    }
}
