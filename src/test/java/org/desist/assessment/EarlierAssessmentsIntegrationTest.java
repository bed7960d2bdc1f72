package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An assessment completed in AssetPlus before the case came into Desist, recorded afterwards through the API and the
 * page: an order that started on Friday 18 December 2026 (its assessment due on 13 January 2027); "today" is Monday 1
 * February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class EarlierAssessmentsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    String caseManagerToken;
    Child child;
    String interventionId;

    @BeforeEach
    void anOrderStartedOnFriday18December() throws Exception {
        service = data.service("Earlier");
        caseManager = data.account("earlier.cm", Role.CASE_MANAGER, service);
        caseManagerToken = data.apiToken(caseManager);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Rio", "Dane", LocalDate.of(2010, 6, 1))));
        TestData.signOut();
        interventionId = id(body(as(caseManagerToken, post("/api/v1/children/{id}/interventions", child.id()))
                .content(
                        "{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-18\", \"endDate\": \"2027-06-18\"}")));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void onlyThoseWhoEditTheChildsRecordInTheirServiceMayRecordOne() throws Exception {
        mvc.perform(post("/api/v1/interventions/{id}/assessments/earlier", interventionId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(earlier("2027-01-08", "LOW", "LOW", null, null)))
                .andExpect(status().isUnauthorized());
        String head = data.apiToken(data.account("earlier.head", Role.HEAD_OF_SERVICE, service));
        mvc.perform(as(head, post("/api/v1/interventions/{id}/assessments/earlier", interventionId))
                        .content(earlier("2027-01-08", "LOW", "LOW", null, null)))
                .andExpect(status().isForbidden());
        String outsider =
                data.apiToken(data.account("earlier.other", Role.OPERATIONAL_MANAGER, data.service("Elsewhere2")));
        mvc.perform(as(outsider, post("/api/v1/interventions/{id}/assessments/earlier", interventionId))
                        .content(earlier("2027-01-08", "LOW", "LOW", null, null)))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from assessment where intervention_id = cast(:id as uuid)"))
                .isZero();
    }

    @Test
    void aHighRoshAssessmentFromAssetPlusIsRecordedAsItStoodOnItsOwnDates() throws Exception {
        // Submitted in the future, and countersigned before it was submitted: refused, nothing written.
        mvc.perform(as(caseManagerToken, post("/api/v1/interventions/{id}/assessments/earlier", interventionId))
                        .content(earlier("2027-02-02", "MEDIUM", "HIGH", "2027-01-01", "Dee Okafor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'submittedOn')].message")
                        .value("The date the assessment was submitted must be today or in the past"));
        mvc.perform(as(caseManagerToken, post("/api/v1/interventions/{id}/assessments/earlier", interventionId))
                        .content(earlier("2026-12-17", "MEDIUM", "HIGH", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'submittedOn')].message")
                        .value("The date the assessment was submitted must be on or after the intervention started"
                                + " (18 December 2026)"));
        assertThat(count("select count(*) from assessment where intervention_id = cast(:id as uuid)"))
                .isZero();

        String recorded =
                body(as(caseManagerToken, post("/api/v1/interventions/{id}/assessments/earlier", interventionId))
                        .content(earlier("2027-01-08", "MEDIUM", "HIGH", "2027-01-11", "Dee Okafor")));
        String id = id(recorded);
        mvc.perform(as(caseManagerToken, get("/api/v1/assessments/{id}", id)))
                .andExpect(jsonPath("$.status").value("COUNTERSIGNED"))
                .andExpect(jsonPath("$.countersignatureRequired").value(true))
                .andExpect(jsonPath("$.submittedOn").value("2027-01-08"))
                .andExpect(jsonPath("$.submittedBy").value("Sam Patel"))
                .andExpect(jsonPath("$.countersignedOn").value("2027-01-11"))
                .andExpect(jsonPath("$.countersignedBy").value("Dee Okafor"))
                .andExpect(jsonPath("$.createdBy").value(caseManager))
                .andExpect(jsonPath("$.recordedAfterwards.completedIn").value("AssetPlus"))
                .andExpect(jsonPath("$.recordedAfterwards.recordedOn").value("2027-02-01"))
                .andExpect(jsonPath("$.recordedAfterwards.recordedBy").value("Test earlier.cm"));

        // Its due item is met on the day it was submitted (on time: it was due on 13 January), and its
        // classifications stand from that day, not from the day they were entered.
        mvc.perform(as(caseManagerToken, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].status").value("MET"))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].metOn").value("2027-01-08"));
        mvc.perform(as(caseManagerToken, get("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(jsonPath("$.classificationHistory.length()").value(2))
                .andExpect(jsonPath("$.classificationHistory[?(@.lens == 'RISK_OF_HARM')].on")
                        .value("2027-01-08"));
        data.actAs(caseManager);
        UUID intervention = UUID.fromString(interventionId);
        assertThat(assessments.classificationsAsAt(List.of(intervention), LocalDate.of(2027, 1, 7)))
                .isEmpty();
        assertThat(assessments.classificationsAsAt(List.of(intervention), LocalDate.of(2027, 1, 8)))
                .isEqualTo(Map.of(
                        intervention,
                        Map.of(
                                Lens.RISK_OF_HARM,
                                Classification.HIGH,
                                Lens.SAFETY_AND_WELLBEING,
                                Classification.MEDIUM)));
        TestData.signOut();

        // Audited: who recorded it, and what it says of when and by whom it was done.
        assertThat(jdbc.sql("""
                        select summary from audit_event where action = 'CREATED' and record_type = 'ASSESSMENT'
                           and record_id = cast(:id as uuid) and actor_username = :by
                        """)
                        .param("id", id)
                        .param("by", caseManager)
                        .query(String.class)
                        .single())
                .isEqualTo("Recorded an assessment of the referral order completed earlier in AssetPlus: submitted on"
                        + " 8 January 2027 by Sam Patel, countersigned on 11 January 2027 by Dee Okafor");

        // Earlier ones go oldest first; once the intervention has one written in Desist, no earlier one is added.
        mvc.perform(as(caseManagerToken, post("/api/v1/interventions/{id}/assessments/earlier", interventionId))
                        .content(earlier("2027-01-04", "LOW", "LOW", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("An assessment submitted on 8 January 2027 is already recorded: record earlier ones"
                                + " oldest first, each after the last"));
        body(as(caseManagerToken, post("/api/v1/interventions/{id}/assessments", interventionId)));
        mvc.perform(as(caseManagerToken, post("/api/v1/interventions/{id}/assessments/earlier", interventionId))
                        .content(earlier("2027-01-20", "LOW", "LOW", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This intervention already has an assessment in Desist: an earlier one can only be"
                                + " recorded before the first"));
    }

    @Test
    void thePageRecordsOneAndTheSummarySaysItWasRecordedAfterwards() throws Exception {
        var cm = authentication(data.authenticationOf(caseManager));
        String base = "/interventions/" + interventionId + "/assessment";
        assertThat(page(cm, base)).contains("Record an assessment completed earlier");
        assertThat(page(cm, base + "/earlier"))
                .contains("Record an assessment completed earlier", "AssetPlus in the previous case management system");

        // A date that cannot be read: nothing is written, and the other problems are shown with it.
        String problems = mvc.perform(post(base + "/earlier")
                        .with(cm)
                        .with(csrf())
                        .param("completedIn", "AssetPlus")
                        .param("submittedOn.day", "31")
                        .param("submittedOn.month", "2")
                        .param("submittedOn.year", "2027")
                        .param("completedBy", "")
                        .param("likelihoodOfReoffending", "LOW"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(problems)
                .contains(
                        "There is a problem",
                        "The date it was submitted must be a real date",
                        "Enter the name of the person who completed it",
                        "Select the safety and wellbeing classification");
        assertThat(count("select count(*) from assessment where intervention_id = cast(:id as uuid)"))
                .isZero();

        String done = mvc.perform(post(base + "/earlier")
                        .with(cm)
                        .with(csrf())
                        .param("completedIn", "AssetPlus in the previous case management system")
                        .param("submittedOn.day", "20")
                        .param("submittedOn.month", "1")
                        .param("submittedOn.year", "2027")
                        .param("completedBy", "Sam Patel")
                        .param("likelihoodOfReoffending", "LOW")
                        .param("safetyClassification", "MEDIUM")
                        .param("harmClassification", "LOW")
                        .param("sourcesConsulted", "POLICE", "EDUCATION")
                        .param("childViews", "Wants to finish school"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(done).isEqualTo(base + "?recorded");
        assertThat(page(cm, base))
                .contains(
                        "Recorded afterwards",
                        "Completed in AssetPlus in the previous case management system. Recorded in Desist on"
                                + " 1 February 2027 by Test earlier.cm,",
                        "20 January 2027 by Sam Patel",
                        "Wants to finish school")
                .doesNotContain("Start the assessment");
    }

    private static String earlier(
            String submittedOn, String safety, String rosh, String countersignedOn, String countersignedBy) {
        return """
                {"submittedOn": "%s", "completedBy": "Sam Patel", "completedIn": "AssetPlus",
                 "countersignedOn": %s, "countersignedBy": %s,
                 "details": {
                   "desistance": {"likelihoodOfReoffending": "MEDIUM"},
                   "safetyAndWellbeing": {"classification": "%s"},
                   "riskOfHarm": {"classification": "%s", "to": ["PEERS"]},
                   "sources": {"consulted": ["POLICE"], "childViews": "Wants to stay at college"}
                 }}
                """.formatted(
                        submittedOn,
                        countersignedOn == null ? "null" : "\"" + countersignedOn + "\"",
                        countersignedBy == null ? "null" : "\"" + countersignedBy + "\"",
                        safety,
                        rosh);
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("id", interventionId).query(Long.class).single();
    }

    private String page(org.springframework.test.web.servlet.request.RequestPostProcessor as, String path)
            throws Exception {
        return mvc.perform(get(path).with(as))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request);
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(body).isBetween(200, 299);
        return body;
    }

    private static String id(String json) {
        return json.replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
