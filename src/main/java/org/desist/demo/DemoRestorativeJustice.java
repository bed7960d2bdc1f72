package org.desist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.PanelKind;
import org.desist.order.PanelOutcome;
import org.desist.order.ReferralOrders;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Provisioning;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustice.Decision;
import org.desist.victim.RestorativeJustice.Kind;
import org.desist.victim.RestorativeJustices;
import org.desist.victim.Victim;
import org.desist.victim.Victims;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restorative justice at Northbridge with victims the demo already records, in its states: offered and declined,
 * consents pending, a risk assessment waiting for Marcus Reid's approval, a conference held with the victim very
 * satisfied, a letter of explanation delivered, and community reparation hours against a referral order's contract
 * (the victim wanted none). Ruth Okafor (demo.victims) does the work, Marcus Reid (demo.manager) approves; dates
 * are relative to today. Once: nothing when the first victim already has restorative justice.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoRestorativeJustice implements ApplicationRunner {

    private final Provisioning provisioning;
    private final Directory directory;
    private final Interventions interventions;
    private final CourtOrders orders;
    private final ReferralOrders referralOrders;
    private final Victims victims;
    private final RestorativeJustices rj;
    private final Clock clock;

    DemoRestorativeJustice(
            Provisioning provisioning,
            Directory directory,
            Interventions interventions,
            CourtOrders orders,
            ReferralOrders referralOrders,
            Victims victims,
            RestorativeJustices rj,
            Clock clock) {
        this.provisioning = provisioning;
        this.directory = directory;
        this.interventions = interventions;
        this.orders = orders;
        this.referralOrders = referralOrders;
        this.victims = victims;
        this.rj = rj;
        this.clock = clock;
    }

    /** A victim of an offence that an intervention in progress responds to. */
    private record Candidate(Intervention intervention, Victim victim) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        YouthJusticeService northbridge =
                provisioning.findServiceByCode(DemoServiceSeeder.NORTHBRIDGE).orElse(null);
        if (northbridge == null) {
            return;
        }
        CurrentUser ruth = person(northbridge, "demo.victims", "Ruth Okafor");
        CurrentUser marcus = person(northbridge, "demo.manager", "Marcus Reid");
        List<Candidate> candidates = DemoActor.as(ruth, () -> candidates());
        if (candidates.isEmpty()
                || DemoActor.as(
                        ruth,
                        () -> rj.withVictim(candidates.get(0).victim().id())
                                .rj()
                                .isPresent())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Candidate onContract = candidates.stream()
                .filter(c -> c.intervention().type() == InterventionType.REFERRAL_ORDER)
                .filter(c -> c.intervention().startDate() != null
                        && !c.intervention().startDate().isAfter(today.minusDays(21)))
                .findFirst()
                .orElse(null);
        List<Candidate> others = new ArrayList<>(candidates);
        others.remove(onContract);
        if (onContract != null) {
            signContract(northbridge, onContract.intervention(), today);
        }
        DemoActor.as(ruth, () -> {
            int n = 0;
            if (n < others.size()) {
                declined(others.get(n++).victim().id(), today);
            }
            if (n < others.size()) {
                rj.offer(others.get(n++).victim().id(), today.minusDays(4), RestorativeJustice.OfferedHow.LETTER, null);
            }
            if (n < others.size()) {
                waitingForApproval(others.get(n++).victim().id(), today);
            }
            if (n < others.size()) {
                UUID held = others.get(n++).victim().id();
                RestorativeJustice assessed = waitingForApproval(held, today.minusDays(8));
                RestorativeJustice r =
                        DemoActor.as(marcus, () -> rj.approveRisk(held, assessed.version(), today.minusDays(7)));
                r = rj.plan(held, r.version(), today.minusDays(3));
                r = rj.hold(held, r.version(), today.minusDays(3));
                rj.recordOutcome(
                        held,
                        r.version(),
                        RestorativeJustice.Outcome.AGREEMENT_REACHED,
                        "They met at the YJS office with two facilitators. The child apologised and agreed to help"
                                + " repair the fence.",
                        RestorativeJustice.Satisfaction.VERY_SATISFIED);
            }
            if (n < others.size()) {
                letter(others.get(n++).victim().id(), today);
            }
            if (onContract != null) {
                communityReparation(onContract, today);
            }
            return null;
        });
    }

    private void declined(UUID victim, LocalDate today) {
        RestorativeJustice r = rj.offer(victim, today.minusDays(12), RestorativeJustice.OfferedHow.PHONE, null);
        rj.victimDecides(victim, r.version(), Decision.REFUSED, today.minusDays(12));
    }

    /** Both consents, a conference chosen, and a risk assessment by Ruth Okafor (days before {@code from}). */
    private RestorativeJustice waitingForApproval(UUID victim, LocalDate from) {
        RestorativeJustice r =
                rj.offer(victim, from.minusDays(12), RestorativeJustice.OfferedHow.IN_PERSON, from.minusDays(11));
        r = rj.victimDecides(victim, r.version(), Decision.GIVEN, from.minusDays(8));
        r = rj.childDecides(victim, r.version(), Decision.GIVEN, from.minusDays(7));
        r = rj.choose(victim, r.version(), Kind.CONFERENCE, "Ruth Okafor");
        return rj.assessRisk(
                victim,
                r.version(),
                from.minusDays(1),
                "No contact between them since the offence. Meet at the YJS office on a weekday afternoon, two"
                        + " facilitators, the victim's partner may attend; the child's mother attends.");
    }

    private void letter(UUID victim, LocalDate today) {
        RestorativeJustice r =
                rj.offer(victim, today.minusDays(20), RestorativeJustice.OfferedHow.PHONE, today.minusDays(19));
        r = rj.victimDecides(victim, r.version(), Decision.GIVEN, today.minusDays(19));
        r = rj.childDecides(victim, r.version(), Decision.GIVEN, today.minusDays(18));
        r = rj.choose(victim, r.version(), Kind.LETTER, "Ruth Okafor");
        r = rj.plan(victim, r.version(), today.minusDays(9));
        r = rj.hold(victim, r.version(), today.minusDays(8));
        rj.recordOutcome(
                victim,
                r.version(),
                RestorativeJustice.Outcome.LETTER_DELIVERED,
                "A letter of explanation, written with the case manager, handed over by Ruth Okafor.",
                RestorativeJustice.Satisfaction.SATISFIED);
    }

    /** The victim wanted no contact; the child does reparation to the community against the contract. */
    private void communityReparation(Candidate c, LocalDate today) {
        UUID victim = c.victim().id();
        RestorativeJustice r =
                rj.offer(victim, today.minusDays(18), RestorativeJustice.OfferedHow.PHONE, today.minusDays(16));
        r = rj.victimDecides(victim, r.version(), Decision.REFUSED, today.minusDays(17));
        r = rj.childDecides(victim, r.version(), Decision.GIVEN, today.minusDays(16));
        r = rj.choose(victim, r.version(), Kind.COMMUNITY_REPARATION, "Ruth Okafor");
        rj.recordReparation(victim, r.version(), "contract:" + c.intervention().id(), 10, 6);
    }

    /** The referral order's initial panel and contract (with its reparation), when not recorded yet. */
    private void signContract(YouthJusticeService service, Intervention order, LocalDate today) {
        DemoActor.as(
                DemoActor.of(
                        null, "demo-seed", "Demo seed", org.desist.security.Role.OPERATIONAL_MANAGER, service.id()),
                () -> {
                    CourtOrder current = orders.get(order.id());
                    if (current.contract() != null) {
                        return null;
                    }
                    LocalDate panel = order.startDate().plusDays(14).isAfter(today)
                            ? today
                            : order.startDate().plusDays(14);
                    if (current.panels().stream().noneMatch(p -> p.kind() == PanelKind.INITIAL)) {
                        referralOrders.recordPanel(
                                order.id(),
                                current.version(),
                                new ReferralOrders.NewPanel(
                                        PanelKind.INITIAL,
                                        panel,
                                        List.of("Helen Ashworth", "Derek Moss"),
                                        "Marcus Reid",
                                        true,
                                        null,
                                        panel.minusDays(2),
                                        PanelOutcome.CONTRACT_AGREED,
                                        null));
                        current = orders.get(order.id());
                    }
                    LocalDate signed = current.panels().stream()
                            .filter(p -> p.kind() == PanelKind.INITIAL)
                            .map(p -> p.heldOn())
                            .findFirst()
                            .orElse(panel);
                    referralOrders.signContract(
                            order.id(),
                            current.version(),
                            new ReferralOrders.NewContract(
                                    signed,
                                    "10 hours of reparation to the community: litter picking and repainting at the"
                                            + " Northbridge community garden",
                                    List.of("Weekly supervision", "Victim awareness sessions")));
                    return null;
                });
    }

    /** Victims of offences of the interventions in progress, each once, people first. */
    private List<Candidate> candidates() {
        List<Candidate> found = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (Intervention i : interventions.inProgressInYourServices()) {
            for (UUID offence : interventions.offenceIds(i.id())) {
                for (Victim v : victims.ofOffence(offence)) {
                    if (v.kind() == Victim.Kind.PERSON && seen.add(v.id())) {
                        found.add(new Candidate(i, v));
                    }
                }
            }
        }
        found.sort(java.util.Comparator.comparing((Candidate c) -> c.victim().id()));
        return found;
    }

    private CurrentUser person(YouthJusticeService service, String username, String name) {
        StaffMember member = directory.membersNamed(service.id(), name).stream()
                .filter(s -> s.username().equals(username))
                .findFirst()
                .orElseThrow();
        return DemoActor.of(member, service.id());
    }
}
