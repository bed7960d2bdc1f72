package org.desist.appropriateadult;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appropriate adult measures of the user's services for a period (for the Management Board): call-outs, response
 * times against the local target, overnight detentions of charged children refused bail, and whether the local
 * authority was asked for and provided accommodation (PACE s.38(6); Concordat on Children in Custody 2017). Each figure
 * is a {@link Figure} whose call-outs the measures page lists, for {@code APPROPRIATE_ADULT_OVERSIGHT} only.
 */
@Service
@Transactional(readOnly = true)
public class AppropriateAdultMeasures {

    private final CallOuts callOuts;
    private final ResponseRules rules;

    AppropriateAdultMeasures(CallOuts callOuts, ResponseRules rules) {
        this.callOuts = callOuts;
        this.rules = rules;
    }

    /** Each figure, with the call-outs it counts. */
    public enum Figure {
        CALL_OUTS("Call-outs"),
        OUT_OF_HOURS("Requested out of hours"),
        ATTENDED("Attended (the appropriate adult arrived)"),
        WITHIN_TARGET("Arrived within the target"),
        LATE("Arrived later than the target"),
        OVERNIGHT("Charged, refused bail and kept in police custody overnight"),
        ACCOMMODATION_REQUESTED("Local authority asked for accommodation"),
        ACCOMMODATION_PROVIDED("Local authority provided accommodation"),
        ACCOMMODATION_NOT_PROVIDED("Kept in police custody overnight: not moved to local authority accommodation");

        private final String label;

        Figure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the call-out counts in this figure. */
        public boolean counts(CallOut c, ResponseRules rules) {
            return switch (this) {
                case CALL_OUTS -> true;
                case OUT_OF_HOURS -> rules.outOfHours(c.requestedAt());
                case ATTENDED -> c.arrivedAt() != null;
                case WITHIN_TARGET -> c.arrivedAt() != null && !rules.late(c);
                case LATE -> rules.late(c);
                case OVERNIGHT -> c.overnightDetention();
                case ACCOMMODATION_REQUESTED ->
                    c.overnightDetention() && Boolean.TRUE.equals(c.accommodationRequested());
                case ACCOMMODATION_PROVIDED -> c.overnightDetention() && Boolean.TRUE.equals(c.accommodationProvided());
                case ACCOMMODATION_NOT_PROVIDED -> c.accommodationNotProvided();
            };
        }
    }

    /** One figure's count. */
    public record Count(Figure figure, long count) {}

    /** The measures of a period; {@code medianResponse} is empty when nobody arrived in it. */
    public record Measures(
            LocalDate from,
            LocalDate to,
            int targetMinutes,
            List<Count> counts,
            java.util.Optional<Duration> medianResponse) {

        public long count(Figure figure) {
            return counts.stream()
                    .filter(c -> c.figure() == figure)
                    .mapToLong(Count::count)
                    .sum();
        }
    }

    /** The measures of the user's services for the days {@code from} to {@code to} (inclusive). */
    public Measures of(LocalDate from, LocalDate to) {
        CallOuts.requireOversight();
        List<CallOut> all = callOuts.between(from, to);
        List<Count> counts = java.util.Arrays.stream(Figure.values())
                .map(f -> new Count(
                        f, all.stream().filter(c -> f.counts(c, rules)).count()))
                .toList();
        return new Measures(
                from,
                to,
                rules.targetMinutes(),
                counts,
                median(all.stream().flatMap(c -> c.responseTime().stream()).toList()));
    }

    /** The call-outs a figure counts, newest first. */
    public List<CallOut> drill(LocalDate from, LocalDate to, Figure figure) {
        CallOuts.requireOversight();
        Predicate<CallOut> counted = c -> figure.counts(c, rules);
        return callOuts.between(from, to).stream().filter(counted).toList();
    }

    /** The median of the times: the middle one, or the mean of the middle two (to the second). */
    public static java.util.Optional<Duration> median(List<Duration> times) {
        if (times.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<Duration> sorted = times.stream().sorted().toList();
        int n = sorted.size();
        return java.util.Optional.of(
                n % 2 == 1
                        ? sorted.get(n / 2)
                        : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }
}
