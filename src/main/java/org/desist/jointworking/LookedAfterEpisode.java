package org.desist.jointworking;

import java.time.LocalDate;

/**
 * A period the child was looked after on one legal basis: from {@code from} (inclusive) to {@code until}
 * (exclusive: the first day no longer looked after on this basis), or still open when {@code until} is null.
 */
public record LookedAfterEpisode(LegalBasis basis, LocalDate from, LocalDate until, String endedBecause) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    LookedAfterEpisode endedOn(LocalDate day, String because) {
        return new LookedAfterEpisode(basis, from, day, because);
    }
}
