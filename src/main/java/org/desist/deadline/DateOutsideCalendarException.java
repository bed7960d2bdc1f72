package org.desist.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date the working-day calendar cannot count from or to, because its bank-holiday data ends before it
 * (docs/working-days.md). {@link #date()} is the date that was given: the date a user entered when it fed a
 * due-item computation (a bail date, a referral date, a court date…), otherwise the day the calendar was asked
 * about. Pages and the API turn it into an error on the field that holds that date, never a 500.
 */
public class DateOutsideCalendarException extends RuntimeException {

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LocalDate date;
    private final LocalDate lastCoveredDay;

    public DateOutsideCalendarException(LocalDate date, LocalDate lastCoveredDay) {
        super("Bank holidays are known only up to " + lastCoveredDay + " and " + date + " needs a later one: an "
                + "administrator must install a newer copy of the government's bank-holidays feed "
                + "(see docs/working-days.md)");
        this.date = date;
        this.lastCoveredDay = lastCoveredDay;
    }

    /** The date given, that the calendar could not count from or to. */
    public LocalDate date() {
        return date;
    }

    /** The last day the bank-holiday data covers. */
    public LocalDate lastCoveredDay() {
        return lastCoveredDay;
    }

    /** The same refusal, about the date a user entered that led to the uncounted day. */
    public DateOutsideCalendarException forDate(LocalDate given) {
        return given == null || given.equals(date) ? this : new DateOutsideCalendarException(given, lastCoveredDay);
    }

    /** What a user is told, next to the date they entered. */
    public String userMessage() {
        return "Desist's bank holiday calendar runs to " + SPOKEN.format(lastCoveredDay)
                + ", and the working days that follow from this date go beyond it: enter an earlier date, or ask "
                + "your administrator to install a newer copy of the bank holidays";
    }
}
