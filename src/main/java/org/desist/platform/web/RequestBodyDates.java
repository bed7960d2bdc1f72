package org.desist.platform.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The dates the current API request's body gave, by field, for turning a problem found later (a date beyond the
 * working-day calendar, computed from one the user sent) into an error on the field that caused it.
 */
public final class RequestBodyDates {

    private RequestBodyDates() {}

    /**
     * The field (JSON property path) that gave {@code date}; failing that, the field with the latest date before
     * it (the date it was computed from); empty when the body gave no date.
     */
    public static Optional<String> fieldOf(LocalDate date) {
        var dates = JsonInput.datesRead();
        var exact = dates.stream().filter(d -> d.date().equals(date)).findFirst();
        if (exact.isPresent()) {
            return Optional.of(exact.get().field());
        }
        var before =
                dates.stream().filter(d -> !d.date().isAfter(date)).max(Comparator.comparing(JsonInput.DateRead::date));
        return before.or(() -> dates.stream().max(Comparator.comparing(JsonInput.DateRead::date)))
                .map(JsonInput.DateRead::field);
    }
}
