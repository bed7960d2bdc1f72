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

/** An update given to a victim at a key point (Victims' Code 2021): the victim was recorded on 2 November 2026. */
class VictimUpdateRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    @ParameterizedTest(name = "{0} on {1}, note {2}, contact consent {3}: {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "DISPOSAL  | 2026-12-08 | -                      | -         | ''",
                "ORDER_END | 2026-11-02 | Told by phone          | GIVEN     | ''",
                "OTHER     | 2026-12-09 | -                      | -         | givenOn",
                "DISPOSAL  | 2026-11-01 | -                      | -         | givenOn",
                "-         | -          | -                      | -         | keyPoint givenOn",
                "DISPOSAL  | 2026-12-08 | -                      | REFUSED   | note",
                "DISPOSAL  | 2026-12-08 | ' '                    | WITHDRAWN | note",
                "ORDER_END | 2026-12-08 | They asked to be told  | WITHDRAWN | ''",
                "-         | 2026-12-10 | -                      | REFUSED   | keyPoint givenOn note"
            })
    void anUpdateIsRecordedOnlyWhenItsRulesHold(
            VictimUpdate.KeyPoint keyPoint,
            LocalDate givenOn,
            String note,
            VictimConsent.Decision consent,
            String expectedFields) {
        VictimWork work = withContactConsent(consent);
        assertThat(work.contactConsent().name()).isEqualTo(consent == null ? "NOT_ASKED" : consent.name());
        VictimUpdate update = new VictimUpdate(UUID.randomUUID(), keyPoint, givenOn, note, NOW, "t");
        List<String> expected = expectedFields.isBlank() ? List.of() : List.of(expectedFields.split(" "));
        if (expected.isEmpty()) {
            VictimWork after = work.recordUpdate(update, TODAY).after();
            assertThat(after.updates()).containsExactly(update);
            assertThat(after.version()).isEqualTo(work.version());
        } else {
            assertThatThrownBy(() -> work.recordUpdate(update, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors().keySet()).containsExactlyElementsOf(expected));
        }
    }

    @Test
    void aClosedVictimsWorkTakesNoUpdate() {
        VictimWork closed = VictimContactRulesTest.work(LocalDate.of(2026, 12, 1));
        VictimUpdate update =
                new VictimUpdate(UUID.randomUUID(), VictimUpdate.KeyPoint.DISPOSAL, TODAY, null, NOW, "t");
        assertThatThrownBy(() -> closed.recordUpdate(update, TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("closed"));
    }

    @Test
    void theTrailCountsUpdatesButNeverShowsTheirNote() {
        VictimWork before = VictimContactRulesTest.work(null);
        VictimWork after = before.recordUpdate(
                        new VictimUpdate(
                                UUID.randomUUID(),
                                VictimUpdate.KeyPoint.DISPOSAL,
                                TODAY,
                                "Told Ann by phone",
                                NOW,
                                "t"),
                        TODAY)
                .after();
        var changes = VictimWorks.AUDITED.changes(before, after);
        assertThat(changes.toString()).contains("Updates given").doesNotContain("Told Ann");
    }

    /** The fixture's work after a contact consent decision (none: not asked; withdrawn: given first). */
    private static VictimWork withContactConsent(VictimConsent.Decision decision) {
        VictimWork work = VictimContactRulesTest.work(null);
        if (decision == VictimConsent.Decision.WITHDRAWN) {
            work = consent(work, VictimConsent.Decision.GIVEN, LocalDate.of(2026, 11, 10));
        }
        return decision == null ? work : consent(work, decision, LocalDate.of(2026, 11, 20));
    }

    private static VictimWork consent(VictimWork work, VictimConsent.Decision decision, LocalDate on) {
        return work.recordConsent(
                        new VictimConsent(
                                UUID.randomUUID(),
                                VictimConsent.Subject.CONTACT,
                                decision,
                                on,
                                VictimConsent.LawfulBasis.CONSENT,
                                null,
                                NOW,
                                "t"),
                        TODAY)
                .after();
    }
}
