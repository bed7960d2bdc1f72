package org.desist.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.offence.Victim;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Offences, victims and interventions for about a quarter of the demo children, recorded through the same
 * services as the pages (so their due items, such as referral order initial panels, appear on My work).
 */
@Component
class DemoCasework {

    private static final LocalDate FIRST_OFFENCE = LocalDate.of(2026, 9, 1);
    private static final String[] DESCRIPTIONS = {
        "Took a mobile phone from another child by threatening force",
        "Assault on a peer outside school",
        "Shoplifting from a supermarket with friends",
        "Criminal damage to a bus shelter",
        "Possession of cannabis",
        "Possession of a bladed article in a public place",
        "Took a vehicle without consent",
    };
    private static final OffenceCategory[] CATEGORIES = {
        OffenceCategory.ROBBERY,
        OffenceCategory.VIOLENCE_AGAINST_THE_PERSON,
        OffenceCategory.THEFT_AND_HANDLING,
        OffenceCategory.CRIMINAL_DAMAGE,
        OffenceCategory.DRUGS,
        OffenceCategory.OTHER,
        OffenceCategory.VEHICLE_THEFT,
    };

    private final Offences offences;
    private final Interventions interventions;

    DemoCasework(Offences offences, Interventions interventions) {
        this.offences = offences;
        this.interventions = interventions;
    }

    /** Records casework for every fourth child; {@code caseload} holds {child id, case manager id} pairs. */
    void seed(Random random, YouthJusticeService service, List<UUID[]> caseload) {
        var previous = SecurityContextHolder.getContext();
        try {
            actAsTheSeed(service);
            // Every fourth child from the fourth, which includes every child of demo.casemanager (every 12th).
            for (int i = 3; i < caseload.size(); i += 4) {
                UUID child = caseload.get(i)[0];
                UUID caseManager = caseload.get(i)[1];
                int kind = random.nextInt(CATEGORIES.length);
                LocalDate date = FIRST_OFFENCE.plusDays(random.nextInt(60));
                var offence = offences.record(
                        child,
                        new Offences.NewOffence(
                                date,
                                DESCRIPTIONS[kind],
                                CATEGORIES[kind],
                                random.nextBoolean() ? Plea.GUILTY : Plea.ADMITTED,
                                null,
                                kind == 0 || kind == 1,
                                kind == 5,
                                2 + random.nextInt(3),
                                0,
                                null));
                if (kind == 0 || kind == 1) {
                    offences.recordVictim(
                            offence.id(),
                            Victim.Kind.PERSON,
                            "Victim " + (i / 4 + 1) + " (fictional)",
                            "Via the police victim liaison officer",
                            "Would consider a letter of apology",
                            random.nextBoolean());
                }
                LocalDate start = date.plusDays(14 + random.nextInt(21));
                InterventionType type = switch (random.nextInt(4)) {
                    case 0, 1 -> InterventionType.REFERRAL_ORDER;
                    case 2 -> InterventionType.YOUTH_CONDITIONAL_CAUTION;
                    default -> InterventionType.YOUTH_REHABILITATION_ORDER;
                };
                interventions.start(
                        child,
                        new Interventions.NewIntervention(
                                type,
                                start,
                                type == InterventionType.YOUTH_CONDITIONAL_CAUTION
                                        ? start.plusMonths(3)
                                        : start.plusMonths(9),
                                caseManager,
                                List.of(offence.id())));
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The seed records as a system user of the demo service, so the audit trail says who: "demo-seed". */
    private static void actAsTheSeed(YouthJusticeService service) {
        CurrentUser seed = new CurrentUser(
                null,
                "demo-seed",
                "Demo seed",
                Set.of(Role.OPERATIONAL_MANAGER),
                Set.of(service.id()),
                CurrentUser.Channel.SYSTEM);
        CurrentUser.CurrentUserHolder principal = () -> seed;
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
    }
}
