package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A referral still awaiting its outcome is chased from the n-th working day after it: across Christmas 2026. */
class ReferralChaseTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void shippedCalendar() throws IOException {
        try (InputStream in =
                ReferralChaseTest.class.getResourceAsStream("/calendar/bank-holidays-england-and-wales.json")) {
            calendar = TestCalendars.read(in);
        }
    }

    @ParameterizedTest(name = "referred {0}, chase after {1} WD: from {2}")
    @CsvSource({
        // Thursday 10 December 2026: 25 and 28 December and 1 January 2027 are bank holidays.
        "2026-12-10, 20, 2027-01-12",
        "2026-12-21, 5, 2026-12-30",
        "2026-12-21, 7, 2027-01-04",
        // Christmas Eve, a Thursday: 5 WD is Tuesday 5 January 2027 (docs/working-days.md).
        "2026-12-24, 5, 2027-01-05",
        // Referred on a Saturday: day 0 is the Saturday, the first working day the Monday.
        "2027-01-16, 1, 2027-01-18",
        // An ordinary month: 20 WD is four weeks.
        "2027-02-01, 20, 2027-03-01",
    })
    void chasedFromTheNthWorkingDayAfterTheReferral(LocalDate referredOn, int after, LocalDate expected) {
        assertThat(ReferralChase.chaseFrom(referredOn, after, calendar)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "referred {0}, {1} on {2}, chase after {3} WD: {4}")
    @CsvSource({
        "2026-12-10, AWAITING, 2027-01-11, 20, false",
        "2026-12-10, AWAITING, 2027-01-12, 20, true",
        "2026-12-10, AWAITING, 2027-02-01, 20, true",
        // An answer, whatever it is, ends the chase.
        "2026-12-10, ACCEPTED, 2027-02-01, 20, false",
        "2026-12-10, DECLINED, 2027-02-01, 20, false",
        "2026-12-10, DID_NOT_ENGAGE, 2027-02-01, 20, false",
        // New Year's Day is not a working day: not yet on 1 January, from Monday 4 January.
        "2026-12-21, AWAITING, 2027-01-01, 7, false",
        "2026-12-21, AWAITING, 2027-01-04, 7, true",
        "2026-12-24, AWAITING, 2027-01-04, 5, false",
        "2026-12-24, AWAITING, 2027-01-05, 5, true",
    })
    void aReferralIsFlaggedOnlyWhileAwaitingAndOnceItsChaseDateHasCome(
            LocalDate referredOn, ReferralOutcome outcome, LocalDate today, int after, boolean expected) {
        assertThat(ReferralChase.toChase(outcome, referredOn, today, after, calendar))
                .isEqualTo(expected);
    }
}
