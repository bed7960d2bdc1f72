package org.desist.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.desist.deadline.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long an improvement action is overdue, as the head of service's panel shows it, over Christmas 2026. */
class ImprovementActionsOverdueTest {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 12, 25), "Christmas Day",
            LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)",
            LocalDate.of(2027, 1, 1), "New Year's Day"));

    @ParameterizedTest(name = "due {0}, today {1}: {2} / {3}")
    @CsvSource({
        // Monday to Monday: five working days, seven calendar days.
        "2027-01-25, 2027-02-01, 5 working days, 7 days",
        // Due Thursday 24 December: Christmas Day, the weekend and the substitute Boxing Day are not working days.
        "2026-12-24, 2026-12-29, 1 working day, 5 days",
        "2026-12-24, 2027-01-04, 4 working days, 11 days",
        // Due on a Friday, looked at on the Saturday: a day late, no working day yet.
        "2027-01-29, 2027-01-30, 0 working days, 1 day"
    })
    void daysOverdueAreCountedFromTheDayAfterTheDueDate(
            LocalDate due, LocalDate today, String workingDays, String calendarDays) {
        assertThat(new ImprovementActionsDue(null, CALENDAR, true).overdueBy(due, today))
                .isEqualTo(workingDays);
        assertThat(new ImprovementActionsDue(null, CALENDAR, false).overdueBy(due, today))
                .isEqualTo(calendarDays);
    }
}
