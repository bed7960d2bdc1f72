package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A referral as the aggregate makes and answers it; "today" is Monday 1 February 2027. */
class SpecialistReferralTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @Test
    void aReferralAwaitsItsOutcome() {
        var change = SpecialistReferral.refer(
                UUID.randomUUID(),
                UUID.randomUUID(),
                ReferralAgency.CAMHS_HEALTH,
                "  Northbridge CAMHS ",
                LocalDate.of(2026, 12, 10),
                " Low mood ",
                "sam",
                TODAY);

        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().outcome()).isEqualTo(ReferralOutcome.AWAITING);
        assertThat(change.after().to()).isEqualTo(ReferralAgency.CAMHS_HEALTH.label() + " (Northbridge CAMHS)");
        assertThat(change.after().reason()).isEqualTo("Low mood");
        assertThatThrownBy(() -> SpecialistReferral.refer(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        ReferralAgency.OTHER,
                        null,
                        LocalDate.of(2027, 2, 2),
                        "Low mood",
                        "sam",
                        TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("organisation", "referredOn"));
    }

    @ParameterizedTest(name = "{0} on {1}: {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ACCEPTED, 2027-01-14, -, -",
                "DECLINED, 2026-12-10, -, -",
                "ENGAGED, 2027-02-01, -, -",
                "AWAITING, 2027-01-14, outcome, Select the outcome of the referral",
                "ACCEPTED, 2026-12-09, outcomeOn, The outcome cannot be before the referral (2026-12-10)",
                "ACCEPTED, 2027-02-02, outcomeOn, The date of the outcome must be today or in the past",
            })
    void anOutcomeIsAnAnswerOnADateFromTheReferralToToday(
            ReferralOutcome outcome, LocalDate on, String field, String message) {
        SpecialistReferral referral = SpecialistReferral.refer(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        ReferralAgency.CAMHS_HEALTH,
                        null,
                        LocalDate.of(2026, 12, 10),
                        "Low mood",
                        "sam",
                        TODAY)
                .after();
        if (field == null) {
            var change = referral.recordOutcome(outcome, on, "  ", "kim", TODAY);
            assertThat(change.after().outcome()).isEqualTo(outcome);
            assertThat(change.after().outcomeNotes()).isNull();
            assertThat(change.after().outcomeBy()).isEqualTo("kim");
            assertThat(SpecialistReferral.AUDITED.changes(change.before(), change.after()))
                    .extracting(c -> c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                    .containsExactly("Outcome: Awaiting outcome -> " + outcome.label(), "Outcome date: null -> " + on);
        } else {
            assertThatThrownBy(() -> referral.recordOutcome(outcome, on, null, "kim", TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(field, message)
                                    .hasSize(1));
        }
    }
}
