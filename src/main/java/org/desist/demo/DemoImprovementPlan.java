package org.desist.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.quality.Framework;
import org.desist.quality.Frameworks;
import org.desist.quality.ImprovementAction;
import org.desist.quality.ImprovementAction.Status;
import org.desist.quality.ImprovementActions;
import org.desist.quality.ImprovementPlan;
import org.desist.quality.ImprovementPlan.AddressedTo;
import org.desist.quality.ImprovementPlan.Partner;
import org.desist.quality.ImprovementPlans;
import org.desist.quality.PublishedInspection;
import org.desist.quality.PublishedInspections;
import org.desist.quality.Rating;
import org.desist.security.Directory;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northbridge's last published inspection (under the 2018 standards, rated Requires improvement overall) and the
 * improvement plan that answers its recommendations: four recommendations (to the service, its Management Board and
 * two partners) with eight actions owned by demo staff — three complete, one no longer needed, three in progress (one
 * of them overdue, so the head of service sees it) and one not started. Entered through the quality services, each
 * change as the person who would make it, so the audit trail reads as it would in a real service.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoImprovementPlan implements ApplicationRunner {

    /** The inspection was published under the 2018 standards, which inspectors used until June 2021. */
    static final LocalDate PUBLISHED_ON = LocalDate.of(2021, 5, 20);

    static final LocalDate PLAN_DATE = LocalDate.of(2021, 6, 14);

    private final PublishedInspections inspections;
    private final ImprovementPlans plans;
    private final ImprovementActions actions;
    private final Frameworks frameworks;
    private final Provisioning provisioning;
    private final Directory directory;
    private final Clock clock;

    DemoImprovementPlan(
            PublishedInspections inspections,
            ImprovementPlans plans,
            ImprovementActions actions,
            Frameworks frameworks,
            Provisioning provisioning,
            Directory directory,
            Clock clock) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.inspections = inspections;
        this.plans = plans;
        this.actions = actions;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /**
     * After {@link DemoServiceSeeder} (order 10), in one transaction: seeds them once Northbridge exists and has no
     * published inspection yet (so a restart changes nothing).
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        YouthJusticeService northbridge =
                provisioning.findServiceByCode(DemoServiceSeeder.NORTHBRIDGE).orElse(null);
        if (northbridge == null) {
            return;
        }
        Person qa = person(northbridge, "demo.qa", "Colin Marsh", Role.QA_LEAD);
        if (!as(qa, inspections::mine).isEmpty()) {
            return;
        }
        seed(northbridge, qa);
    }

    private Person person(YouthJusticeService service, String username, String name, Role role) {
        UUID id = directory.membersNamed(service.id(), name).stream()
                .filter(s -> s.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        return new Person(id, username, name, role, service.id());
    }

    private void seed(YouthJusticeService northbridge, Person qa) {
        LocalDate today = LocalDate.now(clock);
        Person head = person(northbridge, "demo.headofservice", "Janet Okoye", Role.HEAD_OF_SERVICE);
        Person manager = person(northbridge, "demo.manager", "Marcus Reid", Role.OPERATIONAL_MANAGER);
        Person caseManager = person(northbridge, "demo.casemanager", "Priya Sharma", Role.CASE_MANAGER);
        Person police = person(northbridge, "demo.police", "PC Dan Whitfield", Role.CASE_MANAGER);
        Person nurse = person(northbridge, "demo.health", "Aisha Bello", Role.SPECIALIST_WORKER);

        PublishedInspection inspection = as(qa, () -> inspections.enter(northbridge.id(), "HMIP-2018", report()));
        ImprovementPlan plan = as(
                qa,
                () -> plans.start(
                        northbridge.id(),
                        "Improvement plan after the 2021 inspection",
                        PLAN_DATE,
                        inspection.id(),
                        null));
        plan = recommend(
                qa,
                plan,
                "Improve the quality of assessment and planning so that they analyse how to keep the child safe and"
                        + " other people safe, and set out contingency arrangements for the risks identified.",
                AddressedTo.SERVICE,
                null);
        plan = recommend(
                qa,
                plan,
                "The Management Board should understand the profile of the children the service works with and hold"
                        + " partners to account for their contribution to the service's work.",
                AddressedTo.BOARD,
                null);
        plan = recommend(
                qa,
                plan,
                "Northbridge Police should make out-of-court disposal decisions jointly with the service, informed by"
                        + " the service's assessment of the child.",
                AddressedTo.PARTNER,
                Partner.POLICE);
        plan = recommend(
                qa,
                plan,
                "Health partners should make sure that children open to the service get timely access to emotional"
                        + " and mental health services.",
                AddressedTo.PARTNER,
                Partner.HEALTH);
        UUID assessment = plan.recommendations().get(0).id();
        UUID board = plan.recommendations().get(1).id();
        UUID outOfCourt = plan.recommendations().get(2).id();
        UUID health = plan.recommendations().get(3).id();

        ImprovementPlan p = plan;
        ImprovementAction training = add(
                qa,
                p,
                assessment,
                "Deliver refresher training on analysing safety and wellbeing and risk of serious harm in AssetPlus"
                        + " to every case manager",
                manager,
                LocalDate.of(2021, 10, 29));
        progress(
                manager,
                training,
                LocalDate.of(2021, 9, 8),
                "Two of the three sessions delivered.",
                Status.IN_PROGRESS,
                null);
        progress(
                manager,
                training,
                LocalDate.of(2021, 10, 22),
                "Final session delivered; 23 of 24 case managers attended, the last one trained individually.",
                Status.COMPLETE,
                null);
        ImprovementAction audits = add(
                qa,
                p,
                assessment,
                "Audit ten court cases a quarter for safety and risk planning, with written feedback to each case"
                        + " manager",
                qa,
                today.plusMonths(2));
        progress(
                qa,
                audits,
                today.minusDays(40),
                "This quarter's ten cases audited: seven plans had contingency arrangements for the risks identified.",
                Status.IN_PROGRESS,
                null);
        ImprovementAction contingency = add(
                qa,
                p,
                assessment,
                "Add a contingency section to the plan review template and use it at every review",
                caseManager,
                today.minusDays(10));
        progress(
                caseManager,
                contingency,
                today.minusDays(30),
                "Draft template shared with the North team for comments.",
                Status.IN_PROGRESS,
                null);

        ImprovementAction profile = add(
                qa,
                p,
                board,
                "Present a quarterly profile of the children the service works with to the Board",
                head,
                LocalDate.of(2022, 1, 31));
        progress(
                head,
                profile,
                LocalDate.of(2022, 1, 20),
                "First profile presented (age, ethnicity, looked-after status, disposals); now a standing item.",
                Status.COMPLETE,
                null);
        ImprovementAction membership = add(
                qa,
                p,
                board,
                "Review the Board's membership and attendance, and agree an induction for new members",
                head,
                today.plusMonths(1));
        progress(
                head,
                membership,
                today.minusDays(14),
                "Attendance reviewed: education and health attend less than half the meetings. Induction pack drafted.",
                Status.IN_PROGRESS,
                null);

        ImprovementAction protocol = add(
                qa,
                p,
                outOfCourt,
                "Agree a joint decision-making protocol for out-of-court disposals with Northbridge Police",
                police,
                LocalDate.of(2021, 12, 17));
        progress(
                police,
                protocol,
                LocalDate.of(2021, 12, 10),
                "Protocol signed by the service and the police; the joint panel now records its rationale.",
                Status.COMPLETE,
                null);
        add(
                qa,
                p,
                outOfCourt,
                "Audit the joint panel's decisions and rationales over six months",
                qa,
                today.plusMonths(3));

        ImprovementAction camhs = add(
                qa,
                p,
                health,
                "Agree a fast-track referral route to CAMHS for children open to the service",
                nurse,
                LocalDate.of(2022, 3, 31));
        progress(
                nurse,
                camhs,
                LocalDate.of(2022, 2, 15),
                "Health commissioned an emotional health in-reach worker based at the service instead.",
                Status.NO_LONGER_NEEDED,
                "Replaced by the emotional health in-reach service commissioned in February 2022");

        as(
                qa,
                () -> plans.recordBoardReview(
                        p.id(),
                        p.version(),
                        LocalDate.of(2021, 9, 23),
                        "The Board agreed the plan and asked for progress at each meeting."));
        ImprovementPlan reviewed = as(qa, () -> plans.get(p.id()));
        as(
                qa,
                () -> plans.recordBoardReview(
                        reviewed.id(),
                        reviewed.version(),
                        today.minusMonths(2),
                        "Good progress on out-of-court work. The Board asked for the contingency template to be in use by the"
                                + " next meeting and for health and education to confirm their attendance."));
    }

    /** A person acting in the demo, with their one role. */
    private record Person(UUID id, String username, String name, Role role, UUID serviceId) {}

    private ImprovementPlan recommend(Person by, ImprovementPlan plan, String text, AddressedTo to, Partner partner) {
        return as(by, () -> plans.addRecommendation(plan.id(), plan.version(), text, to, partner, null));
    }

    private ImprovementAction add(
            Person by, ImprovementPlan plan, UUID recommendation, String description, Person owner, LocalDate due) {
        return as(by, () -> actions.add(plan.id(), recommendation, description, owner.id(), due));
    }

    private void progress(
            Person by, ImprovementAction action, LocalDate on, String text, Status status, String reason) {
        as(by, () -> {
            ImprovementAction current = actions.get(action.id());
            return actions.recordProgress(action.id(), current.version(), on, text, status, reason);
        });
    }

    /**
     * The report's figures: assessment, planning and reviewing below the mark for keeping people safe (planning for
     * others' safety at 48%, Inadequate), out-of-court work stronger; 18 of 36, Requires improvement.
     */
    private PublishedInspection.Report report() {
        Map<String, double[]> byStandard = Map.of(
                "2.1", new double[] {71, 62, 58},
                "2.2", new double[] {66, 55, 48},
                "2.3", new double[] {78, 70, 66},
                "2.4", new double[] {68, 60, 52},
                "3.1", new double[] {80, 73, 65},
                "3.2", new double[] {75, 61, 57},
                "3.3", new double[] {82, 76, 70},
                "3.4", new double[] {85, 80});
        Map<String, Rating> organisational = Map.of(
                "1.1", Rating.REQUIRES_IMPROVEMENT,
                "1.2", Rating.GOOD,
                "1.3", Rating.REQUIRES_IMPROVEMENT,
                "1.4", Rating.GOOD);
        // As published: each case-based standard the band of its lowest key question.
        Map<String, Rating> published = new LinkedHashMap<>(organisational);
        published.putAll(Map.of(
                "2.1", Rating.REQUIRES_IMPROVEMENT,
                "2.2", Rating.INADEQUATE,
                "2.3", Rating.GOOD,
                "2.4", Rating.REQUIRES_IMPROVEMENT,
                "3.1", Rating.GOOD,
                "3.2", Rating.REQUIRES_IMPROVEMENT,
                "3.3", Rating.GOOD,
                "3.4", Rating.OUTSTANDING));
        Framework framework = frameworks.find("HMIP-2018").orElseThrow();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (Framework.Standard s : framework.standards()) {
            if (s.caseBased()) {
                double[] values = byStandard.get(s.number());
                for (int i = 0; i < s.keyQuestions().size(); i++) {
                    figures.put(s.keyQuestions().get(i).number(), BigDecimal.valueOf(values[i]));
                }
            }
        }
        return new PublishedInspection.Report(
                "An inspection of youth offending services in Northbridge",
                PUBLISHED_ON,
                null,
                organisational,
                figures,
                published,
                Rating.REQUIRES_IMPROVEMENT);
    }

    private static <T> T as(Person person, Supplier<T> work) {
        return DemoActor.as(
                DemoActor.of(person.id(), person.username(), person.name(), person.role(), person.serviceId()), work);
    }
}
