package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.Map;

/** The checks the safeguarding records share (each problem keyed by its field), plain Java for the aggregates. */
final class SafeguardingChecks {

    private SafeguardingChecks() {}

    /** A date that must be given and be today or in the past. */
    static void notFuture(Map<String, String> problems, String field, LocalDate date, String what, LocalDate today) {
        if (date == null) {
            problems.put(field, "Enter " + what);
        } else if (date.isAfter(today)) {
            problems.put(field, capitalise(what) + " must be today or in the past");
        }
    }

    static void required(Map<String, String> problems, String field, String value, String message) {
        if (blank(value)) {
            problems.put(field, message);
        }
    }

    /** A review date: given, and not before the date it reviews. */
    static void reviewDate(Map<String, String> problems, LocalDate reviewOn, LocalDate from, String fromWhat) {
        if (reviewOn == null) {
            problems.put("reviewOn", "Enter the review date");
        } else if (from != null && reviewOn.isBefore(from)) {
            problems.put("reviewOn", "The review date must be on or after the date of the " + fromWhat);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
