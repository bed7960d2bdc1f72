package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restorative justice on PostgreSQL through its API: the lifecycle to a conference held, the approval by another
 * person who is a manager, stale saves, scoping to the service and the victim capability, and an audit trail
 * without the victim's details.
 */
@IntegrationTest
class RestorativeJusticeIntegrationTest {

    static final String VICTIM_NAME = "Marguerite Oyelaran-Stokes";
    static final String RISK_WORDS = "lives two streets from the child";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService service;
    String worker;
    String manager;
    String caseManager;
    Child child;
    UUID victim;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void aVictimOfAnOffence() throws Exception {
        service = data.service("RJ");
        worker = data.account("rj.worker", Role.VICTIM_WORKER, service);
        manager = data.account("rj.mgr", Role.OPERATIONAL_MANAGER, service);
        caseManager = data.account("rj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kyle", "Brennan", LocalDate.of(2010, 4, 4))));
        TestData.signOut();
        String offence = call(caseManager, "/api/v1/children/" + child.id() + "/offences", """
                        {"offenceDate": "%s", "description": "Criminal damage to a shop window",
                         "category": "CRIMINAL_DAMAGE", "plea": "ADMITTED", "gravityScore": 2}
                        """.formatted(
                                today.minusMonths(2)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID offenceId = UUID.fromString(offence.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
        String created = call(
                        worker,
                        "/api/v1/offences/" + offenceId + "/victims",
                        "{\"kind\": \"PERSON\", \"name\": \"" + VICTIM_NAME + "\", \"contact\": \"07700 900456\"}")
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        victim = UUID.fromString(created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1"));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private ResultActions call(String who, String path, String json) throws Exception {
        return mvc.perform(post(path)
                .header("Authorization", "Bearer " + data.apiToken(who))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions rj(String who, String step, String json) throws Exception {
        return call(who, "/api/v1/victims/" + victim + "/restorative-justice" + step, json);
    }

    private String at(long version, String fields) {
        return "{\"version\": " + version + (fields.isEmpty() ? "" : ", " + fields) + "}";
    }

    @Test
    void aConferenceIsOfferedConsentedRiskAssessedApprovedByAManagerHeldAndItsOutcomeRecorded() throws Exception {
        rj(worker, "", "{\"offeredOn\": \"%s\", \"offeredHow\": \"PHONE\"}".formatted(today.minusDays(20)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(0));
        rj(worker, "/victim-consent", at(0, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today.minusDays(18))))
                .andExpect(status().isOk());
        // No direct meeting is planned before the child's consent and an approved risk assessment.
        rj(worker, "/kind", at(1, "\"kind\": \"CONFERENCE\", \"facilitator\": \"Test rj.worker\""))
                .andExpect(status().isOk());
        rj(worker, "/planned", at(2, "\"on\": \"%s\"".formatted(today.plusDays(5))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'childConsent')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'riskAssessment')]").exists());
        rj(worker, "/child-consent", at(2, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today.minusDays(15))))
                .andExpect(status().isOk());
        rj(
                        worker,
                        "/risk-assessment",
                        at(
                                3,
                                "\"assessedOn\": \"%s\", \"summary\": \"The victim %s\""
                                        .formatted(today.minusDays(10), RISK_WORDS)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.riskApprovedOn").doesNotExist());
        // A victim worker is no manager: the approval is refused before it reaches the record.
        rj(worker, "/risk-assessment/approval", at(4, "")).andExpect(status().isForbidden());
        rj(manager, "/risk-assessment/approval", at(4, ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.riskApprovedOn").value(today.toString()))
                .andExpect(
                        jsonPath("$.riskApprovedBy").value(data.userId(manager).toString()));
        rj(worker, "/planned", at(5, "\"on\": \"%s\"".formatted(today.plusDays(5))))
                .andExpect(status().isOk());
        rj(worker, "/outcome", at(6, "\"outcome\": \"AGREEMENT_REACHED\", \"satisfaction\": \"VERY_SATISFIED\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        rj(worker, "/held", at(6, "\"on\": \"%s\"".formatted(today))).andExpect(status().isOk());
        rj(worker, "/outcome", at(7, "\"outcome\": \"AGREEMENT_REACHED\", \"satisfaction\": \"VERY_SATISFIED\""))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/victims/{id}/restorative-justice", victim)
                        .header("Authorization", "Bearer " + data.apiToken(worker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("CONFERENCE"))
                .andExpect(jsonPath("$.heldOn").value(today.toString()))
                .andExpect(jsonPath("$.outcome").value("AGREEMENT_REACHED"))
                .andExpect(jsonPath("$.satisfaction").value("VERY_SATISFIED"))
                .andExpect(jsonPath("$.facilitatorId").value(data.userId(worker).toString()))
                .andExpect(jsonPath("$.version").value(8));

        // Each view and change is on the child's trail, with no victim's name, contact or risk assessment's words.
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = :child and record_type = :type")
                        .param("child", child.id())
                        .param("type", RestorativeJustices.RECORD_TYPE)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                         where summary like :name or changes::text like :name or changes::text like :contact
                            or changes::text like :risk or summary like :risk
                        """)
                        .param("name", "%" + VICTIM_NAME + "%")
                        .param("contact", "%07700 900456%")
                        .param("risk", "%" + RISK_WORDS + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theManagerWhoMadeTheRiskAssessmentDoesNotApproveItAndAnotherManagerDoes() throws Exception {
        rj(manager, "", "{\"offeredOn\": \"%s\", \"offeredHow\": \"IN_PERSON\"}".formatted(today.minusDays(3)))
                .andExpect(status().isCreated());
        rj(manager, "/risk-assessment", at(0, "\"assessedOn\": \"%s\", \"summary\": \"Low risk\"".formatted(today)))
                .andExpect(status().isOk());
        rj(manager, "/risk-assessment/approval", at(1, ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("approvedBy"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Another manager approves the risk assessment: not the person who made it"));
        String other = data.account("rj.mgr2", Role.OPERATIONAL_MANAGER, service);
        rj(other, "/risk-assessment/approval", at(1, "")).andExpect(status().isOk());
    }

    @Test
    void aStaleSaveAnswers409AndChangesNothing() throws Exception {
        rj(worker, "", "{\"offeredOn\": \"%s\", \"offeredHow\": \"LETTER\"}".formatted(today.minusDays(3)))
                .andExpect(status().isCreated());
        rj(worker, "/victim-consent", at(0, "\"decision\": \"REFUSED\", \"on\": \"%s\"".formatted(today)))
                .andExpect(status().isOk());
        rj(manager, "/victim-consent", at(0, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:desist:problem:stale-version"))
                .andExpect(jsonPath("$.currentVersion").value(1));
        rj(worker, "/child-consent", "{\"decision\": \"GIVEN\", \"on\": \"%s\"}".formatted(today))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("select victim_consent from restorative_justice where victim_id = :v")
                        .param("v", victim)
                        .query(String.class)
                        .single())
                .isEqualTo("REFUSED");
    }

    @Test
    void onlyTheVictimCapabilityOfTheVictimsServiceReachesIt() throws Exception {
        rj(worker, "", "{\"offeredOn\": \"%s\", \"offeredHow\": \"PHONE\"}".formatted(today.minusDays(3)))
                .andExpect(status().isCreated());
        String path = "/api/v1/victims/" + victim + "/restorative-justice";
        mvc.perform(get(path)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).header("Authorization", "Bearer " + data.apiToken(caseManager)))
                .andExpect(status().isForbidden());
        rj(caseManager, "/victim-consent", at(0, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today)))
                .andExpect(status().isForbidden());
        String qa = data.account("rj.qa", Role.HEAD_OF_SERVICE, service);
        mvc.perform(get(path).header("Authorization", "Bearer " + data.apiToken(qa)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offeredHow").value("PHONE"));
        rj(qa, "/victim-consent", at(0, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today)))
                .andExpect(status().isForbidden());
        YouthJusticeService elsewhere = data.service("RJ elsewhere");
        String otherWorker = data.account("rj.other", Role.VICTIM_WORKER, elsewhere);
        mvc.perform(get(path).header("Authorization", "Bearer " + data.apiToken(otherWorker)))
                .andExpect(status().isNotFound());
        rj(otherWorker, "/victim-consent", at(0, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/victims/{id}/restorative-justice", UUID.randomUUID())
                        .header("Authorization", "Bearer " + data.apiToken(worker)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
    }

    @Test
    void communityReparationNeedsOnlyTheChildsConsentAndCountsHoursAgainstNoOrderOutOfCourt() throws Exception {
        rj(worker, "", "{\"offeredOn\": \"%s\", \"offeredHow\": \"PHONE\"}".formatted(today.minusDays(30)))
                .andExpect(status().isCreated());
        rj(worker, "/victim-consent", at(0, "\"decision\": \"REFUSED\", \"on\": \"%s\"".formatted(today.minusDays(29))))
                .andExpect(status().isOk());
        rj(worker, "/child-consent", at(1, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today.minusDays(25))))
                .andExpect(status().isOk());
        rj(worker, "/kind", at(2, "\"kind\": \"COMMUNITY_REPARATION\", \"facilitator\": \"Nobody Known\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("facilitator"));
        rj(worker, "/kind", at(2, "\"kind\": \"COMMUNITY_REPARATION\", \"facilitator\": \"Test rj.mgr\""))
                .andExpect(status().isOk());
        rj(
                        worker,
                        "/reparation",
                        at(
                                3,
                                "\"against\": \"contract:%s\", \"hoursPlanned\": 8, \"hoursDone\": 2"
                                        .formatted(UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("against"));
        rj(worker, "/reparation", at(3, "\"against\": \"none\", \"hoursPlanned\": 8, \"hoursDone\": 2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reparation.hoursPlanned").value(8))
                .andExpect(jsonPath("$.reparation.interventionId").doesNotExist());
        rj(worker, "/held", at(4, "\"on\": \"%s\"".formatted(today.minusDays(1))))
                .andExpect(status().isOk());
        rj(worker, "/outcome", at(5, "\"outcome\": \"REPARATION_COMPLETED\"")).andExpect(status().isOk());
    }

    @Test
    void thePagesAreForTheVictimCapabilityShowAStaleSaveAndRefuseBadDatesOnTheirFields() throws Exception {
        var asWorker = authentication(data.authenticationOf(worker));
        String page = "/victims/" + victim + "/restorative-justice";
        mvc.perform(get(page).with(asWorker))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Offer restorative justice")));
        mvc.perform(get(page).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        String other = data.account("rj.elsewhere", Role.VICTIM_WORKER, data.service("RJ other"));
        mvc.perform(get(page).with(authentication(data.authenticationOf(other))))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/offer")
                        .with(asWorker)
                        .with(csrf())
                        .param("offeredOn.day", "31")
                        .param("offeredOn.month", "2")
                        .param("offeredOn.year", "2026")
                        .param("offeredHow", "PHONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")));
        assertThat(jdbc.sql("select count(*) from restorative_justice where victim_id = :v")
                        .param("v", victim)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(post(page + "/offer")
                        .with(asWorker)
                        .with(csrf())
                        .param("offeredOn.day", String.valueOf(today.getDayOfMonth()))
                        .param("offeredOn.month", String.valueOf(today.getMonthValue()))
                        .param("offeredOn.year", String.valueOf(today.getYear()))
                        .param("offeredHow", "PHONE"))
                .andExpect(redirectedUrl(page + "?saved=offer"));
        // Somebody else records the victim's decision first: the page says so and saves nothing.
        rj(manager, "/victim-consent", at(0, "\"decision\": \"GIVEN\", \"on\": \"%s\"".formatted(today)))
                .andExpect(status().isOk());
        mvc.perform(post(page + "/victim-consent")
                        .with(asWorker)
                        .with(csrf())
                        .param("version", "0")
                        .param("decision", "REFUSED")
                        .param("on.day", String.valueOf(today.getDayOfMonth()))
                        .param("on.month", String.valueOf(today.getMonthValue()))
                        .param("on.year", String.valueOf(today.getYear())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("stale-title")));
        assertThat(jdbc.sql("select victim_consent from restorative_justice where victim_id = :v")
                        .param("v", victim)
                        .query(String.class)
                        .single())
                .isEqualTo("GIVEN");
        mvc.perform(get("/restorative-justice/approvals").with(asWorker)).andExpect(status().isForbidden());
        mvc.perform(get("/restorative-justice/approvals").with(authentication(data.authenticationOf(manager))))
                .andExpect(status().isOk());
    }
}
