package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
 * Court work end to end through the API, against PostgreSQL, on the real calendar across Christmas 2026
 * ("today" is fixed at 1 February 2027 so the hearings of December and January have happened).
 */
@IntegrationTest
@Import(February2027.class)
class CourtWorkIntegrationTest {

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
    String caseManager;
    String manager;
    String cm;
    String mgr;
    Child child;
    String offenceId;

    @BeforeEach
    void aChildWithAnOffence() throws Exception {
        service = data.service("Court");
        caseManager = data.account("court.cm", Role.CASE_MANAGER, service);
        manager = data.account("court.mgr", Role.OPERATIONAL_MANAGER, service);
        cm = data.apiToken(caseManager);
        mgr = data.apiToken(manager);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kai", "Thornton", LocalDate.of(2010, 3, 14))));
        TestData.signOut();
        offenceId = id(call(cm, post("/api/v1/children/{id}/offences", child.id()), """
                {"offenceDate": "2026-11-20", "description": "Took a bicycle from outside a shop",
                 "category": "THEFT_AND_HANDLING", "plea": "NOT_GUILTY", "gravityScore": 3}
                """));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aPreSentenceReportFollowsTheCourtsDatesIsQualityAssuredSubmittedAndReused() throws Exception {
        String first = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12")));
        String psr = id(call(
                cm,
                post("/api/v1/children/{id}/court-reports", child.id()),
                "{\"appearanceId\": \"" + first + "\", \"type\": \"PRE_SENTENCE\", \"dueDate\": \"2026-12-29\", "
                        + "\"authorId\": \"" + userId(caseManager) + "\"}"));
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'court-report')].rule").value("court-report"))
                .andExpect(jsonPath("$[?(@.rule == 'court-report')].dueDate").value("2026-12-29"))
                .andExpect(jsonPath("$[?(@.rule == 'court-report')].status").value("OPEN"));

