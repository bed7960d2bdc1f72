package org.desist.order;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How long an order runs, and when (YJB case management guidance). Plain rules, no state. */
public final class OrderTerms {

    private OrderTerms() {}

    /** A length: whole months plus any days left over (a sentence is normally a whole number of months). */
    public record Length(int months, int days) {
        public LocalDate after(LocalDate from) {
            return from.plusMonths(months).plusDays(days);
        }

        public String describe() {
            String m = months == 1 ? "1 month" : months + " months";
            return days == 0 ? m : m + " and " + (days == 1 ? "1 day" : days + " days");
        }
    }

    /** From one date to another, both as the sentence gives them. */
    public record Span(LocalDate from, LocalDate to, Length length) {}

    /**
     * The months between the order's start and end dates. An end date at a month's end counts as a whole
     * month: 31 August to 28 February is 6 months, as 31 August plus 6 months is 28 February.
     */
    public static Length length(LocalDate start, LocalDate end) {
        long months = ChronoUnit.MONTHS.between(start, end);
        if (start.plusMonths(months + 1).equals(end)) {
            months++;
        }
        LocalDate afterMonths = start.plusMonths(months);
        return new Length((int) months, (int) ChronoUnit.DAYS.between(afterMonths, end));
    }

    /**
     * A referral order runs from the signing of its contract for the order's length (Sentencing Act 2020
     * s.84; YJB case management guidance), not from the date the court made it.
     */
    public static Span referralOrderRuns(LocalDate contractSigned, LocalDate orderStart, LocalDate orderEnd) {
        Length length = length(orderStart, orderEnd);
        return new Span(contractSigned, length.after(contractSigned), length);
    }

    /** A detention and training order's two halves and the release date between them. */
    public record DetentionAndTraining(Span custody, Span supervision, LocalDate releaseDate) {}

    /**
     * Half the term in custody, half under supervision in the community, release at the halfway point
     * (Sentencing Act 2020 s.241–s.242; YJB case management guidance). Early or late release (s.246) and time on
     * remand are decided by the secure estate and are not computed here.
     */
    public static DetentionAndTraining detentionAndTraining(LocalDate start, LocalDate end) {
        Length term = length(start, end);
        LocalDate release;
        Length half;
        if (term.days() == 0 && term.months() % 2 == 0) {
            half = new Length(term.months() / 2, 0);
            release = half.after(start);
        } else {
            // Not a lawful DTO length (s.236): halve the days so the page still shows something honest.
            long days = ChronoUnit.DAYS.between(start, end);
            release = start.plusDays(days / 2);
            half = length(start, release);
        }
        return new DetentionAndTraining(
                new Span(start, release, half), new Span(release, end, length(release, end)), release);
    }
}
