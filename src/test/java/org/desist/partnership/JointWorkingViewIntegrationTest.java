package org.desist.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.JointDuties;
import org.desist.jointworking.JointDuty;
import org.desist.jointworking.JointDuty.OwnerService;
import org.desist.jointworking.JointDutyRules;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The joint-working view counts the joint protocol's duties by the service that owns them, on real dates: "today"
 * is Monday 1 February 2027, so "due soon" runs to Monday 8 February (5 working days).
 */
@IntegrationTest
@Import(February2027.class)
class JointWorkingViewIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    JointDuties jointDuties;

    @Autowired
    DueItems dueItems;

    @Autowired
    JointWorkingView view;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService service;
    String caseManager;
    String manager;

    @BeforeEach
    void aService() {
        service = data.service("Jointview");
        caseManager = data.account("jointview.cm", Role.CASE_MANAGER, service);
        manager = data.account("jointview.manager", Role.OPERATIONAL_MANAGER, service);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void dutiesAreCountedByOwnerServiceWithTheOverdueTheDueSoonAndTheLate() throws Exception {
        // Remanded to local authority accommodation on Christmas Eve: the YOS's same-day duty is overdue; social
        // care's care and placement plan (due Tuesday 5 January) is done a day late.
        Child christmas = child("Noel", LocalDate.of(2010, 5, 6));
        start(christmas, LocalDate.of(2026, 12, 24));
        UUID plan = open(christmas, JointDuty.CARE_AND_PLACEMENT_PLAN).id();
        data.actAs(caseManager);
        transactions.executeWithoutResult(s -> jointDuties.recordDone(
                childRecords.responsibleChild(christmas.id()),
                plan,
                new JointDutyRules.Done(
                        LocalDate.of(2027, 1, 6),
                        "Sam Patel, social worker",
                        "Agreed at the placement",
                        List.of("Care plan", "Placement plan"),
                        null,
                        false)));
        TestData.signOut();
        // Remanded today: both duties fall due by Monday 8 February.
        Child today = child("Febe", LocalDate.of(2010, 7, 8));
        start(today, LocalDate.of(2027, 2, 1));

        data.actAs(manager);
        JointWorkingView.Duties duties = view.duties();
        TestData.signOut();

        assertThat(duties.dueSoonUntil()).isEqualTo(LocalDate.of(2027, 2, 8));
        assertThat(tally(duties, OwnerService.YOS).count(DutyState.OVERDUE)).isEqualTo(1);
        assertThat(tally(duties, OwnerService.YOS).count(DutyState.DUE_SOON)).isEqualTo(1);
        assertThat(tally(duties, OwnerService.SOCIAL_CARE).count(DutyState.OVERDUE))
                .isZero();
        assertThat(tally(duties, OwnerService.SOCIAL_CARE).count(DutyState.DUE_SOON))
                .isEqualTo(1);
        assertThat(tally(duties, OwnerService.SOCIAL_CARE).count(DutyState.MET_LATE))
                .isEqualTo(1);
        assertThat(duties.overdue()).singleElement().satisfies(d -> {
            assertThat(d.child().id()).isEqualTo(christmas.id());
            assertThat(d.item().dueDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        });
        assertThat(duties.dueSoon())
                .extracting(d -> d.item().dueDate())
                .containsExactly(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 8));
        assertThat(duties.doneLate())
                .singleElement()
                .satisfies(d -> assertThat(d.item().metOn()).isEqualTo(LocalDate.of(2027, 1, 6)));

        String page = mvc.perform(get("/joint-working")
                        .param("owner", "SOCIAL_CARE")
                        .with(authentication(data.authenticationOf(manager))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Duties by owner service", "Febe", "Care plan and placement plan");
        assertThat(page.substring(page.indexOf("id=\"due-soon\""))).doesNotContain("Remand details and assessment");

        mvc.perform(get("/api/v1/joint-working").with(authentication(data.authenticationOf(manager))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueSoonUntil").value("2027-02-08"))
                .andExpect(jsonPath("$.byOwner[?(@.owner == 'SOCIAL_CARE')].counts.MET_LATE")
                        .value(1))
                .andExpect(jsonPath("$.overdue[0].rule").value("remand-contact-team-informed"))
                .andExpect(jsonPath("$.overdue[0].dueDate").value("2026-12-24"))
                .andExpect(jsonPath("$.doneLate[0].doneOn").value("2027-01-06"));
    }

    @Test
    void onlyManagersOfEitherServiceOpenTheJointWorkingView() throws Exception {
        mvc.perform(get("/joint-working").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/joint-working").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        // The shared-cases list is a partner's: YOS staff find children through their own pages.
        mvc.perform(get("/shared-cases").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        String partner = data.account("jointview.partner", Role.PARTNER_PRACTITIONER, service);
        mvc.perform(get("/joint-working").with(authentication(data.authenticationOf(partner))))
                .andExpect(status().isForbidden());
        String head = data.account("jointview.head", Role.HEAD_OF_SERVICE, service);
        mvc.perform(get("/joint-working").with(authentication(data.authenticationOf(head))))
                .andExpect(status().isOk());
    }

    private static JointWorkingView.Tally tally(JointWorkingView.Duties duties, OwnerService owner) {
        return duties.tallies().stream()
                .filter(t -> t.owner() == owner)
                .findFirst()
                .orElseThrow();
    }

    private DueItem open(Child child, JointDuty duty) {
        data.actAs(caseManager);
        try {
            return dueItems.forChild(child.id()).stream()
                    .filter(i -> i.rule().id().equals(duty.ruleId()) && i.status() == DueItem.Status.OPEN)
                    .findFirst()
                    .orElseThrow();
        } finally {
            TestData.signOut();
        }
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Jointview", born)));
        } finally {
            TestData.signOut();
        }
    }

    private void start(Child child, LocalDate on) {
        data.actAs(caseManager);
        try {
            transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(
                            InterventionType.REMAND_TO_LOCAL_AUTHORITY, on, null, null, List.of())));
        } finally {
            TestData.signOut();
        }
    }
}
