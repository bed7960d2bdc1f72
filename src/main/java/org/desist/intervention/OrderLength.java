package org.desist.intervention;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** How long an order may run, where the law says (Sentencing Act 2020). */
public final class OrderLength {

    /** Detention and training orders are made for one of these lengths only (Sentencing Act 2020 s.236). */
    static final Set<Integer> DTO_MONTHS = Set.of(4, 6, 8, 10, 12, 18, 24);

    private OrderLength() {}

    /** What is wrong with the order's dates; empty when they are lawful (or the law sets no length). */
    public static Optional<String> problem(InterventionType type, LocalDate start, LocalDate end) {
        if (end == null) {
            return type == InterventionType.REFERRAL_ORDER
                            || type == InterventionType.DETENTION_AND_TRAINING_ORDER
                            || type == InterventionType.YOUTH_CONDITIONAL_CAUTION
                    ? Optional.of(
                            type == InterventionType.YOUTH_CONDITIONAL_CAUTION
                                    ? "Enter the date the conditions end"
                                    : "Enter the end date of the "
                                            + type.label().toLowerCase())
                    : Optional.empty();
        }
        if (!end.isAfter(start)) {
            return Optional.of("The end date must be after the start date");
        }
        return switch (type) {
            // Sentencing Act 2020 s.86: a referral order lasts from 3 to 12 months.
            case REFERRAL_ORDER ->
                end.isBefore(start.plusMonths(3)) || end.isAfter(start.plusMonths(12))
                        ? Optional.of("A referral order lasts from 3 to 12 months")
                        : Optional.empty();
            case DETENTION_AND_TRAINING_ORDER ->
                DTO_MONTHS.stream().anyMatch(m -> start.plusMonths(m).equals(end))
                        ? Optional.empty()
                        : Optional.of("A detention and training order lasts 4, 6, 8, 10, 12, 18 or 24 months");
            // Crime and Disorder Act 1998 s.66A and its code of practice: a youth conditional caution's conditions last
            // up to 3 months.
            case YOUTH_CONDITIONAL_CAUTION ->
                end.isAfter(start.plusMonths(3))
                        ? Optional.of("The conditions of a youth conditional caution must end within 3 months")
                        : Optional.empty();
            default -> Optional.empty();
        };
    }
}
