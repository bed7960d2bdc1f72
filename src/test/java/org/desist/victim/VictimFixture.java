package org.desist.victim;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.springframework.transaction.support.TransactionTemplate;

/** A service with a case manager, a victim worker, a child with an offence and a victim of it. */
class VictimFixture {

    private final TestData data;
    private final ChildRecordService records;
    private final Offences offences;
    private final Victims victims;
    private final Interventions interventions;
    private final TransactionTemplate transactions;

    VictimFixture(
            TestData data,
            ChildRecordService records,
            Offences offences,
            Victims victims,
            Interventions interventions,
            TransactionTemplate transactions) {
        this.data = data;
        this.records = records;
        this.offences = offences;
        this.victims = victims;
        this.interventions = interventions;
        this.transactions = transactions;
    }

    record Setup(
            YouthJusticeService service,
            String caseManager,
            String victimWorker,
            Child child,
            Offence offence,
            UUID victimId) {}

    Setup setUp(String prefix, String victimName, OffenceCategory category) {
        YouthJusticeService service = data.service(prefix);
        String caseManager = data.account(prefix.toLowerCase() + ".cm", Role.CASE_MANAGER, service);
        String victimWorker = data.account(prefix.toLowerCase() + ".vw", Role.VICTIM_WORKER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kieran", "Holt", LocalDate.of(2010, 4, 4))));
        Offence offence = offence(child, category);
        data.actAs(victimWorker);
        UUID victim = victims.record(
                offence.id(), Victim.Kind.PERSON, victimName, "07700 900456", "Wants to know what happens", false);
        TestData.signOut();
        return new Setup(service, caseManager, victimWorker, child, offence, victim);
    }

    Offence offence(Child child, OffenceCategory category) {
        return offences.record(
                data.accessible(currentUsername(), child.id()),
                new Offences.NewOffence(
                        LocalDate.of(2026, 9, 14),
                        "Assault in the park",
                        category,
                        Plea.GUILTY,
                        null,
                        false,
                        false,
                        4,
                        0,
                        null));
    }

    /** A custodial sentence of the child for the offence, as the case manager. */
    void custody(Setup s, InterventionType type, LocalDate from, LocalDate to) {
        data.actAs(s.caseManager());
        interventions.start(
                data.accessible(s.caseManager(), s.child().id()),
                new Interventions.NewIntervention(
                        type, from, to, null, List.of(s.offence().id())));
        TestData.signOut();
    }

    private static String currentUsername() {
        return org.desist.security.CurrentUser.require().username();
    }
}
