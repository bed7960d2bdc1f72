package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountersignatureTest {

    @ParameterizedTest(name = "safety and wellbeing {0}, ROSH {1}: countersignature {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "LOW,       LOW,       false",
                "MEDIUM,    LOW,       false",
                "LOW,       MEDIUM,    false",
                "MEDIUM,    MEDIUM,    false",
                "HIGH,      LOW,       true",
                "LOW,       HIGH,      true",
                "VERY_HIGH, LOW,       true",
                "MEDIUM,    VERY_HIGH, true",
                "HIGH,      VERY_HIGH, true",
                "none,      none,      false",
                "none,      HIGH,      true",
            })
    void aManagerCountersignsWhenEitherClassificationIsHighOrVeryHigh(
            Classification safetyAndWellbeing, Classification riskOfHarm, boolean required) {
        assertThat(Countersignature.required(safetyAndWellbeing, riskOfHarm)).isEqualTo(required);
    }
}
