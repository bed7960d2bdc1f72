package org.desist.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.Offset;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review rules as shipped (deadline/rules.json), on real dates: the interval review every 3 months from the
 * start and then from each review (across month ends), the triggered review 10 working days after the trigger
 * (across Christmas 2026: 25 and 28 December 2026 and 1 January 2027 are bank holidays).
 */
class ReviewDueDatesTest {

    static List<DueItemRule> rules;
    static WorkingDayCalendar calendar;

    @BeforeAll
    static void shippedRules() throws IOException {
        try (InputStream in = ReviewDueDatesTest.class.getResourceAsStream("/deadline/rules.json")) {
            rules = JsonMapper.builder().build().readValue(in, new TypeReference<List<DueItemRule>>() {});
        }
        try (InputStream in =
                ReviewDueDatesTest.class.getResourceAsStream("/calendar/bank-holidays-england-and-wales.json")) {
            calendar = TestCalendars.read(in);
        }
    }

    static DueItemRule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theRulesAreLocalSettingsAndMetByRecordingAReview() {
        DueItemRule scheduled = rule("review-scheduled");
        assertThat(scheduled.offset()).isEqualTo(new Offset(3, Offset.Unit.CALENDAR_MONTHS));
        assertThat(scheduled.trigger()).isEqualTo(Reviews.INTERVAL_STARTED);
        assertThat(scheduled.fulfilledBy()).isEqualTo(Reviews.RECORDED);
        assertThat(scheduled.repeats()).isTrue();
        assertThat(scheduled.locallyConfigurable()).isTrue();
        DueItemRule triggered = rule("review-triggered");
        assertThat(triggered.offset()).isEqualTo(new Offset(10, Offset.Unit.WORKING_DAYS));
        assertThat(triggered.trigger()).isEqualTo(Reviews.TRIGGER_RAISED);
        assertThat(triggered.fulfilledBy()).isEqualTo(Reviews.RECORDED);
        assertThat(triggered.repeats()).isFalse();
        assertThat(triggered.locallyConfigurable()).isTrue();
    }

    // Counted by hand on a calendar; a month after the 30th or 31st is the last day of a shorter month.
    @ParameterizedTest(name = "started or reviewed {0} → review due {1}")
    @CsvSource({
        "2026-11-30, 2027-02-28, 3 months after 30 November 2026",
        "2027-11-30, 2028-02-29, 3 months after 30 November 2027",
        "2026-08-31, 2026-11-30, 3 months after 31 August 2026",
        "2026-10-31, 2027-01-31, 3 months after 31 October 2026",
        "2027-01-31, 2027-04-30, 3 months after 31 January 2027",
        "2026-12-18, 2027-03-18, 3 months after 18 December 2026",
        "2027-02-28, 2027-05-28, 3 months after 28 February 2027",
        // Calendar months do not move off a bank holiday (as progress panels): due on Christmas Day.
        "2026-09-25, 2026-12-25, 3 months after 25 September 2026",
    })
    void theIntervalReviewIsDueThreeMonthsLater(LocalDate from, LocalDate due, String reason) {
        var dueDate = rule("review-scheduled").offset().dueAfter(from, calendar);
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "triggered {0} → review due {1}")
    @CsvSource({
        "2026-12-18, 2027-01-06, 10 working days after 18 December 2026",
        "2026-12-21, 2027-01-07, 10 working days after 21 December 2026",
        "2026-12-24, 2027-01-12, 10 working days after 24 December 2026",
        "2026-12-29, 2027-01-13, 10 working days after 29 December 2026",
        "2027-01-04, 2027-01-18, 10 working days after 4 January 2027",
        "2027-02-01, 2027-02-15, 10 working days after 1 February 2027",
    })
    void aTriggeredReviewIsDueTenWorkingDaysLater(LocalDate from, LocalDate due, String reason) {
        var dueDate = rule("review-triggered").offset().dueAfter(from, calendar);
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
    }
}
