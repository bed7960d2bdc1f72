package org.desist.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Provisioning;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.desist.victim.VictimUpdate;
import org.desist.victim.VictimWork;
import org.desist.victim.VictimWorks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An update given to one of Northbridge's demo victims who asked to be kept informed (Victims' Code 2021), recorded
 * by Ruth Okafor through the victim service: once, while no demo victim has an update yet.
 */
@Component
@Order(13)
@ConditionalOnProperty(name = "desist.demo.enabled", havingValue = "true")
class DemoVictimUpdates implements ApplicationRunner {

    private final VictimWorks works;
    private final Provisioning provisioning;
    private final Directory directory;
    private final Clock clock;

    DemoVictimUpdates(VictimWorks works, Provisioning provisioning, Directory directory, Clock clock) {
        this.works = works;
        this.provisioning = provisioning;
        this.directory = directory;
        this.clock = clock;
    }

    /** After the demo victims (order 12). */
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
        List<VictimWork> all = DemoActor.as(worker, () -> works.ofServices(null)).stream()
                .map(VictimWorks.Entry::work)
                .toList();
        if (all.stream().anyMatch(w -> !w.updates().isEmpty())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        all.stream()
                .filter(w -> !w.closed() && w.wantsUpdates() && !w.recordedOn().isAfter(today))
                .filter(w -> !w.contactConsent().contactNeedsReason())
                .findFirst()
                .ifPresent(w -> DemoActor.as(
                        worker,
                        () -> works.recordUpdate(
                                w.id(),
                                w.version(),
                                VictimUpdate.KeyPoint.DISPOSAL,
                                today,
                                "Rang them: the referral order has started and the panel will write about the"
                                        + " contract; they would like to hear when it ends")));
    }
}
