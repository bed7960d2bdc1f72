package org.desist.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays (domain README, "WD"). "Within
 * n WD of X" is the n-th working day after the day of X, which is day 0. Refuses to count past the last
 * year of bank-holiday data rather than silently missing a holiday ({@link DateOutsideCalendarException}).
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, String> holidays;
    private final LocalDate coverageEnd;

    /** @param holidays bank holidays by date, with their names */
    public WorkingDayCalendar(Map<LocalDate, String> holidays) {
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("A working-day calendar needs its bank holidays");
        }
        this.holidays = new TreeMap<>(holidays);
        this.coverageEnd = ((TreeMap<LocalDate, String>) this.holidays)
                .lastKey()
                .withMonth(12)
                .withDayOfMonth(31);
    }

    /** The last day the bank-holiday data covers (31 December of its last year). */
    public LocalDate coverageEnd() {
        return coverageEnd;
    }

    public boolean isWorkingDay(LocalDate date) {
        covered(date);
        return !weekend(date) && !holidays.containsKey(date);
    }

    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The n-th working day after {@code from} (n = 0 is {@code from} itself, whatever day it is). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return explainAddition(from, n).date();
    }

    /** The number of working days d with {@code from} < d ≤ {@code to}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** A date n working days after another, with the days skipped on the way, for showing users why. */
    public record Addition(LocalDate from, int workingDays, LocalDate date, List<Skipped> skipped) {

        public record Skipped(LocalDate date, String reason) {}

        public long weekendDays() {
            return skipped.stream().filter(s -> s.reason().equals("weekend")).count();
        }

        public List<Skipped> bankHolidays() {
            return skipped.stream().filter(s -> !s.reason().equals("weekend")).toList();
        }
    }

    public Addition explainAddition(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days to add must be 0 or more");
        }
        LocalDate date = from;
        List<Addition.Skipped> skipped = new ArrayList<>();
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            } else {
                skipped.add(new Addition.Skipped(date, weekend(date) ? "weekend" : holidays.get(date)));
            }
        }
        return new Addition(from, n, date, List.copyOf(skipped));
    }

    private void covered(LocalDate date) {
        if (date.isAfter(coverageEnd)) {
            throw new DateOutsideCalendarException(date, coverageEnd);
        }
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
