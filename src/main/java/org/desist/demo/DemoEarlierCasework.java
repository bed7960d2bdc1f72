package org.desist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.YouthJusticeService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Work that has already ended, for some of the children with no current casework: court orders that started six to
 * nine months before the demo mock inspection's fieldwork date and out-of-court disposals that started three to five
 * months before it, so the inspection's sample has a population to be drawn from (HMIP inspection methodology: the
 * eligible cases are those whose disposal started in those windows, whatever their status now). Each order ran its
 * course and was closed as completed, so none leaves a due item open today; each has its assessment, completed in
 * AssetPlus before the move to Desist and recorded afterwards ({@link DemoEarlierAssessments}). Recorded after the
 * case journeys, with its own seed, so the rest of the demo is unchanged.
 */
@Component
class DemoEarlierCasework {

    private static final long SEED = 20_260_917L;
    static final int COURT_ORDERS = 10;
    static final int OUT_OF_COURT = 6;

    private final Offences offences;
    private final Interventions interventions;
    private final ChildRecords children;
    private final DemoEarlierAssessments assessments;
    private final Clock clock;

    DemoEarlierCasework(
            Offences offences,
            Interventions interventions,
            ChildRecords children,
            DemoEarlierAssessments assessments,
            Clock clock) {
        this.offences = offences;
        this.interventions = interventions;
        this.children = children;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** The demo mock inspection's fieldwork date: three weeks before the day the demo is seeded. */
    static LocalDate fieldwork(LocalDate today) {
        return today.minusWeeks(3);
    }

    /**
     * Records the ended work for children of {@code caseload} ({child id, case manager id} pairs) from the second,
     * every fourth (those {@link DemoCasework} leaves without casework, none of them demo.casemanager's).
     */
    void seed(YouthJusticeService service, List<UUID[]> caseload) {
        var previous = SecurityContextHolder.getContext();
        try {
            DemoCasework.actAsTheSeed(service);
            Random random = new Random(SEED);
            DemoEarlierAssessments.Recorder assessed = assessments.recorder();
            LocalDate today = LocalDate.now(clock);
            LocalDate fieldwork = fieldwork(today);
            int court = 0;
            int outOfCourt = 0;
            for (int i = 1; i < caseload.size() && (court < COURT_ORDERS || outOfCourt < OUT_OF_COURT); i += 4) {
                AccessibleChild child = children.responsibleChild(caseload.get(i)[0]);
                UUID caseManager = caseload.get(i)[1];
                boolean isCourt = court < COURT_ORDERS && (outOfCourt >= OUT_OF_COURT || random.nextInt(8) < 5);
                // Court orders start 6–9 months before the fieldwork date, out-of-court disposals 3–5 months.
                LocalDate start = isCourt
                        ? fieldwork.minusMonths(6).minusDays(7 + random.nextInt(75))
                        : fieldwork.minusMonths(3).minusDays(7 + random.nextInt(45));
                LocalDate offenceDate = start.minusDays(isCourt ? 45 + random.nextInt(30) : 20 + random.nextInt(10));
                if (offenceDate.isBefore(child.summary().dateOfBirth().plusYears(10))) {
                    continue; // under the age of criminal responsibility then
                }
                UUID offence = offence(random, child, offenceDate, isCourt);
                if (isCourt) {
                    courtOrder(random, assessed, child, caseManager, offence, start, today);
                    court++;
                } else {
                    outOfCourt(random, assessed, child, caseManager, offence, start, today);
                    outOfCourt++;
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private UUID offence(Random random, AccessibleChild child, LocalDate date, boolean court) {
        int kind = random.nextInt(4);
        String[] descriptions = court
                ? new String[] {
                    "Robbery of a mobile phone from another child",
                    "Assault occasioning actual bodily harm",
                    "Burglary of a dwelling with an older co-accused",
                    "Possession of a bladed article in a public place"
                }
                : new String[] {
                    "Theft from a shop",
                    "Criminal damage to a school window",
                    "Possession of cannabis",
                    "Common assault on a peer"
                };
        OffenceCategory[] categories = court
                ? new OffenceCategory[] {
                    OffenceCategory.ROBBERY,
                    OffenceCategory.VIOLENCE_AGAINST_THE_PERSON,
                    OffenceCategory.OTHER,
                    OffenceCategory.OTHER
                }
                : new OffenceCategory[] {
                    OffenceCategory.THEFT_AND_HANDLING,
                    OffenceCategory.CRIMINAL_DAMAGE,
                    OffenceCategory.DRUGS,
                    OffenceCategory.VIOLENCE_AGAINST_THE_PERSON
                };
        return offences.record(
                        child,
                        new Offences.NewOffence(
                                date,
                                descriptions[kind],
                                categories[kind],
                                random.nextBoolean() ? Plea.GUILTY : Plea.ADMITTED,
                                null,
                                court && kind < 2,
                                court && kind == 3,
                                court ? 3 + random.nextInt(2) : 1 + random.nextInt(2),
                                0,
                                null))
                .id();
    }

    /** A referral order (most) or a youth rehabilitation order of six months, completed. */
    private void courtOrder(
            Random random,
            DemoEarlierAssessments.Recorder assessed,
            AccessibleChild child,
            UUID caseManager,
            UUID offence,
            LocalDate start,
            LocalDate today) {
        InterventionType type =
                random.nextInt(4) == 0 ? InterventionType.YOUTH_REHABILITATION_ORDER : InterventionType.REFERRAL_ORDER;
        LocalDate end = start.plusMonths(6);
        Intervention order = interventions.start(
                child, new Interventions.NewIntervention(type, start, end, caseManager, List.of(offence)));
        assessed.record(order, true, earliest(end, today.minusDays(1)));
        completed(
                interventions.get(order.id()),
                earliest(end, today.minusDays(1)),
                "Order completed; the child continues with the ETE worker's support.");
    }

    /** A community resolution, youth caution or youth conditional caution, concluded. */
    private void outOfCourt(
            Random random,
            DemoEarlierAssessments.Recorder assessed,
            AccessibleChild child,
            UUID caseManager,
            UUID offence,
            LocalDate start,
            LocalDate today) {
        InterventionType type = switch (random.nextInt(3)) {
            case 0 -> InterventionType.COMMUNITY_RESOLUTION;
            case 1 -> InterventionType.YOUTH_CAUTION;
            default -> InterventionType.YOUTH_CONDITIONAL_CAUTION;
        };
        LocalDate end = start.plusMonths(3);
        Intervention disposal = interventions.start(
                child,
                new Interventions.NewIntervention(
                        type,
                        start,
                        type == InterventionType.YOUTH_CONDITIONAL_CAUTION ? end : null,
                        caseManager,
                        List.of(offence)));
        assessed.record(disposal, false, earliest(end, today.minusDays(1)));
        completed(
                interventions.get(disposal.id()),
                earliest(end, today.minusDays(1)),
                "Voluntary work completed; signposted to the local youth club.");
    }

    private void completed(Intervention work, LocalDate on, String exitStrategy) {
        interventions.close(work.id(), work.version(), ClosureReason.COMPLETED, exitStrategy, on);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
