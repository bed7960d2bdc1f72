package org.desist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtKind;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.court.HearingType;
import org.desist.court.ReportType;
import org.desist.court.SentenceType;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Outcome;
import org.desist.outofcourt.Referral;
import org.desist.outofcourt.SourceConsulted;
import org.desist.security.Agency;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.desist.victim.Victim;
import org.desist.victim.Victims;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Offences, victims and their casework for about a quarter of the demo children, recorded through the same
 * services as the pages: police referrals for out-of-court disposals (some still being assessed, some decided
 * by the joint panel) and court cases (some awaiting their pre-sentence report, some sentenced to a referral
 * order or youth rehabilitation order). Their due items appear on My work at every stage.
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
    private final Victims victims;
    private final OutOfCourtDisposals disposals;
    private final CourtWork court;
    private final ChildRecords children;
    private final Clock clock;

    DemoCasework(
            Offences offences,
            Victims victims,
            OutOfCourtDisposals disposals,
            CourtWork court,
            ChildRecords children,
            Clock clock) {
        this.offences = offences;
        this.victims = victims;
        this.children = children;
        this.disposals = disposals;
        this.court = court;
        this.clock = clock;
    }

    /** Records casework for every fourth child; {@code caseload} holds {child id, case manager id} pairs. */
    void seed(Random random, YouthJusticeService service, List<UUID[]> caseload) {
        var previous = SecurityContextHolder.getContext();
        try {
            actAsTheSeed(service);
            LocalDate today = LocalDate.now(clock);
            // Every fourth child from the fourth, which includes every child of demo.casemanager (every 12th).
            for (int i = 3; i < caseload.size(); i += 4) {
                UUID child = caseload.get(i)[0];
                UUID caseManager = caseload.get(i)[1];
                int kind = random.nextInt(CATEGORIES.length);
                // Offences from 3 weeks to 4 months ago, so the work they started is at every stage today.
                LocalDate date = latest(FIRST_OFFENCE, today.minusDays(21 + random.nextInt(100)));
                var offence = offences.record(
                        children.responsibleChild(child),
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
                    victims.record(
                            offence.id(),
                            Victim.Kind.PERSON,
                            "Victim " + (i / 4 + 1) + " (fictional)",
                            "Via the police victim liaison officer",
                            "Would consider a letter of apology",
                            random.nextBoolean());
                }
                if (random.nextInt(10) < 4) {
                    outOfCourt(random, child, caseManager, offence.id(), date, today);
                } else {
                    court(random, child, caseManager, offence.id(), date, today);
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * A police referral for an out-of-court disposal: still being assessed when recent, otherwise screened and
     * decided by the joint panel (community resolution, youth caution or youth conditional caution).
     */
    private void outOfCourt(
            Random random, UUID child, UUID caseManager, UUID offence, LocalDate date, LocalDate today) {
        LocalDate referred = earliest(today, date.plusDays(3 + random.nextInt(10)));
        LocalDate bail = referred.plusDays(14);
        Referral referral = disposals.refer(
                children.responsibleChild(child),
                new OutOfCourtDisposals.NewReferral(
                        referred,
                        "NB/" + referred.getYear() + "/" + (1000 + random.nextInt(9000)),
                        "PC Morgan (fictional)",
                        bail,
                        caseManager,
                        List.of(offence)));
        if (referred.plusDays(30).isAfter(today)) {
            return; // still being assessed: its assessment and decision are due on My work
        }
        referral = disposals.recordScreening(
                referral.id(),
                referral.version(),
                new OutOfCourtDisposals.NewScreening(
                        referred.plusDays(6),
                        "Met the child and their parent at home; accepts responsibility and is willing to engage.",
                        Set.of(
                                SourceConsulted.POLICE_INTELLIGENCE,
                                SourceConsulted.SOCIAL_CARE,
                                SourceConsulted.EDUCATION),
                        List.of()));
        Outcome outcome = switch (random.nextInt(3)) {
            case 0 -> Outcome.COMMUNITY_RESOLUTION;
            case 1 -> Outcome.YOUTH_CAUTION;
            default -> Outcome.YOUTH_CONDITIONAL_CAUTION;
        };
        boolean conditional = outcome == Outcome.YOUTH_CONDITIONAL_CAUTION;
        LocalDate panel = bail.plusDays(7);
        disposals.recordPanelDecision(
                referral.id(),
                referral.version(),
                new OutOfCourtDisposals.NewPanelDecision(
                        panel,
                        List.of(
                                new Referral.Attendee("Sergeant Price (fictional)", Agency.POLICE),
                                new Referral.Attendee("Out-of-court worker (fictional)", Agency.YOUTH_JUSTICE_SERVICE)),
                        outcome,
                        outcome,
                        "Admitted the offence, no previous outcomes; the victim supports a restorative outcome.",
                        conditional ? "Six sessions of victim awareness work and a letter of apology" : null,
                        conditional ? panel.plusMonths(3) : null,
                        panel));
    }

    /**
     * Court: a first hearing adjourned for a pre-sentence report; once the sentencing hearing has passed, the
     * report quality assured and submitted and a referral order or youth rehabilitation order made.
     */
    private void court(Random random, UUID child, UUID caseManager, UUID offence, LocalDate date, LocalDate today) {
        LocalDate first = weekday(earliest(today, date.plusDays(14 + random.nextInt(14))));
        LocalDate sentencing = first.plusDays(28);
        AccessibleChild theChild = children.responsibleChild(child);
        CourtAppearance appearance = court.recordAppearance(
                theChild,
                new CourtWork.NewAppearance(
                        first,
                        "Northbridge Youth Court",
                        CourtKind.YOUTH_COURT,
                        HearingType.FIRST,
                        List.of(offence),
                        org.desist.court.Outcome.ADJOURNED,
                        "Adjourned for a pre-sentence report",
                        sentencing,
                        "Has an education, health and care plan: short questions, and time to answer"));
        CourtReport report = court.requestReport(
                appearance.id(),
                new CourtWork.NewReport(ReportType.PRE_SENTENCE, sentencing.minusDays(7), caseManager, null, null));
        if (sentencing.isAfter(today)) {
            return; // the report is still being written: due on My work
        }
        report = court.qualityAssure(report.id(), report.version());
        court.submit(report.id(), report.version(), sentencing.minusDays(8));
        CourtAppearance sentenced = court.recordAppearance(
                theChild,
                new CourtWork.NewAppearance(
                        sentencing,
                        "Northbridge Youth Court",
                        CourtKind.YOUTH_COURT,
                        HearingType.SENTENCE,
                        List.of(offence),
                        org.desist.court.Outcome.SENTENCED,
                        null,
                        null,
                        null));
        boolean referralOrder = random.nextInt(3) > 0;
        court.recordSentence(
                sentenced.id(),
                new CourtWork.NewSentence(
                        referralOrder ? SentenceType.REFERRAL_ORDER : SentenceType.YOUTH_REHABILITATION_ORDER,
                        sentencing,
                        null,
                        referralOrder ? 6 + 3 * random.nextInt(3) : 12,
                        caseManager));
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Courts sit on weekdays: a weekend date moves back to the Friday. */
    private static LocalDate weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
    }

    /** The seed records as a system user of the demo service, so the audit trail says who: "demo-seed". */
    static void actAsTheSeed(YouthJusticeService service) {
        DemoActor.actAs(DemoActor.of(null, "demo-seed", "Demo seed", Role.OPERATIONAL_MANAGER, service.id()));
    }
}
