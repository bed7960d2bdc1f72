package org.desist.offence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GravityScoreTest {

    @ParameterizedTest(name = "{0} score {1} adjusted {2} (\"{3}\") → {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "CURRENT | 3 | 0  | null           | valid",
                "CURRENT | 5 | 0  | null           | valid",
                "LEGACY  | 4 | 0  | null           | valid",
                "CURRENT | 3 | 1  | used a knife   | valid",
                "CURRENT | 2 | -1 | first contact  | valid",
                "CURRENT | 6 | 0  | null           | gravityScore",
                "LEGACY  | 5 | 0  | null           | gravityScore",
                "CURRENT | 0 | 0  | null           | gravityScore",
                "CURRENT | 3 | 2  | reasons        | gravityAdjustment",
                "CURRENT | 5 | 1  | reasons        | gravityAdjustment",
                "CURRENT | 1 | -1 | reasons        | gravityAdjustment",
                "CURRENT | 3 | 1  | null           | gravityRationale",
                "CURRENT | 3 | -1 | '  '           | gravityRationale",
            })
    void checksTheScoreTheStepAndTheReason(
            GravityScale scale, int score, int adjustment, String rationale, String problemField) {
        var problems = new GravityScore(scale, score, adjustment, rationale).problems();
        if (problemField.equals("valid")) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsKey(problemField);
        }
    }

    @ParameterizedTest(name = "{0} {1} means {2}")
    @CsvSource({
        "CURRENT, 1, No further action",
        "CURRENT, 3, Youth caution",
        "CURRENT, 5, Normally charge",
        "LEGACY, 1, Informal outcome",
        "LEGACY, 4, Normally charge",
    })
    void eachScoreHasItsUsualOutcome(GravityScale scale, int score, String meaning) {
        assertThat(scale.meaning(score)).isEqualTo(meaning);
    }
}
