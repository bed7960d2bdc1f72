package org.desist.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days with the real England and Wales bank holidays shipped with Desist. */
class WorkingDayCalendarTest {

    static WorkingDayCalendar calendar;

    @BeforeAll
    static void shippedCalendar() {
        calendar = calendar();
    }

    /** The calendar from the bank holidays shipped with Desist. */
    static WorkingDayCalendar calendar() {
        try (InputStream in =
                WorkingDayCalendarTest.class.getResourceAsStream("/calendar/bank-holidays-england-and-wales.json")) {
            return org.desist.deadline.internal.TestCalendars.read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // Expected dates counted by hand on a calendar, day 0 being the "from" date (domain README, WD).
    @ParameterizedTest(name = "{0} + {1} WD = {2} ({3})")
    @CsvSource({
        "2026-11-24, 15, 2026-12-15, an ordinary three weeks",
        "2026-11-20, 1, 2026-11-23, Friday to Monday",
        "2026-11-21, 1, 2026-11-23, from a Saturday",
        "2026-11-22, 0, 2026-11-22, zero days is the day itself even on a Sunday",
        "2026-12-24, 1, 2026-12-29, Christmas Day and Boxing Day substitute 2026",
        "2026-12-24, 5, 2027-01-05, over Christmas and New Year 2026-27",
        "2026-04-02, 1, 2026-04-07, Good Friday and Easter Monday 2026",
        "2026-04-02, 10, 2026-04-20, ten working days across Easter 2026",
        "2025-04-17, 1, 2025-04-22, Easter 2025",
        "2024-03-28, 1, 2024-04-02, Easter 2024",
        "2021-12-23, 3, 2021-12-30, Christmas 2021 on a weekend: substitute days 27 and 28",
        "2021-12-31, 1, 2022-01-04, New Year's Day 2022 substitute on 3 January",
        "2022-12-23, 2, 2022-12-29, Christmas 2022: Boxing Day 26 and Christmas substitute 27",
        "2022-12-30, 1, 2023-01-03, New Year's Day 2023 substitute on 2 January",
        "2022-06-01, 1, 2022-06-06, spring bank holiday moved to 2 June and Platinum Jubilee 3 June 2022",
        "2022-06-01, 3, 2022-06-08, three days after the Jubilee weekend",
        "2022-09-16, 1, 2022-09-20, State Funeral of Queen Elizabeth II 19 September 2022",
        "2023-05-05, 1, 2023-05-09, coronation of King Charles III 8 May 2023",
        "2020-05-07, 1, 2020-05-11, VE day early May bank holiday moved to Friday 8 May 2020",
        "2025-12-31, 1, 2026-01-02, across a year end with New Year's Day",
        "2027-12-24, 1, 2027-12-29, Christmas 2027 on a weekend: substitute days 27 and 28",
    })
    void addsWorkingDays(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} WD")
    @CsvSource({
        "2026-12-24, 2027-01-05, 5",
        "2026-11-24, 2026-11-24, 0",
        "2026-11-20, 2026-11-23, 1",
        "2022-06-01, 2022-06-06, 1",
        "2026-11-24, 2026-11-20, -2",
    })
    void countsWorkingDaysBetweenDates(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
        "2026-11-24, true",
        "2026-11-28, false",
        "2022-06-03, false",
        "2022-09-19, false",
        "2023-05-08, false",
        "2026-12-28, false",
        "2026-12-29, true",
    })
    void knowsWorkingDays(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void explainsWhatItSkipped() {
        var addition = calendar.explainAddition(LocalDate.of(2026, 12, 24), 1);
        assertThat(addition.bankHolidays())
                .extracting(WorkingDayCalendar.Addition.Skipped::reason)
                .containsExactly("Christmas Day", "Boxing Day (substitute day)");
        assertThat(addition.weekendDays()).isEqualTo(2);
    }

    @Test
    void refusesToCountPastItsBankHolidayData() {
        assertThat(calendar.coverageEnd()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2028, 12, 29), 3))
                .isInstanceOf(DateOutsideCalendarException.class)
                .hasMessageContaining("newer copy")
                .satisfies(e -> {
                    var outside = (DateOutsideCalendarException) e;
                    assertThat(outside.date()).isEqualTo(LocalDate.of(2029, 1, 1));
                    assertThat(outside.lastCoveredDay()).isEqualTo(LocalDate.of(2028, 12, 31));
                });
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
