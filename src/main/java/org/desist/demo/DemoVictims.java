package org.desist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.platform.Clocks;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Provisioning;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.desist.victim.VictimConsent;
import org.desist.victim.VictimContact;
import org.desist.victim.VictimOffer;
import org.desist.victim.VictimWork;
import org.desist.victim.VictimWorks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victim work on Northbridge's demo victims (their names are fictional, "Victim 3 (fictional)"), allocated to
 * demo.victims (Ruth Okafor, victim worker), in each state a victim worker meets: not yet contacted, attempts without
 * reply, contacted with consent and wishes shared, consent refused, consent withdrawn, referred to a support
 * service, a victim eligible for the Victim Contact Service referred to the VLU (when the demo has one), closed —
 * and one left unallocated for the manager. Through the victim services as Ruth, so the trail reads as it would.
 */
@Component
@Order(12)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoVictims implements ApplicationRunner {

    private final VictimWorks works;
    private final Provisioning provisioning;
    private final Directory directory;
    private final Clock clock;

    DemoVictims(VictimWorks works, Provisioning provisioning, Directory directory, Clock clock) {
        this.works = works;
        this.provisioning = provisioning;
        this.directory = directory;
        this.clock = clock;
    }

    /** After the casework (order 10): once, while no demo victim is allocated yet (so a restart changes nothing). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        YouthJusticeService northbridge =
                provisioning.findServiceByCode(DemoServiceSeeder.NORTHBRIDGE).orElse(null);
        if (northbridge == null) {
            return;
        }
        StaffMember ruth = directory.membersNamed(northbridge.id(), "Ruth Okafor").stream()
                .filter(s -> s.username().equals("demo.victims"))
                .findFirst()
                .orElse(null);
        if (ruth == null) {
            return;
        }
        CurrentUser worker = DemoActor.of(ruth, northbridge.id());
        List<VictimWork> all = as(worker, () -> works.ofServices(null)).stream()
                .map(VictimWorks.Entry::work)
                .toList();
        if (all.isEmpty() || all.stream().anyMatch(w -> w.workerId() != null)) {
            return;
        }
        seed(worker, all);
    }

    private void seed(CurrentUser ruth, List<VictimWork> victims) {
        LocalDate today = LocalDate.now(clock);
        UUID eligible = victims.stream()
                .filter(w -> as(ruth, () -> works.eligibleForVictimContactService(w)))
                .map(VictimWork::id)
                .findFirst()
                .orElse(null);
        int state = 0;
        for (VictimWork w : victims) {
            if (state == 8) {
                break; // the rest stay unallocated, for the manager's "All victims"
            }
            VictimWork v = as(ruth, () -> works.allocate(w.id(), w.version(), ruth.id()));
            if (w.id().equals(eligible)) {
                contacted(ruth, v, today.minusDays(12));
                v = works(ruth, v.id());
                long version = v.version();
                as(
                        ruth,
                        () -> works.referToVictimLiaisonUnit(
                                w.id(),
                                version,
                                today.minusDays(8),
                                "Referred through the seconded probation officer, who will confirm the VLU contact"));
                continue;
            }
            switch (state++) {
                case 0 -> {} // allocated today, not yet contacted: a first attempt is due
                case 1 -> {
                    v = attempt(ruth, v, today.minusDays(9), VictimContact.Method.PHONE);
                    v = attempt(ruth, v, today.minusDays(6), VictimContact.Method.LETTER);
                }
                case 2 -> contacted(ruth, v, today.minusDays(10));
                case 3 -> {
                    v = attempt(ruth, v, today.minusDays(14), VictimContact.Method.PHONE);
                    consent(ruth, v, VictimConsent.Decision.REFUSED, today.minusDays(14), "Does not want contact");
                }
                case 4 -> {
                    v = contacted(ruth, v, today.minusDays(30));
                    consent(ruth, v, VictimConsent.Decision.WITHDRAWN, today.minusDays(5), "Asked for no more calls");
                }
                case 5 -> {
                    v = contacted(ruth, v, today.minusDays(20));
                    long version = v.version();
                    as(
                            ruth,
                            () -> works.referToSupport(
                                    w.id(),
                                    version,
                                    "Northbridge Victim Support Hub (fictional)",
                                    today.minusDays(19),
                                    "Wants help with the cost of a new phone and someone to talk to"));
                }
                case 6 -> {
                    v = contacted(ruth, v, today.minusDays(60));
                    long version = v.version();
                    as(
                            ruth,
                            () -> works.close(
                                    w.id(),
                                    version,
                                    today,
                                    "Offers made and answered; the victim wants no further updates"));
                }
                default -> {}
            }
        }
    }

    private VictimWork works(CurrentUser ruth, UUID id) {
        return as(ruth, () -> works.get(id));
    }

    private VictimWork attempt(CurrentUser ruth, VictimWork v, LocalDate on, VictimContact.Method method) {
        return as(
                ruth,
                () -> works.recordContact(
                        v.id(),
                        v.version(),
                        new VictimContact(
                                null,
                                at(on, 10),
                                method,
                                VictimContact.With.VICTIM,
                                false,
                                method == VictimContact.Method.PHONE ? "No answer; left a voicemail" : null,
                                null,
                                null,
                                null)));
    }

    /** Reached at home, consent to contact and sharing given, wishes shared, the Victims' Code offers made. */
    private VictimWork contacted(CurrentUser ruth, VictimWork start, LocalDate on) {
        VictimWork v = as(
                ruth,
                () -> works.recordContact(
                        start.id(),
                        start.version(),
                        new VictimContact(
                                null,
                                at(on, 14),
                                VictimContact.Method.VISIT,
                                VictimContact.With.VICTIM,
                                true,
                                "Met at home; explained the service's role and the Victims' Code",
                                null,
                                null,
                                null)));
        for (VictimConsent.Subject subject : VictimConsent.Subject.values()) {
            VictimWork before = v;
            v = as(
                    ruth,
                    () -> works.recordConsent(
                            before.id(),
                            before.version(),
                            new VictimConsent(
                                    null,
                                    subject,
                                    VictimConsent.Decision.GIVEN,
                                    on,
                                    VictimConsent.LawfulBasis.CONSENT,
                                    null,
                                    null,
                                    null)));
        }
        VictimWork consented = v;
        v = as(
                ruth,
                () -> works.recordWishes(
                        consented.id(),
                        consented.version(),
                        new VictimWork.Wishes(
                                "Would like the child to understand how it felt",
                                "Prefers calls after 5pm",
                                "Would welcome a letter of apology; open to a meeting later",
                                "Weekday evenings",
                                true)));
        for (VictimOffer.Offer offer : VictimOffer.Offer.values()) {
            VictimWork before = v;
            v = as(
                    ruth,
                    () -> works.recordOffer(
                            before.id(),
                            before.version(),
                            offer,
                            on,
                            offer == VictimOffer.Offer.PERSONAL_STATEMENT
                                    ? VictimOffer.Response.DECLINED
                                    : VictimOffer.Response.ACCEPTED));
        }
        return v;
    }

    private void consent(CurrentUser ruth, VictimWork v, VictimConsent.Decision decision, LocalDate on, String note) {
        as(
                ruth,
                () -> works.recordConsent(
                        v.id(),
                        v.version(),
                        new VictimConsent(
                                null,
                                VictimConsent.Subject.CONTACT,
                                decision,
                                on,
                                VictimConsent.LawfulBasis.CONSENT,
                                note,
                                null,
                                null)));
    }

    private static java.time.Instant at(LocalDate on, int hour) {
        return ZonedDateTime.of(on, java.time.LocalTime.of(hour, 0), Clocks.UK).toInstant();
    }

    private static <T> T as(CurrentUser user, Supplier<T> work) {
        return DemoActor.as(user, work);
    }
}
