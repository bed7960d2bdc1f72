package org.desist.jointworking;

import java.time.LocalDate;
import java.util.Optional;

/** What can be recorded in a looked-after history: an ending needs something to end (domain reference 03). */
public final class LookedAfterRules {

    private LookedAfterRules() {}

    /** Why this event cannot follow the history as recorded, if it cannot. */
    public static Optional<String> problemWithEnding(
            LookedAfterEvent.Kind kind, LocalDate on, LookedAfterHistory history) {
        return switch (kind) {
            case CARE_ORDER_ENDED ->
                history.on(on).stream().anyMatch(LegalBasis::survivesCustody)
                        ? Optional.empty()
                        : Optional.of("There is no care order in force on that date to end");
            case SECTION_20_ENDED ->
                history.on(on).contains(LegalBasis.SECTION_20)
                        ? Optional.empty()
                        : Optional.of("The child is not accommodated under section 20 on that date");
            case REMAND_ENDED ->
                history.on(on).stream().anyMatch(LegalBasis::remand)
                        ? Optional.empty()
                        : Optional.of("There is no remand in force on that date to end");
            case RELEASED_FROM_CUSTODY ->
                history.inCustodyOn(on) ? Optional.empty() : Optional.of("The child is not in custody on that date");
            default -> Optional.empty();
        };
    }
}
