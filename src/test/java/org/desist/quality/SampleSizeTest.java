package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleSizeTest {

    @Test
    void theUncorrectedSampleIsAbout164() {
        // z²·p(1−p)/e² = 1.2816² × 0.25 / 0.0025
        assertThat(SampleSize.UNCORRECTED).isEqualByComparingTo(new BigDecimal("164.249856"));
    }

    // n = ceil(164.249856·N / (N + 163.249856)), at most N; worked by hand for each N.
    @ParameterizedTest(name = "a population of {0} gives a sample of {1}")
    @CsvSource({
        "0, 0",
        "1, 1",
        "2, 2",
        "5, 5",
        "10, 10",
        "11, 11",
        "20, 18",
        "30, 26",
        "50, 39",
        "100, 63",
        "165, 83",
        "200, 91",
        "500, 124",
        "1000, 142",
        "5000, 160",
        "100000, 164",
        "2147483647, 165"
    })
    void theSampleIsCorrectedForAFinitePopulationAndRoundedUp(int population, int sample) {
        assertThat(SampleSize.forPopulation(population)).isEqualTo(sample);
    }

    @Test
    void neverMoreThanThePopulationAndNeverFewerAsItGrows() {
        int previous = 0;
        for (int n = 0; n <= 3000; n++) {
            int sample = SampleSize.forPopulation(n);
            assertThat(sample).isLessThanOrEqualTo(n).isGreaterThanOrEqualTo(previous);
            previous = sample;
        }
    }

    @Test
    void aNegativePopulationIsRefused() {
        assertThatThrownBy(() -> SampleSize.forPopulation(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
