package org.desist.jointworking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What can be recorded in a looked-after history (domain reference 03): an ending needs something to end; a
 * child stays looked after at the end of a remand only through its own event, with the permission it needs.
 */
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
            case INTENSIVE_FOSTERING_ENDED ->
                history.on(on).contains(LegalBasis.INTENSIVE_FOSTERING)
                        ? Optional.empty()
                        : Optional.of("There is no intensive fostering placement on that date to end");
            case REMAND_ENDED ->
                history.on(on).stream().anyMatch(LegalBasis::remand)
                        ? Optional.empty()
                        : Optional.of("There is no remand in force on that date to end");
            case REMAND_ENDED_STAYS_LOOKED_AFTER -> {
                List<LegalBasis> bases = history.on(on);
                if (bases.stream().noneMatch(LegalBasis::remand)) {
                    yield Optional.of("There is no remand in force on that date to end");
                }
                yield bases.stream()
                        .filter(b -> !b.remand())
                        .findFirst()
                        .map(other -> "The child stays looked after" + " anyway (" + other.label()
                                + "): record that the remand ended");
            }
            // 03 "Remands" 7: staying looked after at the end of a remand needs the head of service's permission.
            case ACCOMMODATED_UNDER_SECTION_20 ->
                history.on(on).stream().anyMatch(LegalBasis::remand)
                                || history.on(on.minusDays(1)).stream().anyMatch(LegalBasis::remand)
                        ? Optional.of("A child whose remand ends stays looked after only with the head of service's"
                                + " permission, after an assessment and the IRO's opinion: record that the child stays"
                                + " looked after at the end of the remand")
                        : Optional.empty();
            case RELEASED_FROM_CUSTODY ->
                history.inCustodyOn(on) ? Optional.empty() : Optional.of("The child is not in custody on that date");
            default -> Optional.empty();
        };
    }
}
