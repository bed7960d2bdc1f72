package org.desist.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.desist.deadline.DueItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a joint-protocol duty stands on Monday 1 February 2027, with "due soon" up to Monday 8 February. */
class DutyStateTest {

    @ParameterizedTest(name = "{0} due {1}, met {2} -> {3}")
    @CsvSource({
        "OPEN,      2027-01-29, ,           OVERDUE",
        "OPEN,      2027-02-01, ,           DUE_SOON",
        "OPEN,      2027-02-08, ,           DUE_SOON",
        "OPEN,      2027-02-09, ,           NOT_YET_DUE",
        "MET,       2027-01-05, 2027-01-05, MET_ON_TIME",
        "MET,       2027-01-05, 2027-01-04, MET_ON_TIME",
        "MET,       2027-01-05, 2027-01-06, MET_LATE",
        "CANCELLED, 2027-01-05, ,           CANCELLED",
        "CANCELLED, 2027-03-05, ,           CANCELLED",
    })
    void standing(DueItem.Status status, LocalDate due, LocalDate met, DutyState expected) {
        assertThat(DutyState.of(status, due, met, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8)))
                .isEqualTo(expected);
    }
}
