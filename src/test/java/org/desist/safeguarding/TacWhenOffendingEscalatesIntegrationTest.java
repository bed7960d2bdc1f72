package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.assessment.Classification;
import org.desist.assessment.ClassificationChanged;
import org.desist.assessment.Lens;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.OffenceRecorded;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The YOS calls a TAC meeting when offending escalates (the joint protocol between children's social care and the YOS "Reviews and meetings"): a new offence
 * during an intervention in progress, or a risk of serious harm classification going up, makes one due in 10 WD; a
 * TAC meeting meets it. Pathway plan reviews and MAP meetings are recorded with the YOS's attendance. "Today" is
 * Monday 1 February 2027; 25 and 28 December 2026 and 1 January 2027 are bank holidays.
 */
@IntegrationTest
@Import(February2027.class)
class TacWhenOffendingEscalatesIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    static final String RULE = "tac-meeting-on-escalation";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    Offences offences;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    DueItems dueItems;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService service;
    String caseManager;

    @BeforeEach
    void aService() {
        service = data.service("Tac");
        caseManager = data.account("tac.cm", Role.CASE_MANAGER, service);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aNewOffenceDuringTheOrderMakesATacDueAndATacMeetingMeetsIt() throws Exception {
        Child child = child("Ash");
        Intervention order = order(child, LocalDate.of(2026, 11, 2));

        offence(child, LocalDate.of(2027, 1, 29));
        DueItem item = open(child);
        // Recorded today, Monday 1 February 2027: 10 WD is Monday 15 February.
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(item.triggerRecordId()).isEqualTo(order.id());
        // A second offence while one is due adds nothing.
        offence(child, LocalDate.of(2027, 1, 30));
        assertThat(tacItems(child)).hasSize(1);

        // A MAP meeting or a pathway plan review does not answer it; a TAC meeting does.
        as(() -> safeguarding.recordMeeting(
                childRecords.responsibleChild(child.id()),
                new Safeguarding.NewMeeting(
                        MeetingType.MULTI_AGENCY_PLANNING,
                        LocalDate.of(2027, 2, 1),
                        CalledBy.SOCIAL_CARE,
                        null,
                        YosAttendance.MANAGER,
                        null,
                        "Plan agreed")));
        as(() -> safeguarding.recordMeeting(
                childRecords.responsibleChild(child.id()),
                new Safeguarding.NewMeeting(
                        MeetingType.PATHWAY_PLAN_REVIEW,
                        LocalDate.of(2027, 2, 1),
                        CalledBy.SOCIAL_CARE,
                        null,
                        YosAttendance.WRITTEN_REPORT,
                        null,
                        null)));
        assertThat(open(child).status()).isEqualTo(DueItem.Status.OPEN);
        MultiAgencyMeeting tac = as(() -> safeguarding.recordMeeting(
                childRecords.responsibleChild(child.id()),
                new Safeguarding.NewMeeting(
                        MeetingType.TEAM_AROUND_THE_CHILD,
                        LocalDate.of(2027, 2, 1),
                        CalledBy.YOS,
                        null,
                        YosAttendance.CASE_HOLDER,
                        null,
                        "Extra sessions; school and CAMHS to share concerns weekly")));
        DueItem met = tacItems(child).get(0);
        assertThat(met.status()).isEqualTo(DueItem.Status.MET);
        assertThat(met.metOn()).isEqualTo(LocalDate.of(2027, 2, 1));

        String page = mvc.perform(get("/children/{id}/safeguarding", child.id())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Multi-agency planning (MAP) meeting",
                        "Pathway plan review (care leaver)",
                        "Written report sent",
                        tac.type().label());
    }

    @Test
    void anOffenceFromBeforeTheOrderIsNotEscalation() {
        Child child = child("Bea");
        order(child, LocalDate.of(2026, 11, 2));
        offence(child, LocalDate.of(2026, 10, 1));
        assertThat(tacItems(child)).isEmpty();
    }

    @Test
    void escalationOnChristmasEveIsDueTuesday12January() {
        Child child = child("Cal");
        Intervention order = order(child, LocalDate.of(2026, 11, 2));
        // An offence recorded on Thursday 24 December 2026: 10 WD skipping 25, 28 December and 1 January.
        as(() -> {
            events.publishEvent(new OffenceRecorded(
                    child.id(), UUID.randomUUID(), LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 24)));
            return null;
        });
        assertThat(open(child).dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(open(child).triggerDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(order.id()).isEqualTo(open(child).triggerRecordId());
    }

    @Test
    void onlyARoshIncreaseIsEscalation() {
        Child child = child("Dev");
        Intervention order = order(child, LocalDate.of(2026, 11, 2));
        publish(new ClassificationChanged(
                child.id(), order.id(), Lens.RISK_OF_HARM, null, Classification.HIGH, LocalDate.of(2026, 12, 18)));
        publish(new ClassificationChanged(
                child.id(),
                order.id(),
                Lens.SAFETY_AND_WELLBEING,
                Classification.LOW,
                Classification.HIGH,
                LocalDate.of(2026, 12, 18)));
        publish(new ClassificationChanged(
                child.id(),
                order.id(),
                Lens.RISK_OF_HARM,
                Classification.HIGH,
                Classification.MEDIUM,
                LocalDate.of(2026, 12, 18)));
        assertThat(tacItems(child)).isEmpty();

        // ROSH up from medium to high on Friday 18 December 2026: due Wednesday 6 January 2027.
        publish(new ClassificationChanged(
                child.id(),
                order.id(),
                Lens.RISK_OF_HARM,
                Classification.MEDIUM,
                Classification.HIGH,
                LocalDate.of(2026, 12, 18)));
        assertThat(open(child).dueDate()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    // ------------------------------------------------------------------------------------------------------------

    private void publish(Object event) {
        as(() -> {
            events.publishEvent(event);
            return null;
        });
    }

    private Child child(String name) {
        return as(() -> records.register(service.id(), TestData.child(name, "Tac", LocalDate.of(2010, 5, 6))));
    }

    private Intervention order(Child child, LocalDate start) {
        return as(() -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER, start, start.plusMonths(9), null, List.of())));
    }

    private void offence(Child child, LocalDate on) {
        as(() -> offences.record(
                childRecords.responsibleChild(child.id()),
                new Offences.NewOffence(
                        on,
                        "Criminal damage to a bus shelter",
                        OffenceCategory.CRIMINAL_DAMAGE,
                        Plea.GUILTY,
                        null,
                        false,
                        false,
                        2,
                        0,
                        null)));
    }

    private List<DueItem> tacItems(Child child) {
        return as(() -> dueItems.forChild(child.id()).stream()
                .filter(i -> i.rule().id().equals(RULE))
                .toList());
    }

    private DueItem open(Child child) {
        List<DueItem> open = tacItems(child).stream()
                .filter(i -> i.status() == DueItem.Status.OPEN)
                .toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private <T> T as(Supplier<T> work) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> work.get());
        } finally {
            TestData.signOut();
        }
    }
}