        // The court moves the date.
        perform(cm, post("/api/v1/court-reports/{id}/due-date", psr), "{\"version\": 0, \"dueDate\": \"2027-01-05\"}")
                .andExpect(status().isOk());
        dueItems().andExpect(jsonPath("$[?(@.rule == 'court-report')].dueDate").value("2027-01-05"));
        // Someone working from the old version is told, not overwritten.
        perform(cm, post("/api/v1/court-reports/{id}/due-date", psr), "{\"version\": 0, \"dueDate\": \"2027-01-06\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changes[0]").value("The court moved the pre-sentence report to 5 January 2027"));

        // Not submitted before QA; QA only by a manager who is not the author.
        perform(cm, post("/api/v1/court-reports/{id}/submit", psr), "{\"version\": 1, \"submittedOn\": \"2027-01-04\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("submittedOn"));
        perform(cm, post("/api/v1/court-reports/{id}/quality-assurance", psr), "{\"version\": 1}")
                .andExpect(status().isForbidden());
        perform(mgr, post("/api/v1/court-reports/{id}/quality-assurance", psr), "{\"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qualityAssuredBy").value(userId(manager).toString()));
        perform(cm, post("/api/v1/court-reports/{id}/submit", psr), "{\"version\": 2, \"submittedOn\": \"2027-01-04\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        dueItems()
                .andExpect(jsonPath("$[0].status").value("MET"))
                .andExpect(jsonPath("$[0].metOn").value("2027-01-04"));

        // At the next hearing the court asks again: reusing it needs a reason, and meets the item at once.
        String second = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2027-01-12", "ADJOURNED", "ADJOURNED", "2027-01-26")));
        perform(
                        cm,
                        post("/api/v1/children/{id}/court-reports", child.id()),
                        "{\"appearanceId\": \"" + second
                                + "\", \"type\": \"PRE_SENTENCE\", \"dueDate\": \"2027-01-20\", "
                                + "\"reusedReportId\": \"" + psr + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reuseReason"));
        perform(
                        cm,
                        post("/api/v1/children/{id}/court-reports", child.id()),
                        "{\"appearanceId\": \"" + second + "\", \"type\": \"BREACH\", \"dueDate\": \"2027-01-20\", "
                                + "\"reusedReportId\": \"" + psr + "\", \"reuseReason\": \"No change\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Reuse a report of the same type: that one is a pre-sentence report"));
        perform(
                        cm,
                        post("/api/v1/children/{id}/court-reports", child.id()),
                        "{\"appearanceId\": \"" + second
                                + "\", \"type\": \"PRE_SENTENCE\", \"dueDate\": \"2027-01-20\", "
                                + "\"reusedReportId\": \"" + psr + "\", \"reuseReason\": \"Nothing has changed since "
                                + "4 January: same address, school and engagement\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REUSED"))
                .andExpect(jsonPath("$.reusedReportId").value(psr));
        dueItems()
                .andExpect(jsonPath("$[1].dueDate").value("2027-01-20"))
                .andExpect(jsonPath("$[1].status").value("MET"))
                .andExpect(jsonPath("$[1].metOn").value("2027-01-12"));
    }

    @Test
    void theAuthorCannotQualityAssureTheirOwnReportAndAWithdrawnReportCancelsItsItem() throws Exception {
        String first = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12")));
        String report = id(call(
                cm,
                post("/api/v1/children/{id}/court-reports", child.id()),
                "{\"appearanceId\": \"" + first + "\", \"type\": \"STAND_DOWN\", \"dueDate\": \"2026-12-11\", "
                        + "\"authorId\": \"" + userId(manager) + "\"}"));
        perform(mgr, post("/api/v1/court-reports/{id}/quality-assurance", report), "{\"version\": 0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("You wrote this report: another manager must quality assure it"));
        perform(cm, post("/api/v1/court-reports/{id}/withdraw", report), "{\"version\": 0, \"reason\": \"\"}")
                .andExpect(status().isBadRequest());
        perform(
                        cm,
                        post("/api/v1/court-reports/{id}/withdraw", report),
                        "{\"version\": 0, \"reason\": \"The child changed their plea\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        dueItems()
                .andExpect(jsonPath("$[0].status").value("CANCELLED"))
                .andExpect(jsonPath("$[0].cancelledReason")
                        .value("Report no longer needed: The child changed their plea"));
    }

    @Test
    void aRemandToYouthDetentionStartsARemandThatTheSentencingAppearanceEnds() throws Exception {
        String first = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-04", "FIRST", "REMANDED", "2026-12-18")));
        perform(
                        cm,
                        post("/api/v1/court-appearances/{id}/remand", first),
                        "{\"version\": 0, \"decision\": " + "\"REMAND_TO_YOUTH_DETENTION\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("establishmentType", "establishmentName")));
        String remanded = call(
                cm,
                post("/api/v1/court-appearances/{id}/remand", first),
                "{\"version\": 0, \"decision\": \"REMAND_TO_YOUTH_DETENTION\", \"establishmentType\": "
                        + "\"SECURE_TRAINING_CENTRE\", \"establishmentName\": \"Oakhill\"}");
        String remand = remanded.replaceAll("(?s).*\"remandInterventionId\":\"([0-9a-f-]{36})\".*", "$1");
        perform(cm, get("/api/v1/interventions/{id}", remand), null)
                .andExpect(jsonPath("$.type").value("REMAND_TO_YOUTH_DETENTION"))
                .andExpect(jsonPath("$.startDate").value("2026-12-04"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        // Sentenced on 18 December 2026 without a pre-sentence report: the remand ends.
        String sentencing = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-18", "SENTENCE", "SENTENCED", null)));
        perform(cm, get("/api/v1/court-appearances/{id}", sentencing), null)
                .andExpect(jsonPath("$.ended[0].interventionId").value(remand))
                .andExpect(jsonPath("$.ended[0].summary")
                        .value("Remand to youth detention accommodation from 4 December 2026 ended on 18 December "
                                + "2026: sentenced"));
        perform(cm, get("/api/v1/interventions/{id}", remand), null)
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedOn").value("2026-12-18"))
                .andExpect(jsonPath("$.closureReason").value("COMPLETED"));

        // The sentence page warns that no pre-sentence report reached the court in these proceedings.
        mvc.perform(get("/court-appearances/{id}/sentence", sentencing)
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("No pre-sentence report was submitted or reused in these proceedings")))
                .andExpect(content().string(containsString("Remand to youth detention accommodation from 4 December")));

        // A referral order of 6 months: its initial panel is 20 WD later, over 25, 28 Dec and 1 Jan.
        perform(
                        cm,
                        post("/api/v1/court-appearances/{id}/sentence", sentencing),
                        "{\"type\": \"REFERRAL_ORDER\", \"lengthMonths\": 2}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("A referral order lasts from 3 to 12 months"));
        perform(
                        cm,
                        post("/api/v1/court-appearances/{id}/sentence", sentencing),
                        "{\"type\": \"REFERRAL_ORDER\", \"lengthMonths\": 6, \"caseManagerId\": \""
                                + userId(caseManager) + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.madeOn").value("2026-12-18"))
                .andExpect(jsonPath("$.endDate").value("2027-06-18"))
                .andExpect(jsonPath("$.withoutReport").value(true));
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].rule")
                        .value("referral-order-initial-panel"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].dueDate")
                        .value("2027-01-20"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].dueDateReason")
                        .value("20 working days after 18 December 2026"));
    }

    @Test
    void bailSupportEndsOnRemandAndARemandContinuesUntilTheChildIsBailed() throws Exception {
        String first = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-04", "FIRST", "BAILED", "2026-12-11")));
        perform(
                        cm,
                        post("/api/v1/court-appearances/{id}/remand", first),
                        "{\"version\": 0, \"decision\": " + "\"REMAND_TO_LOCAL_AUTHORITY\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The child was bailed: select a kind of bail, or correct the outcome to remanded"));
        String bailSupport = remandIntervention(call(
                cm,
                post("/api/v1/court-appearances/{id}/remand", first),
                "{\"version\": 0, \"decision\": \"CONDITIONAL_BAIL_WITH_SUPPORT\"}"));
        perform(cm, get("/api/v1/interventions/{id}", bailSupport), null)
                .andExpect(jsonPath("$.type").value("BAIL_SUPPORT"));

        // Remanded to local authority accommodation at the next hearing: bail support ends.
        String second = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-11", "ADJOURNED", "REMANDED", "2026-12-18")));
        perform(cm, get("/api/v1/interventions/{id}", bailSupport), null)
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedOn").value("2026-12-11"));
        String remand = remandIntervention(call(
                cm,
                post("/api/v1/court-appearances/{id}/remand", second),
                "{\"version\": 0, \"decision\": \"REMAND_TO_LOCAL_AUTHORITY\"}"));

        // Remanded again: the same remand continues, no second one starts.
        String third = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-18", "ADJOURNED", "REMANDED", "2027-01-08")));
        assertThat(remandIntervention(call(
                        cm,
                        post("/api/v1/court-appearances/{id}/remand", third),
                        "{\"version\": 0, \"decision\": \"REMAND_TO_LOCAL_AUTHORITY\"}")))
                .isEqualTo(remand);
        perform(cm, get("/api/v1/children/{id}/interventions", child.id()), null)
                .andExpect(jsonPath("$.length()").value(2));

        // Bailed on 8 January 2027: the remand ends; the outcome of an appearance that ended it stays.
        String fourth = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2027-01-08", "ADJOURNED", "BAILED", "2027-01-22")));
        perform(cm, get("/api/v1/interventions/{id}", remand), null)
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.startDate").value("2026-12-11"))
                .andExpect(jsonPath("$.closedOn").value("2027-01-08"));
        perform(
                        cm,
                        put("/api/v1/court-appearances/{id}", fourth),
                        appearance("2027-01-08", "ADJOURNED", "ADJOURNED", "2027-01-22")
                                .replace("{", "{\"version\": 0, "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    private static String remandIntervention(String json) {
        return json.replaceAll("(?s).*\"remandInterventionId\":\"([0-9a-f-]{36})\".*", "$1");
    }

    @Test
    void theCourtsDatesAndTheChildsOffencesAreChecked() throws Exception {
        perform(
                        cm,
                        post("/api/v1/children/{id}/court-appearances", child.id()),
                        appearance("2026-12-11", "FIRST", "ADJOURNED", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nextHearingDate"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the date of the next hearing"));
        perform(
                        cm,
                        post("/api/v1/children/{id}/court-appearances", child.id()),
                        appearance("2026-12-11", "FIRST", "BAILED", "2026-12-11"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The next hearing must be after this appearance"));
        perform(
                        cm,
                        post("/api/v1/children/{id}/court-appearances", child.id()),
                        appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12")
                                .replace(offenceId, UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offenceIds"));
        perform(
                        cm,
                        post("/api/v1/children/{id}/court-appearances", child.id()),
                        appearance("2027-02-02", "FIRST", "ADJOURNED", "2027-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The date of the appearance must be today or in the past"));
    }

    @Test
    void aCorrectionFromAStaleVersionIsRefused() throws Exception {
        String first = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12")));
        String corrected =
                appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-13").replace("{", "{\"version\": 0, ");
        perform(cm, put("/api/v1/court-appearances/{id}", first), corrected)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nextHearingDate").value("2027-01-13"))
                .andExpect(jsonPath("$.version").value(1));
        perform(cm, put("/api/v1/court-appearances/{id}", first), corrected)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changedBy").value(caseManager));
    }

    @Test
    void anotherServiceSeesNothingAndRolesWithoutChildEditChangeNothing() throws Exception {
        String first = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12")));
        String report = id(call(
                cm,
                post("/api/v1/children/{id}/court-reports", child.id()),
                "{\"appearanceId\": \"" + first + "\", \"type\": \"PRE_SENTENCE\", \"dueDate\": \"2026-12-29\", "
                        + "\"authorId\": \"" + userId(caseManager) + "\"}"));

        YouthJusticeService other = data.service("Elsewhere");
        String outsider = data.apiToken(data.account("court.other", Role.CASE_MANAGER, other));
        String otherManager = data.apiToken(data.account("court.othermgr", Role.OPERATIONAL_MANAGER, other));
        perform(outsider, get("/api/v1/children/{id}/court-appearances", child.id()), null)
                .andExpect(status().isNotFound());
        perform(outsider, get("/api/v1/court-appearances/{id}", first), null).andExpect(status().isNotFound());
        perform(outsider, get("/api/v1/children/{id}/court-reports", child.id()), null)
                .andExpect(status().isNotFound());
        perform(
                        outsider,
                        post("/api/v1/children/{id}/court-appearances", child.id()),
                        appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12"))
                .andExpect(status().isNotFound());
        perform(otherManager, post("/api/v1/court-reports/{id}/quality-assurance", report), "{\"version\": 0}")
                .andExpect(status().isNotFound());

        String qa = data.apiToken(data.account("court.qa", Role.QA_LEAD, service));
        String head = data.apiToken(data.account("court.head", Role.HEAD_OF_SERVICE, service));
        perform(qa, get("/api/v1/children/{id}/court-appearances", child.id()), null)
                .andExpect(status().isOk());
        for (String token : new String[] {qa, head}) {
            perform(
                            token,
                            post("/api/v1/children/{id}/court-appearances", child.id()),
                            appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12"))
                    .andExpect(status().isForbidden());
            perform(token, post("/api/v1/court-reports/{id}/submit", report), "{\"version\": 0}")
                    .andExpect(status().isForbidden());
            perform(token, post("/api/v1/court-appearances/{id}/sentence", first), "{\"type\": \"REFERRAL_ORDER\"}")
                    .andExpect(status().isForbidden());
        }
        // Every change and view is on the child's trail: the two records created, the one read that was allowed
        // (the writes log no view of what they read, ADR 0005).
        assertThat(jdbc.sql("select action from audit_event where child_id = :c and record_type like 'COURT%'")
                        .param("c", child.id())
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("CREATED", "CREATED", "VIEWED");
    }

    @Test
    void thePagesAreScopedAndGuardedLikeTheApi() throws Exception {
        String first = id(call(
                cm,
                post("/api/v1/children/{id}/court-appearances", child.id()),
                appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-12")));
        String report = id(call(
                cm,
                post("/api/v1/children/{id}/court-reports", child.id()),
                "{\"appearanceId\": \"" + first + "\", \"type\": \"PRE_SENTENCE\", \"dueDate\": \"2026-12-29\", "
                        + "\"authorId\": \"" + userId(caseManager) + "\"}"));
        mvc.perform(get("/children/{id}/court", child.id()).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Northbridge Youth Court")))
                .andExpect(content().string(containsString("20 November 2026: Theft and handling stolen goods")))
                .andExpect(content().string(containsString("Awaiting quality assurance")));
        String qa = data.account("court.qapage", Role.QA_LEAD, service);
        mvc.perform(get("/children/{id}/court", child.id()).with(authentication(data.authenticationOf(qa))))
                .andExpect(status().isOk());
        mvc.perform(get("/children/{id}/court/appearances/new", child.id())
                        .with(authentication(data.authenticationOf(qa))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/court-reports/{id}/quality-assurance", report)
                        .param("version", "0")
                        .with(csrf())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        String outsider = data.account("court.outpage", Role.OPERATIONAL_MANAGER, data.service("Away"));
        mvc.perform(get("/children/{id}/court", child.id()).with(authentication(data.authenticationOf(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/court-reports/{id}", report).with(authentication(data.authenticationOf(outsider))))
                .andExpect(status().isNotFound());
        // A page form with a mistake answers the page again with the error, and nothing is saved.
        mvc.perform(post("/children/{id}/court/appearances", child.id())
                        .param("appearanceDate.day", "11")
                        .param("appearanceDate.month", "12")
                        .param("appearanceDate.year", "2026")
                        .param("courtName", "Northbridge Youth Court")
                        .param("courtKind", "YOUTH_COURT")
                        .param("hearingType", "ADJOURNED")
                        .param("offenceIds", offenceId)
                        .param("outcome", "BAILED")
                        .with(csrf())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date of the next hearing")));
        perform(cm, get("/api/v1/children/{id}/court-appearances", child.id()), null)
                .andExpect(jsonPath("$.length()").value(1));
        // Correcting on the page: a save from a stale version shows who changed what, and keeps the answers.
        mvc.perform(get("/court-appearances/{id}/edit", first).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Correct a court appearance")));
        perform(
                        cm,
                        put("/api/v1/court-appearances/{id}", first),
                        appearance("2026-12-11", "FIRST", "ADJOURNED", "2027-01-13")
                                .replace("{", "{\"version\": 0, "))
                .andExpect(status().isOk());
        mvc.perform(post("/court-appearances/{id}", first)
                        .param("version", "0")
                        .param("appearanceDate.day", "11")
                        .param("appearanceDate.month", "12")
                        .param("appearanceDate.year", "2026")
                        .param("courtName", "Northbridge Youth Court (court 2)")
                        .param("courtKind", "YOUTH_COURT")
                        .param("hearingType", "FIRST")
                        .param("offenceIds", offenceId)
                        .param("outcome", "ADJOURNED")
                        .param("nextHearingDate.day", "12")
                        .param("nextHearingDate.month", "1")
                        .param("nextHearingDate.year", "2027")
                        .with(csrf())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This record was changed by " + caseManager)))
                .andExpect(content().string(containsString("Northbridge Youth Court (court 2)")));
        mvc.perform(get("/v3/api-docs").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(content().string(containsString("/api/v1/court-reports/{id}/quality-assurance")));
    }

    private String appearance(String date, String hearing, String outcome, String next) {
        return "{\"appearanceDate\": \"" + date + "\", \"courtName\": \"Northbridge Youth Court\", "
                + "\"courtKind\": \"YOUTH_COURT\", \"hearingType\": \"" + hearing + "\", \"offenceIds\": [\""
                + offenceId + "\"], \"outcome\": \"" + outcome + "\", "
                + (next == null ? "" : "\"nextHearingDate\": \"" + next + "\", ")
                + "\"informationToCourt\": \"Speech and language needs: short sentences, check understanding\"}";
    }

    private ResultActions dueItems() throws Exception {
        return perform(cm, get("/api/v1/children/{id}/due-items", child.id()), null);
    }

    private ResultActions perform(String token, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private String call(String token, MockHttpServletRequestBuilder request, String json) throws Exception {
        String body = perform(token, request, json).andReturn().getResponse().getContentAsString();
        assertThat(body).as("created").contains("\"id\"");
        return body;
    }

    private static String id(String json) {
        return json.replaceFirst("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }
}
