package org.desist.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The three boxes of a GOV.UK date input, as typed. */
public class DateParts {

    private String day;
    private String month;
    private String year;

    public DateParts() {}

    public static DateParts of(LocalDate date) {
        DateParts parts = new DateParts();
        if (date != null) {
            parts.day = String.valueOf(date.getDayOfMonth());
            parts.month = String.valueOf(date.getMonthValue());
            parts.year = String.valueOf(date.getYear());
        }
        return parts;
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The three boxes as typed into a GET form (search and filter pages). */
    public static DateParts of(String day, String month, String year) {
        DateParts parts = new DateParts();
        parts.day = day;
        parts.month = month;
        parts.year = year;
        return parts;
    }

    /** The date, or a GOV.UK-style message saying what is wrong with it. */
    public Optional<LocalDate> toDate() {
        try {
            int y = Integer.parseInt(year.trim());
            // The same range as the API's dates (JsonInput): a year before 1900 or after 2100 is a typing error.
            if (y < JsonInput.EARLIEST.getYear() || y > JsonInput.LATEST.getYear()) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Why the date cannot be read, in GOV.UK wording; empty when it is a real date. */
    public Optional<String> problem(String what) {
        if (isBlank()) {
            return Optional.of("Enter " + what);
        }
        if (blank(day)) {
            return Optional.of(capitalise(what) + " must include a day");
        }
        if (blank(month)) {
            return Optional.of(capitalise(what) + " must include a month");
        }
        if (blank(year)) {
            return Optional.of(capitalise(what) + " must include a year");
        }
        if (toDate().isEmpty()) {
            if (year.trim().matches("\\d{1,9}")
                    && (Integer.parseInt(year.trim()) < JsonInput.EARLIEST.getYear()
                            || Integer.parseInt(year.trim()) > JsonInput.LATEST.getYear())) {
                return Optional.of(capitalise(what) + " must be in a year from " + JsonInput.EARLIEST.getYear() + " to "
                        + JsonInput.LATEST.getYear());
            }
            return Optional.of(capitalise(what) + " must be a real date");
        }
        return Optional.empty();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
