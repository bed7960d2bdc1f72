package org.desist.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How far after its trigger something is due: working days, calendar days or calendar months. */
public record Offset(int amount, Unit unit) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public enum Unit {
        WORKING_DAYS,
        CALENDAR_DAYS,
        CALENDAR_MONTHS
    }

    public Offset {
        if (amount < 0) {
            throw new IllegalArgumentException("An offset cannot be negative");
        }
    }

    /** The due date for a trigger on {@code from}, and why, e.g. "10 working days after 3 November 2026". */
    public DueDate dueAfter(LocalDate from, WorkingDayCalendar calendar) {
        LocalDate due = switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(from, amount);
            case CALENDAR_DAYS -> from.plusDays(amount);
            // A month after 31 January is 28 (or 29) February: the last day of the shorter month.
            case CALENDAR_MONTHS -> from.plusMonths(amount);
        };
        String what = switch (unit) {
            case WORKING_DAYS -> amount == 1 ? "1 working day" : amount + " working days";
            case CALENDAR_DAYS -> amount == 1 ? "1 day" : amount + " days";
            case CALENDAR_MONTHS -> amount == 1 ? "1 month" : amount + " months";
        };
        String reason = amount == 0 ? "on " + DATE.format(from) : what + " after " + DATE.format(from);
        return new DueDate(due, reason);
    }

    public record DueDate(LocalDate date, String reason) {}
}
