package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence made at an appearance on Monday 11 January 2027 ("today" is Monday 1 February 2027): its day, its end
 * or length (Sentencing Act 2020: a referral order lasts 3 to 12 months, a detention and training order one of
 * its set lengths), and whether it was made without a pre-sentence report in the proceedings.
 */
class SentenceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final UUID CASE_MANAGER = UUID.randomUUID();

    private static CourtAppearance heard(Outcome outcome) {
        return new CourtAppearance(
                UUID.randomUUID(),
                UUID.randomUUID(),
                LocalDate.of(2027, 1, 11),
                "Northbridge Youth Court",
                CourtKind.YOUTH_COURT,
                HearingType.SENTENCE,
                List.of(UUID.randomUUID()),
                outcome,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                2);
    }

    @ParameterizedTest(name = "{0} {1}, made {2}, ends {3}, {4} months, report {5} → ends {6}, without report {7}")
    @CsvSource(
            nullValues = "-",
            value = {
                "SENTENCED, REFERRAL_ORDER, -, -, 6, true, 2027-07-11, false",
                "SENTENCED, REFERRAL_ORDER, 2027-01-12, 2027-07-12, 6, false, 2027-07-12, true",
                "SENTENCED, DETENTION_AND_TRAINING_ORDER, -, 2027-05-11, -, true, 2027-05-11, false",
                // A reparation order needs no report.
                "SENTENCED, REPARATION_ORDER, -, 2027-04-11, -, false, 2027-04-11, false",
            })
    void aSentenceMade(
            Outcome outcome,
            SentenceType type,
            LocalDate madeOn,
            LocalDate endDate,
            Integer months,
            boolean report,
            LocalDate ends,
            boolean withoutReport) {
        CourtAppearance appearance = heard(outcome);
        Change<Sentence> change = Sentence.record(
                UUID.randomUUID(),
                appearance,
                new CourtWork.NewSentence(type, madeOn, endDate, months, CASE_MANAGER),
                TODAY,
                List.of(CASE_MANAGER),
                report);
        assertThat(change.isCreation()).isTrue();
        Sentence sentence = change.after();
        assertThat(sentence.madeOn()).isEqualTo(madeOn == null ? appearance.appearanceDate() : madeOn);
        assertThat(sentence.endDate()).isEqualTo(ends);
        assertThat(sentence.withoutReport()).isEqualTo(withoutReport);
        assertThat(sentence.interventionId()).isNull();
        UUID intervention = UUID.randomUUID();
        assertThat(sentence.startedAs(intervention).interventionId()).isEqualTo(intervention);
    }

    @ParameterizedTest(name = "{0} {1}, made {2}, ends {3}, {4} months → {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ADJOURNED, REFERRAL_ORDER, -, -, 6, type,"
                        + " Record a sentence only at an appearance where the child was sentenced",
                "SENTENCED, -, -, -, 6, type, Select the sentence",
                "SENTENCED, REFERRAL_ORDER, 2027-01-10, -, 6, madeOn, The sentence cannot be made before the appearance",
                "SENTENCED, REFERRAL_ORDER, 2027-02-02, -, 6, madeOn,"
                        + " The date the sentence was made must be today or in the past",
                "SENTENCED, REFERRAL_ORDER, -, -, 0, lengthMonths,"
                        + " 'The length must be a whole number of months, 1 or more'",
                "SENTENCED, REFERRAL_ORDER, -, 2027-07-12, 6, endDate,"
                        + " The end date and the length do not agree: give one of them",
                "SENTENCED, REFERRAL_ORDER, -, -, 13, endDate, A referral order lasts from 3 to 12 months",
                "SENTENCED, DETENTION_AND_TRAINING_ORDER, -, -, 5, endDate,"
                        + " 'A detention and training order lasts 4, 6, 8, 10, 12, 18 or 24 months'",
            })
    void aSentenceRefused(
            Outcome outcome,
            SentenceType type,
            LocalDate madeOn,
            LocalDate endDate,
            Integer months,
            String field,
            String problem) {
        CourtWork.NewSentence s = new CourtWork.NewSentence(type, madeOn, endDate, months, null);
        assertThatThrownBy(() -> Sentence.record(UUID.randomUUID(), heard(outcome), s, TODAY, List.of(), true))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsEntry(field, problem));
    }

    @org.junit.jupiter.api.Test
    void theCaseManagerIsOneOfTheServicesCaseHolders() {
        CourtWork.NewSentence s =
                new CourtWork.NewSentence(SentenceType.REFERRAL_ORDER, null, null, 6, UUID.randomUUID());
        assertThatThrownBy(() -> Sentence.record(
                        UUID.randomUUID(), heard(Outcome.SENTENCED), s, TODAY, List.of(CASE_MANAGER), true))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsOnlyKeys("caseManagerId")
                                .containsValue("Select a case manager from this youth justice service"));
    }
}
