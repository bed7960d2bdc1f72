package org.desist.outofcourt;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;

/**
 * Whether a child is a first-time entrant to the youth justice system (the Ministry of Justice
 * first-time entrants measure, Youth Justice Statistics): a child becomes one on their first formal outcome — a youth caution,
 * a youth conditional caution or a conviction (a court order made on the child) — and not on no further
 * action or a community resolution. A parenting order is made on a parent, not a conviction of the child;
 * an intervention closed as never started was recorded in error.
 *
 * @param since the date of the first formal outcome, if any
 * @param by the type of that outcome, if any
 */
public record FirstTimeEntrant(LocalDate since, InterventionType by) {

    public static FirstTimeEntrant from(Collection<Intervention> interventions) {
        return interventions.stream()
                .filter(i -> formal(i.type()))
                .filter(i -> i.closureReason() != ClosureReason.NOT_STARTED)
                .min(Comparator.comparing(Intervention::startDate))
                .map(i -> new FirstTimeEntrant(i.startDate(), i.type()))
                .orElse(new FirstTimeEntrant(null, null));
    }

    /** A formal outcome for the child: a caution, a conditional caution or a conviction. */
    public static boolean formal(InterventionType type) {
        return switch (type.kind()) {
            case OUT_OF_COURT ->
                type == InterventionType.YOUTH_CAUTION || type == InterventionType.YOUTH_CONDITIONAL_CAUTION;
            case COURT_ORDER -> type != InterventionType.PARENTING_ORDER;
            case PREVENTION, REMAND_OR_BAIL -> false;
        };
    }

    public boolean entered() {
        return since != null;
    }

    /** What the proposed outcome would do to the child's first-time entrant status. */
    public Optional<String> effectOf(Outcome proposed, String outcomeName) {
        if (proposed == null) {
            return Optional.empty();
        }
        if (entered()) {
            return Optional.of("The child is already a first-time entrant: this outcome does not change that");
        }
        if (proposed.formal()) {
            return Optional.of("A " + outcomeName.toLowerCase() + " would make the child a first-time entrant");
        }
        if (proposed == Outcome.CHARGE) {
            return Optional.of("A charge would make the child a first-time entrant if they are convicted");
        }
        return Optional.of(outcomeName + " would not make the child a first-time entrant");
    }
}
