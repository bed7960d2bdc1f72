package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What can be recorded in a looked-after history (the joint protocol; Children Act 1989): an ending needs something to end; a
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

    /**
     * Why a person cannot record this event in the child's history, by field: what happened and when (today or in
     * the past, while a child — only children are looked after), and an ending needs something to end. Staying looked
     * after at the end of a remand has its own question, with the permission it needs.
     */
    public static Map<String, String> recordingProblems(
            LookedAfterEvent.Kind kind,
            LocalDate on,
            LocalDate dateOfBirth,
            LocalDate today,
            LookedAfterHistory history) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select what happened");
        } else if (kind == LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER) {
            problems.put(
                    "kind",
                    "Record that the child stays looked after at the end of the remand with the head of service's"
                            + " permission, the assessment and the IRO's opinion");
        }
        if (on == null) {
            problems.put("occurredOn", "Enter the date it happened");
        } else if (on.isAfter(today)) {
            problems.put("occurredOn", "The date it happened must be today or in the past");
        } else if (on.isBefore(dateOfBirth)) {
            problems.put("occurredOn", "The date it happened must be after the child's date of birth");
        } else if (!on.isBefore(dateOfBirth.plusYears(18))) {
            problems.put(
                    "occurredOn", "The date must be before the child's 18th birthday: only children are looked after");
        }
        if (problems.isEmpty()) {
            problemWithEnding(kind, on, history).ifPresent(p -> problems.put("kind", p));
        }
        return problems;
    }

    /**
     * Why the child cannot be recorded as staying looked after at the end of the remand (Children Act 1989 s.20;
     * the joint protocol, "Remands"): the permission, the assessment and the IRO's opinion, and a remand to end.
     */
    public static Map<String, String> stayingLookedAfterProblems(
            StayingLookedAfterRules.Permission p, LocalDate today, LookedAfterHistory history) {
        Map<String, String> problems = new LinkedHashMap<>(StayingLookedAfterRules.problems(p, today));
        if (!problems.containsKey("remandEndedOn")) {
            problemWithEnding(LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER, p.remandEndedOn(), history)
                    .ifPresent(problem -> problems.put("remandEndedOn", problem));
        }
        return problems;
    }
}
