package org.desist.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderLengthTest {

    @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "REFERRAL_ORDER, 2026-11-24, 2027-02-24, ok",
                "REFERRAL_ORDER, 2026-11-24, 2027-11-24, ok",
                "REFERRAL_ORDER, 2026-11-24, 2027-02-23, A referral order lasts from 3 to 12 months",
                "REFERRAL_ORDER, 2026-11-24, 2027-11-25, A referral order lasts from 3 to 12 months",
                "REFERRAL_ORDER, 2026-11-24, null, Enter the end date of the referral order",
                "DETENTION_AND_TRAINING_ORDER, 2026-11-30, 2027-03-30, ok",
                "DETENTION_AND_TRAINING_ORDER, 2026-11-30, 2028-11-30, ok",
                "DETENTION_AND_TRAINING_ORDER, 2026-11-30, 2027-04-30, 'A detention and training order lasts 4, 6, 8, 10, 12, 18 or 24 months'",
                "DETENTION_AND_TRAINING_ORDER, 2026-11-30, 2029-11-30, 'A detention and training order lasts 4, 6, 8, 10, 12, 18 or 24 months'",
                "YOUTH_REHABILITATION_ORDER, 2026-11-24, 2029-11-24, ok",
                "YOUTH_CAUTION, 2026-11-24, null, ok",
                "YOUTH_CONDITIONAL_CAUTION, 2026-11-30, 2027-02-28, ok",
                "YOUTH_CONDITIONAL_CAUTION, 2026-11-30, 2027-03-01, The conditions of a youth conditional caution must end within 3 months",
                "YOUTH_CONDITIONAL_CAUTION, 2026-11-30, null, Enter the date the conditions end",
                "BAIL_SUPPORT, 2026-11-24, 2026-11-24, The end date must be after the start date",
            })
    void checksTheLengthTheLawAllows(InterventionType type, LocalDate start, LocalDate end, String expected) {
        var problem = OrderLength.problem(type, start, end);
        if (expected.equals("ok")) {
            assertThat(problem).isEmpty();
        } else {
            assertThat(problem).contains(expected);
        }
    }
}
