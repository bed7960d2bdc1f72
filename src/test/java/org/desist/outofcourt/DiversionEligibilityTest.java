package org.desist.outofcourt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.offence.GravityScale;
import org.desist.offence.GravityScore;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Plea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The local diversion eligibility rule (the service's diversion scheme): first offence, gravity ≤ 3, guilt accepted. */
class DiversionEligibilityTest {

    private static final LocalDate REFERRED_ON = LocalDate.of(2026, 12, 14);
    private static final LocalDate OFFENCE_ON = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0}: score {1}{2} on {3}, {4}, earlier offence {5}, earlier formal outcome {6} → {7}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // scale, score, adjustment, offence scored on, plea, earlier offence, earlier formal outcome, eligible,
                // reason
                "first offence, score 3 admitted   | 3 | 0  | CURRENT | ADMITTED    | null       | null       | true  | Gravity score 3 is 3 or below",
                "score 1                           | 1 | 0  | CURRENT | ADMITTED    | null       | null       | true  | First offence",
                "guilty plea counts as accepting   | 2 | 0  | CURRENT | GUILTY      | null       | null       | true  | accepted guilt",
                "score 4                           | 4 | 0  | CURRENT | ADMITTED    | null       | null       | false | Gravity score 4 is above 3",
                "score 3 aggravated to 4           | 3 | 1  | CURRENT | ADMITTED    | null       | null       | false | Gravity score 4 is above 3",
                "score 4 mitigated to 3            | 4 | -1 | CURRENT | ADMITTED    | null       | null       | true  | Gravity score 3 is 3 or below",
                "denied                            | 2 | 0  | CURRENT | DENIED      | null       | null       | false | not accepted guilt: Denied",
                "no comment                        | 2 | 0  | CURRENT | NO_COMMENT  | null       | null       | false | not accepted guilt: No comment",
                "not yet known                     | 2 | 0  | CURRENT | NOT_YET_KNOWN | null     | null       | false | not accepted guilt",
                "an earlier offence                | 2 | 0  | CURRENT | ADMITTED    | 2026-06-01 | null       | false | 1 earlier offence",
                "a later offence does not count    | 2 | 0  | CURRENT | ADMITTED    | 2026-12-05 | null       | true  | First offence",
                "an earlier caution                | 2 | 0  | CURRENT | ADMITTED    | null       | 2026-03-03 | false | already has a caution or conviction",
                "a caution after the referral      | 2 | 0  | CURRENT | ADMITTED    | null       | 2027-01-06 | true  | First offence",
                "scored on the legacy matrix       | 2 | 0  | LEGACY  | ADMITTED    | null       | null       | false | not the matrix in use",
            })
    void promptsOnlyWhenEveryTestMatches(
            String description,
            int score,
            int adjustment,
            GravityScale scoredOn,
            Plea plea,
            LocalDate earlierOffence,
            LocalDate formalOutcome,
            boolean eligible,
            String reason) {
        Offence referred = offence(OFFENCE_ON, scoredOn, score, adjustment, plea);
        List<Offence> all = new ArrayList<>(List.of(referred));
        if (earlierOffence != null) {
            all.add(offence(earlierOffence, GravityScale.CURRENT, 2, 0, Plea.ADMITTED));
        }
        DiversionEligibility result = DiversionEligibility.assess(
                List.of(referred),
                all,
                formalOutcome == null ? List.of() : List.of(formalOutcome),
                REFERRED_ON,
                GravityScale.CURRENT,
                3);
        assertThat(result.eligible()).as(description).isEqualTo(eligible);
        assertThat(result.reasons()).as(description).anyMatch(r -> r.text().contains(reason));
        assertThat(result.reasons()).hasSize(3);
    }

    @ParameterizedTest(name = "threshold {0}, score {1} → {2}")
    @CsvSource({"3, 3, true", "2, 3, false", "4, 4, true", "1, 1, true", "1, 2, false"})
    void theThresholdIsASetting(int threshold, int score, boolean eligible) {
        Offence referred = offence(OFFENCE_ON, GravityScale.CURRENT, score, 0, Plea.ADMITTED);
        assertThat(DiversionEligibility.assess(
                                List.of(referred),
                                List.of(referred),
                                List.of(),
                                REFERRED_ON,
                                GravityScale.CURRENT,
                                threshold)
                        .eligible())
                .isEqualTo(eligible);
    }

    @Test
    void everyReferredOffenceMustQualify() {
        Offence minor = offence(OFFENCE_ON, GravityScale.CURRENT, 2, 0, Plea.ADMITTED);
        Offence serious = offence(OFFENCE_ON, GravityScale.CURRENT, 5, 0, Plea.ADMITTED);
        DiversionEligibility result = DiversionEligibility.assess(
                List.of(minor, serious), List.of(minor, serious), List.of(), REFERRED_ON, GravityScale.CURRENT, 3);
        assertThat(result.eligible()).isFalse();
        assertThat(result.reasons()).anyMatch(r -> r.text().equals("Gravity score 5 is above 3"));
    }

    private static Offence offence(LocalDate on, GravityScale scale, int score, int adjustment, Plea plea) {
        return new Offence(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                on,
                "Took a bicycle",
                OffenceCategory.THEFT_AND_HANDLING,
                plea,
                null,
                false,
                false,
                new GravityScore(scale, score, adjustment, adjustment == 0 ? null : "reasons"),
                0);
    }
}
