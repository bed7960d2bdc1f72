package org.desist.child;

import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Police National Computer ID: year, serial number and check letter, like 2012/0345678H. The check
 * letter is (last two digits of the year followed by the 7-digit serial) mod 23, as a letter of
 * "ZABCDEFGHJKLMNPQRTUVWXY" (PNC ID check character; I, O and S are never used).
 */
public record PncNumber(String value) {

    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final Pattern FORMAT = Pattern.compile("^(\\d{2}|\\d{4})/(\\d{1,7})([A-Z])$");
    static final String FORMAT_MESSAGE = "Enter a PNC number in the format 2012/0345678H";
    static final String CHECK_MESSAGE = "The PNC number's check letter is wrong – check the number and try again";

    /** Reads a PNC number as typed ("12/345678h", "2012/0345678H"), into its standard form. */
    public static PncNumber parse(String input, Year currentYear) {
        Optional<String> problem = problemWith(input, currentYear);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        Matcher m = FORMAT.matcher(clean(input));
        m.matches();
        return of(fourDigitYear(m.group(1), currentYear), Integer.parseInt(m.group(2)));
    }

    /** What is wrong with a typed PNC number, in GOV.UK wording; empty when it is valid. */
    public static Optional<String> problemWith(String input, Year currentYear) {
        if (input == null) {
            return Optional.of(FORMAT_MESSAGE);
        }
        Matcher m = FORMAT.matcher(clean(input));
        if (!m.matches()) {
            return Optional.of(FORMAT_MESSAGE);
        }
        int year = fourDigitYear(m.group(1), currentYear);
        if (year > currentYear.getValue()) {
            return Optional.of(FORMAT_MESSAGE);
        }
        char expected = checkCharacter(year, Integer.parseInt(m.group(2)));
        return m.group(3).charAt(0) == expected ? Optional.empty() : Optional.of(CHECK_MESSAGE);
    }

    /** A valid PNC number for a year and serial. */
    public static PncNumber of(int fourDigitYear, int serial) {
        return new PncNumber(String.format(
                Locale.ROOT, "%04d/%07d%c", fourDigitYear, serial, checkCharacter(fourDigitYear, serial)));
    }

    public static char checkCharacter(int fourDigitYear, int serial) {
        if (serial < 0 || serial > 9_999_999) {
            throw new IllegalArgumentException("A PNC serial number has at most 7 digits");
        }
        long number = (fourDigitYear % 100) * 10_000_000L + serial;
        return CHECK_LETTERS.charAt((int) (number % 23));
    }

    private static int fourDigitYear(String year, Year currentYear) {
        if (year.length() == 4) {
            return Integer.parseInt(year);
        }
        int twoDigits = Integer.parseInt(year);
        int thisCentury = 2000 + twoDigits;
        return thisCentury <= currentYear.getValue() ? thisCentury : 1900 + twoDigits;
    }

    private static String clean(String input) {
        return input.trim().replace(" ", "").toUpperCase(Locale.UK);
    }

    @Override
    public String toString() {
        return value;
    }
}
