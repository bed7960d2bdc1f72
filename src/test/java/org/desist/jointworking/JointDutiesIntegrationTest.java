package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remands and custodial sentences start the joint protocol's duties on the right working days (Christmas 2026:
 * 25 and 28 December and 1 January are bank holidays), record themselves in the looked-after history, and are
 * recorded as done with their checklists. "Today" is Monday 1 February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class JointDutiesIntegrationTest {

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
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;

    @BeforeEach
    void aService() {
        service = data.service("Joint");
        caseManager = data.account("joint.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aRemandToLocalAuthorityAccommodationOnChristmasEve() throws Exception {
        Child child = child("Remy", LocalDate.of(2010, 3, 4));
        start(child, InterventionType.REMAND_TO_LOCAL_AUTHORITY, LocalDate.of(2026, 12, 24), null);

        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(status().isOk())
                // "At once": the day of the remand.
                .andExpect(jsonPath("$[?(@.duty == 'REMAND_DETAILS_SENT')].dueDate")
                        .value("2026-12-24"))
                .andExpect(
                        jsonPath("$[?(@.duty == 'REMAND_DETAILS_SENT')].owner").value("YOS"))
                // 5 WD from Thursday 24 December: 29, 30, 31 December, 4 and 5 January.
                .andExpect(jsonPath("$[?(@.duty == 'CARE_AND_PLACEMENT_PLAN')].dueDate")
                        .value("2027-01-05"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_AND_PLACEMENT_PLAN')].owner")
                        .value("SOCIAL_CARE"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_AND_PLACEMENT_PLAN')].overdue")
                        .value(true))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/v1/children/{id}/looked-after", child.id()).with(cm))
                .andExpect(jsonPath("$.lookedAfter").value(true))
                .andExpect(jsonPath("$.legalBases[0]").value("REMAND_TO_LOCAL_AUTHORITY"))
                .andExpect(jsonPath("$.inCustody").value(false))
                // 16 and looked after since 24 December: 13 weeks are reached on 24 March 2027.
                .andExpect(jsonPath("$.careLeaverCategory").value("NONE"))
                .andExpect(jsonPath("$.eligibleFrom").value("2027-03-24"));

        UUID plan = duty(child, "CARE_AND_PLACEMENT_PLAN");
        String page = mvc.perform(post("/children/{id}/social-care/duties/{item}", child.id(), plan)
                        .with(cm)
                        .with(csrf())
                        .param("doneOn.day", "6")
                        .param("doneOn.month", "1")
                        .param("doneOn.year", "2027")
                        .param("doneBy", "Sam Patel, social worker")
                        .param("how", "Care plan and placement plan agreed at the placement")
                        .param("checklist", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("There is a problem", "Still missing: Placement plan");
        mvc.perform(post("/children/{id}/social-care/duties/{item}", child.id(), plan)
                        .with(cm)
                        .with(csrf())
                        .param("doneOn.day", "6")
                        .param("doneOn.month", "1")
                        .param("doneOn.year", "2027")
                        .param("doneBy", "Sam Patel, social worker")
                        .param("how", "Care plan and placement plan agreed at the placement")
                        .param("checklist", "0", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_AND_PLACEMENT_PLAN')].status")
                        .value("MET"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_AND_PLACEMENT_PLAN')].doneOn")
                        .value("2027-01-06"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_AND_PLACEMENT_PLAN')].checklist.length()")
                        .value(2));
        // Every read of the child's duties or looked-after history is in the child's audit trail.
        assertThat(jdbc.sql("select summary from audit_event where child_id = :c and action = 'VIEWED'")
                        .param("c", child.id())
                        .query(String.class)
                        .list())
                .contains("Viewed the joint-protocol duties", "Viewed the looked-after history");
        assertThat(page(child, "/children/" + child.id() + "/social-care"))
                .contains("Done late, 6 January 2027", "Remanded to local authority accommodation", "Overdue");
    }

    @Test
    void aDetentionPlacementPlanNeedsTheGovernorsSignOffForAChildNotLookedAfterBefore() throws Exception {
        Child child = child("Dana", LocalDate.of(2010, 5, 5));
        start(child, InterventionType.REMAND_TO_YOUTH_DETENTION, LocalDate.of(2026, 12, 18), null);
        // 10 WD from Friday 18 December: 21–24, 29–31 December, 4–6 January.
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'DETENTION_PLACEMENT_PLAN')].dueDate")
                        .value("2027-01-06"));
        mvc.perform(get("/api/v1/children/{id}/looked-after", child.id()).with(cm))
                .andExpect(jsonPath("$.inCustody").value(true))
                .andExpect(jsonPath("$.legalBases[0]").value("REMAND_TO_YOUTH_DETENTION"));

        UUID dpp = duty(child, "DETENTION_PLACEMENT_PLAN");
        var request = post("/children/{id}/social-care/duties/{item}", child.id(), dpp)
                .with(cm)
                .with(csrf())
                .param("doneOn.day", "5")
                .param("doneOn.month", "1")
                .param("doneOn.year", "2027")
                .param("doneBy", "Sam Patel, social worker")
                .param("how", "Plan agreed at the establishment")
                .param(
                        "checklist",
                        java.util.stream.IntStream.range(
                                        0,
                                        JointDuty.DETENTION_PLACEMENT_PLAN
                                                .checklist()
                                                .size())
                                .mapToObj(String::valueOf)
                                .toArray(String[]::new));
        assertThat(mvc.perform(request).andReturn().getResponse().getContentAsString())
                .contains("the child was not looked after before the remand");
        mvc.perform(request.param("signedOffOn.day", "5")
                        .param("signedOffOn.month", "1")
                        .param("signedOffOn.year", "2027"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'DETENTION_PLACEMENT_PLAN')].status")
                        .value("MET"));
    }

    @Test
    void aLookedAfterChildSentencedToCustodyStartsSocialCaresCustodyDuties() throws Exception {
        Child child = child("Cal", LocalDate.of(2010, 7, 7));
        mvc.perform(post("/children/{id}/social-care/events", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("kind", "CARE_ORDER_MADE")
                        .param("occurredOn.day", "1")
                        .param("occurredOn.month", "5")
                        .param("occurredOn.year", "2025"))
                .andExpect(status().is3xxRedirection());
        start(child, InterventionType.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 5, 8));

        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_LA_NOTIFIED')].dueDate")
                        .value("2027-01-08"))
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_ESTABLISHMENT_INFORMED')].dueDate")
                        .value("2027-01-15"))
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_FIRST_VISIT')].dueDate")
                        .value("2027-01-22"))
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_NEEDS_ASSESSMENT')].dueDate")
                        .value("2027-02-05"))
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_VISIT')].dueDate").value("2027-02-05"));
        // A care order keeps the child looked after in custody.
        mvc.perform(get("/api/v1/children/{id}/looked-after", child.id()).with(cm))
                .andExpect(jsonPath("$.legalBases[0]").value("CARE_ORDER"))
                .andExpect(jsonPath("$.inCustody").value(true))
                // 16, and looked after since May 2025: an eligible child.
                .andExpect(jsonPath("$.careLeaverCategory").value("ELIGIBLE"));

        // The social worker was at court: no notification needed.
        redirected(post("/children/{id}/social-care/duties/{item}", child.id(), duty(child, "CUSTODY_LA_NOTIFIED"))
                .with(cm)
                .with(csrf())
                .param("socialWorkerAtCourt", "true")
                .param("doneOn.day", "8")
                .param("doneOn.month", "1")
                .param("doneOn.year", "2027")
                .param("doneBy", "Jo Case, YOS case manager"));
        // The first visit on 20 January: the next 28-day visit is due 17 February.
        mvc.perform(post("/children/{id}/social-care/duties/{item}", child.id(), duty(child, "CUSTODY_FIRST_VISIT"))
                        .with(cm)
                        .with(csrf())
                        .param("doneOn.day", "20")
                        .param("doneOn.month", "1")
                        .param("doneOn.year", "2027")
                        .param("doneBy", "Sam Patel, social worker")
                        .param("how", "Visited at the establishment")
                        .param("checklist", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(
                        jsonPath("$[?(@.duty == 'CUSTODY_LA_NOTIFIED')].status").value("MET"))
                .andExpect(
                        jsonPath("$[?(@.duty == 'CUSTODY_FIRST_VISIT')].status").value("MET"))
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_VISIT' && @.status == 'OPEN')].dueDate")
                        .value("2027-02-17"));
    }

    @Test
    void aChildNeverLookedAfterSentencedToCustodyOnlyNeedsTheLocalAuthorityTold() throws Exception {
        Child child = child("Nell", LocalDate.of(2010, 8, 8));
        start(child, InterventionType.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 5, 8));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].duty").value("CUSTODY_LA_NOTIFIED"));
        mvc.perform(get("/api/v1/children/{id}/looked-after", child.id()).with(cm))
                .andExpect(jsonPath("$.lookedAfter").value(false))
                .andExpect(jsonPath("$.inCustody").value(true));
    }

    @Test
    void anEndingNeedsSomethingToEndAndOtherServicesCannotSeeTheChild() throws Exception {
        Child child = child("Ezra", LocalDate.of(2010, 9, 9));
        String page = mvc.perform(post("/children/{id}/social-care/events", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("kind", "REMAND_ENDED")
                        .param("occurredOn.day", "1")
                        .param("occurredOn.month", "1")
                        .param("occurredOn.year", "2027"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("There is no remand in force on that date to end");

        YouthJusticeService other = data.service("Elsewhere");
        var stranger = authentication(data.authenticationOf(data.account("joint.other", Role.CASE_MANAGER, other)));
        mvc.perform(get("/children/{id}/social-care", child.id()).with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(stranger))
                .andExpect(status().isNotFound());
        var headOfService =
                authentication(data.authenticationOf(data.account("joint.hos", Role.HEAD_OF_SERVICE, service)));
        mvc.perform(get("/children/{id}/social-care/events/new", child.id()).with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/social-care", child.id()).with(headOfService))
                .andExpect(status().isOk());
    }

    private void redirected(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(response.getContentAsString()
                        .replaceAll("(?s).*(<div class=\"govuk-error-summary.*?</div>).*", "$1"))
                .isBetween(300, 399);
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Joint", born)));
        } finally {
            TestData.signOut();
        }
    }

    private void start(Child child, InterventionType type, LocalDate on, LocalDate end) {
        data.actAs(caseManager);
        try {
            transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(type, on, end, null, List.of())));
        } finally {
            TestData.signOut();
        }
    }

    private UUID duty(Child child, String duty) throws Exception {
        String json = mvc.perform(
                        get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(com.jayway.jsonpath.JsonPath.<List<String>>read(
                        json, "$[?(@.duty == '" + duty + "' && @.status == 'OPEN')].id")
                .get(0));
    }

    private String page(Child child, String path) throws Exception {
        return mvc.perform(get(path).with(cm)).andReturn().getResponse().getContentAsString();
    }
}
