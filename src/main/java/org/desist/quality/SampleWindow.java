package org.desist.quality;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which disposals are eligible for an inspection sample (HM Inspectorate of Probation, inspection methodology): those
 * that started {@code fromMonths} to {@code toMonths} months before the fieldwork date — court disposals 6 to 9 months,
 * out-of-court disposals 3 to 5 (settings {@code desist.quality.sample.court-months} and
 * {@code desist.quality.sample.out-of-court-months}). Both ends are included, counted in calendar months back from the
 * fieldwork date; a day the month back does not have is its last day (31 August less 6 months is 29 February in a
 * leap year, 28 February otherwise).
 */
public record SampleWindow(int fromMonths, int toMonths) {

    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*");

    public SampleWindow {
        if (fromMonths < 0 || toMonths < fromMonths) {
            throw new IllegalArgumentException("A window of " + fromMonths + " to " + toMonths + " months");
        }
    }

    /** A window written as a setting: {@code "6-9"}. */
    public static SampleWindow parse(String months) {
        Matcher m = RANGE.matcher(months == null ? "" : months);
        if (!m.matches()) {
            throw new IllegalArgumentException("A window of months is written like 6-9, not " + months);
        }
        return new SampleWindow(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The earliest start date eligible: {@code toMonths} months before the fieldwork date. */
    public LocalDate earliestStart(LocalDate fieldwork) {
        return fieldwork.minusMonths(toMonths);
    }

    /** The latest start date eligible: {@code fromMonths} months before the fieldwork date. */
    public LocalDate latestStart(LocalDate fieldwork) {
        return fieldwork.minusMonths(fromMonths);
    }

    public boolean contains(LocalDate start, LocalDate fieldwork) {
        return start != null && !start.isBefore(earliestStart(fieldwork)) && !start.isAfter(latestStart(fieldwork));
    }

    /** "6 to 9 months". */
    public String label() {
        return fromMonths + " to " + toMonths + " months";
    }

    /** As the setting writes it: "6-9". */
    @Override
    public String toString() {
        return fromMonths + "-" + toMonths;
    }
}
