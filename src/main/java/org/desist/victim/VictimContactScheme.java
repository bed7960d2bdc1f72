package org.desist.victim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.desist.intervention.InterventionType;
import org.desist.offence.OffenceCategory;

/**
 * Eligibility for probation's Victim Contact Service (Domestic Violence, Crime and Victims Act 2004 s.35; Victims'
 * Code 2021, right 7): the victim of a violent or sexual offence for which the child received custody of
 * {@code months} (12) or more — a Detention and Training Order (Sentencing Act 2020 s.233) or detention under
 * Section 250 — whose length is known. The seconded probation officer refers them to the Victim Liaison Unit.
 */
public final class VictimContactScheme {

    private static final Set<OffenceCategory> VIOLENT_OR_SEXUAL =
            Set.of(OffenceCategory.VIOLENCE_AGAINST_THE_PERSON, OffenceCategory.SEXUAL_OFFENCES);

    private static final Set<InterventionType> CUSTODY =
            Set.of(InterventionType.DETENTION_AND_TRAINING_ORDER, InterventionType.LONGER_DETENTION);

    private VictimContactScheme() {}

    /** One of the victim's offences, its category and the sentences the child received for it. */
    public record OffenceSentenced(UUID offenceId, OffenceCategory category, Collection<Sentenced> sentences) {}

    /** A sentence the child received: its type, the day it began and the day it ends (null: not known). */
    public record Sentenced(InterventionType type, LocalDate from, LocalDate to) {

        /** A custodial sentence of {@code months} or more. */
        boolean custodyOfAtLeast(int months) {
            return CUSTODY.contains(type)
                    && from != null
                    && to != null
                    && !from.plusMonths(months).isAfter(to);
        }
    }

    /** Whether any of the victim's offences was violent or sexual and drew custody of {@code months} or more. */
    public static boolean eligible(Collection<OffenceSentenced> offences, int months) {
        return offences.stream()
                .anyMatch(o -> VIOLENT_OR_SEXUAL.contains(o.category())
                        && o.sentences().stream().anyMatch(s -> s.custodyOfAtLeast(months)));
    }
}
