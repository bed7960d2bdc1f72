package org.desist.parenting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentSubmitted;
import org.desist.assessment.Assessments;
import org.desist.assessment.FamilyRelationships;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtKind;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.court.HearingType;
import org.desist.court.Outcome;
import org.desist.court.ReportType;
import org.desist.court.ReportsConsideringParentingOrders;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The parenting triggers prompt the case manager (the joint protocol between children's social care and the YOS "Parenting"), each prompt a due item
 * {@code parenting-assessment-considered} met by the decision; parenting work is recorded. "Today" is Monday 1
 * February 2027; 25 and 28 December 2026 and 1 January 2027 are bank holidays.
 */
@IntegrationTest
@Import(February2027.class)
class ParentingIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    static final String RULE = "parenting-assessment-considered";

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
    CourtWork court;

    @Autowired
    ReportsConsideringParentingOrders parentingOrders;

    @Autowired
    Assessments assessments;

    @Autowired
    FamilyRelationships familyRelationships;

    @Autowired
    Parenting parenting;

    @Autowired
    DueItems dueItems;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    UUID caseManagerId;
    RequestPostProcessor cm;
    Child child;
    Intervention order;

    @BeforeEach
    void aChildOnAnOrder() {
        service = data.service("Parenting");
        caseManager = data.account("par.cm", Role.CASE_MANAGER, service);
        caseManagerId = jdbc.sql("select id from user_account where username = :u")
                .param("u", caseManager)
                .query(UUID.class)
                .single();
        cm = authentication(data.authenticationOf(caseManager));
        child = as(() -> records.register(service.id(), TestData.child("Jade", "Parent", LocalDate.of(2011, 5, 1))));
        order = as(() -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2027, 8, 2),
                        caseManagerId,
                        List.of())));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void familyRelationshipsRatedFourOnChristmasEveEvePromptsADecisionByMonday11January() throws Exception {
        Assessment draft = as(() -> assessments.start(order.id()));
        // Rated on the assessment's question page: a rating outside 0-4 is refused.
        String refused0 = mvc.perform(post("/assessments/{id}/family-relationships", draft.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(draft.version()))
                        .param("familyRelationshipsRating", "5"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused0).contains("Select a rating from 0 to 4");
        mvc.perform(post("/assessments/{id}/family-relationships", draft.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(draft.version()))
                        .param("familyRelationshipsRating", "4"))
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/assessment"));
        assertThat(as(() -> familyRelationships.ratingOf(draft.id()))).contains(4);
        assertThat(as(() -> assessments.get(draft.id()).version())).isEqualTo(draft.version() + 1);
        assertThat(page("/interventions/" + order.id() + "/assessment"))
                .contains("Family and personal relationships", "4: a parenting assessment will be considered");
        // Submitted Wednesday 23 December 2026 (the listener reads the rating in the submitting transaction).
        as(() -> {
            events.publishEvent(
                    new AssessmentSubmitted(child.id(), order.id(), draft.id(), LocalDate.of(2026, 12, 23)));
            return null;
        });
        DueItem item = open();
        assertThat(item.dueDate()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(item.ownerId()).isEqualTo(caseManagerId);

        // The same assessment again prompts nothing new; a rating of 2 prompts nothing.
        as(() -> {
            events.publishEvent(
                    new AssessmentSubmitted(child.id(), order.id(), draft.id(), LocalDate.of(2026, 12, 23)));
            return null;
        });
        assertThat(items()).hasSize(1);

        // The decision page refuses a decision without a reason, then meets the item.
        UUID prompt = item.triggerRecordId();
        String refused = mvc.perform(post("/parenting-prompts/{id}/decision", prompt)
                        .with(cm)
                        .with(csrf())
                        .param("version", "0")
                        .param("decision", "ASSESS"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Enter the reason for the decision");
        mvc.perform(post("/parenting-prompts/{id}/decision", prompt)
                        .with(cm)
                        .with(csrf())
                        .param("version", "0")
                        .param("decision", "ASSESS")
                        .param("reason", "Mother asks for help with boundaries; agreed with the social worker"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/parenting?decided"));
        DueItem met = items().get(0);
        assertThat(met.status()).isEqualTo(DueItem.Status.MET);
        assertThat(met.metOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(met.metLate()).isTrue();
        assertThat(page("/children/" + child.id() + "/parenting"))
                .contains(
                        "Family and personal relationships rated 3 or above in the YOS assessment",
                        "Refer for a parenting assessment: Mother asks for help with boundaries");
    }

    @Test
    void aReportConsideringAParentingOrderPromptsOnce() throws Exception {
        UUID offence = as(() -> offences.record(
                        childRecords.responsibleChild(child.id()),
                        new Offences.NewOffence(
                                LocalDate.of(2026, 10, 20),
                                "Shoplifting",
                                OffenceCategory.THEFT_AND_HANDLING,
                                Plea.GUILTY,
                                null,
                                false,
                                false,
                                2,
                                0,
                                null))
                .id());
        CourtAppearance appearance = as(() -> court.recordAppearance(
                data.accessible(caseManager, child.id()),
                new CourtWork.NewAppearance(
                        LocalDate.of(2027, 1, 25),
                        "Northbridge Youth Court",
                        CourtKind.YOUTH_COURT,
                        HearingType.FIRST,
                        List.of(offence),
                        Outcome.ADJOURNED,
                        null,
                        LocalDate.of(2027, 2, 22),
                        null)));
        CourtReport report = as(() -> court.requestReport(
                appearance.id(),
                new CourtWork.NewReport(
                        ReportType.PRE_SENTENCE, LocalDate.of(2027, 2, 18), caseManagerId, null, null)));
        assertThat(items()).isEmpty();

        mvc.perform(post("/court-reports/{id}/parenting-order", report.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(report.version())))
                .andExpect(redirectedUrl("/court-reports/" + report.id() + "?parentingOrder"));
        // Today, Monday 1 February 2027: 10 WD is Monday 15 February.
        assertThat(open().dueDate()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(page("/court-reports/" + report.id())).contains("Yes: the case manager is prompted");

        // Marking it again changes nothing.
        as(() -> {
            parentingOrders.markConsidered(report.id(), report.version() + 1);
            return null;
        });
        assertThat(items()).hasSize(1);
    }

    @Test
    void otherAgenciesAssessmentsPromptWhenRecentAndParentingWorkIsRecorded() throws Exception {
        mvc.perform(post("/children/{id}/parenting/assessments", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("kind", "CAMHS")
                        .param("completedOn.day", "1")
                        .param("completedOn.month", "10")
                        .param("completedOn.year", "2026"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/parenting?noPrompt"));
        assertThat(items()).isEmpty();
        String refused = mvc.perform(post("/children/{id}/parenting/assessments", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("kind", "EARLY_HELP")
                        .param("completedOn.day", "15")
                        .param("completedOn.month", "1")
                        .param("completedOn.year", "2027"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Select whether the early-help assessment shows unmet parenting need");
        mvc.perform(post("/children/{id}/parenting/assessments", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("kind", "EARLY_HELP")
                        .param("completedOn.day", "15")
                        .param("completedOn.month", "1")
                        .param("completedOn.year", "2027")
                        .param("unmetParentingNeed", "true"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/parenting?prompted"));
        assertThat(open().dueDate()).isEqualTo(LocalDate.of(2027, 2, 15));

        mvc.perform(post("/children/{id}/parenting/work", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("kind", "PARENTING_CONTRACT")
                        .param("startsOn.day", "1")
                        .param("startsOn.month", "2")
                        .param("startsOn.year", "2027")
                        .param("terms", "Attend six parenting sessions; keep in touch with the school weekly")
                        .param("parentingWorker", "Priya Shah, YOS parenting worker")
                        .param("agencyRoles", "YOS: sessions. Social worker: home visits. Early help: school liaison"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/parenting?work"));
        assertThat(page("/children/" + child.id() + "/parenting"))
                .contains(
                        "Parenting contract from 1 February 2027",
                        "Priya Shah, YOS parenting worker",
                        "Social worker: home visits",
                        "Early-help assessment completed 2027-01-15, unmet parenting need");
        assertThat(page("/children/" + child.id() + "/social-care")).contains("View parenting");
        mvc.perform(get("/api/v1/children/{id}/parenting", child.id()).with(cm))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.prompts[0].trigger").value("EARLY_HELP"))
                .andExpect(jsonPath("$.prompts[0].triggeredOn").value("2027-02-01"))
                .andExpect(jsonPath("$.work[0].kind").value("PARENTING_CONTRACT"))
                .andExpect(jsonPath("$.work[0].parentingWorker").value("Priya Shah, YOS parenting worker"));
    }

    @Test
    void onlyStaffWhoMayChangeTheRecordUseTheQuestionPages() throws Exception {
        RequestPostProcessor headOfService =
                authentication(data.authenticationOf(data.account("par.hos", Role.HEAD_OF_SERVICE, service)));
        UUID prompt = as(() -> parenting
                        .recordOtherAssessment(
                                childRecords.responsibleChild(child.id()),
                                ParentingTrigger.CAMHS,
                                LocalDate.of(2027, 1, 20),
                                null)
                        .orElseThrow())
                .id();
        for (String path : List.of(
                "/children/" + child.id() + "/parenting/assessments/new",
                "/children/" + child.id() + "/parenting/work/new",
                "/parenting-prompts/" + prompt + "/decision")) {
            mvc.perform(get(path).with(headOfService)).andExpect(status().isForbidden());
        }
        for (String path : List.of(
                "/children/" + child.id() + "/parenting/assessments",
                "/children/" + child.id() + "/parenting/work",
                "/parenting-prompts/" + prompt + "/decision")) {
            mvc.perform(post(path).with(headOfService).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/children/{id}/parenting", child.id()).with(headOfService))
                .andExpect(status().isOk());
        Assessment draft = as(() -> assessments.start(order.id()));
        mvc.perform(get("/assessments/{id}/family-relationships", draft.id()).with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(post("/assessments/{id}/family-relationships", draft.id())
                        .with(headOfService)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // Another service's staff do not see the child at all.
        YouthJusticeService other = data.service("Elsewhere");
        RequestPostProcessor stranger =
                authentication(data.authenticationOf(data.account("par.other", Role.CASE_MANAGER, other)));
        mvc.perform(get("/children/{id}/parenting", child.id()).with(stranger)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/children/{id}/parenting", child.id()).with(stranger))
                .andExpect(status().isNotFound());
    }

    // ------------------------------------------------------------------------------------------------------------

    private List<DueItem> items() {
        return as(() -> dueItems.forChild(child.id()).stream()
                .filter(i -> i.rule().id().equals(RULE))
                .toList());
    }

    private DueItem open() {
        List<DueItem> open =
                items().stream().filter(i -> i.status() == DueItem.Status.OPEN).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(cm)).andReturn().getResponse().getContentAsString();
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
