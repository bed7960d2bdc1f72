package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.intervention.InterventionType;
import org.desist.offence.OffenceCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Probation's Victim Contact Service: a violent or sexual offence and 12 months' custody or more. */
class VictimContactSchemeTest {

    @ParameterizedTest(name = "{0}, {1} {2} to {3}: {4}")
    @CsvSource({
        "VIOLENCE_AGAINST_THE_PERSON, DETENTION_AND_TRAINING_ORDER, 2026-01-05, 2027-01-05, true",
        "VIOLENCE_AGAINST_THE_PERSON, DETENTION_AND_TRAINING_ORDER, 2026-01-05, 2027-01-04, false",
        "VIOLENCE_AGAINST_THE_PERSON, DETENTION_AND_TRAINING_ORDER, 2026-02-28, 2027-02-28, true",
        "SEXUAL_OFFENCES, LONGER_DETENTION, 2025-06-01, 2028-06-01, true",
        "SEXUAL_OFFENCES, DETENTION_AND_TRAINING_ORDER, 2026-03-01, 2026-11-01, false",
        "ROBBERY, DETENTION_AND_TRAINING_ORDER, 2026-01-05, 2028-01-05, false",
        "DOMESTIC_BURGLARY, LONGER_DETENTION, 2025-01-05, 2028-01-05, false",
        "VIOLENCE_AGAINST_THE_PERSON, YOUTH_REHABILITATION_ORDER, 2026-01-05, 2028-01-05, false",
        "VIOLENCE_AGAINST_THE_PERSON, REFERRAL_ORDER, 2026-01-05, 2027-01-05, false",
        "VIOLENCE_AGAINST_THE_PERSON, LONGER_DETENTION, 2026-01-05, , false"
    })
    void eligibleOnlyForViolentOrSexualOffencesWithTwelveMonthsCustody(
            OffenceCategory category, InterventionType type, LocalDate from, LocalDate to, boolean eligible) {
        var offence = new VictimContactScheme.OffenceSentenced(
                UUID.randomUUID(), category, List.of(new VictimContactScheme.Sentenced(type, from, to)));
        assertThat(VictimContactScheme.eligible(List.of(offence), 12)).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "threshold {0} months: {1}")
    @CsvSource({"6, true", "8, true", "9, false", "12, false"})
    void theThresholdIsASetting(int months, boolean eligible) {
        var offence = new VictimContactScheme.OffenceSentenced(
                UUID.randomUUID(),
                OffenceCategory.VIOLENCE_AGAINST_THE_PERSON,
                List.of(new VictimContactScheme.Sentenced(
                        InterventionType.DETENTION_AND_TRAINING_ORDER,
                        LocalDate.of(2026, 4, 1),
                        LocalDate.of(2026, 12, 1))));
        assertThat(VictimContactScheme.eligible(List.of(offence), months)).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"one offence violent with custody elsewhere, false"})
    void theCustodyMustBeForTheViolentOrSexualOffence(String name, boolean eligible) {
        var violentWithoutCustody = new VictimContactScheme.OffenceSentenced(
                UUID.randomUUID(), OffenceCategory.VIOLENCE_AGAINST_THE_PERSON, List.of());
        var theftWithCustody = new VictimContactScheme.OffenceSentenced(
                UUID.randomUUID(),
                OffenceCategory.THEFT_AND_HANDLING,
                List.of(new VictimContactScheme.Sentenced(
                        InterventionType.DETENTION_AND_TRAINING_ORDER,
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2028, 1, 5))));
        assertThat(VictimContactScheme.eligible(List.of(violentWithoutCustody, theftWithCustody), 12))
                .isEqualTo(eligible);
    }
}
