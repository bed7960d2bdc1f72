package org.desist.outofcourt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Directory;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A child from police referral through screening and a joint panel's youth conditional caution to
 * completion, with the due items following across Christmas 2026 (25 and 28 December 2026 and 1 January
 * 2027 are bank holidays); withdrawal, validation, service scoping, stale versions and roles.
 */
@IntegrationTest
@org.springframework.context.annotation.Import(February2027.class)
class OutOfCourtIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    Directory directory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    UUID caseManagerId;
    String token;
    Child child;
    Offence offence;

    @BeforeEach
    void aChildWithAnAdmittedOffence() {
        service = data.service("Oocd");
        caseManager = data.account("oocd.cm", Role.CASE_MANAGER, service);
        caseManagerId = directory.caseHolders(service.id()).stream()
                .filter(s -> s.username().equals(caseManager))
                .findFirst()
                .orElseThrow()
                .id();
        token = data.apiToken(caseManager);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kai", "Mensah", LocalDate.of(2011, 2, 3))));
        offence = transactions.execute(s -> offences.record(
                childRecords.responsibleChild(child.id()),
                new Offences.NewOffence(
                        LocalDate.of(2026, 11, 20),
                        "Took sweets from a shop",
                        OffenceCategory.THEFT_AND_HANDLING,
                        Plea.ADMITTED,
                        null,
                        false,
                        false,
                        2,
                        0,
                        null)));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private ResultActions send(String path, Object id, String json) throws Exception {
        return api(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, id)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions dueItems() throws Exception {
        return api(get("/api/v1/children/{id}/due-items", child.id()));
    }

    private String refer(String referralDate, String bailDate) throws Exception {
        String created = send("/api/v1/children/{id}/out-of-court-referrals", child.id(), """
                        {"referralDate": "%s", "policeReference": "NB/12345/26", "referringOfficer": "PC 123 Hale",
                         "bailDate": %s, "caseManagerId": "%s", "offenceIds": ["%s"]}
                        """.formatted(
                        referralDate, bailDate == null ? "null" : "\"" + bailDate + "\"", caseManagerId, offence.id()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return created.replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private static final String PANEL = """
            {"version": %d, "panelDate": "2027-01-06",
             "attendees": [{"name": "PS Imran Shah", "agency": "POLICE"},
                           {"name": "Ruth Adeyemi", "agency": "YOUTH_JUSTICE_SERVICE"},
                           {"name": "Dr Lowe", "agency": "HEALTH"}],
             "recommendation": "YOUTH_CAUTION", "decision": "YOUTH_CONDITIONAL_CAUTION",
             "rationale": %s, "conditions": "Attend four reparation sessions\\nWrite a letter of apology",
             "conditionsEndOn": "%s", "policeToldOn": "2027-01-07"}
            """;

    @Test
    void aReferralGoesThroughScreeningAndAPanelToACompletedConditionalCaution() throws Exception {
        String id = refer("2026-12-14", "2026-12-21");

        // 14 December 2026 + 10 WD, skipping 25 and 28 December: 30 December 2026.
        // 21 December 2026 + 15 WD, skipping 25 and 28 December and 1 January: 14 January 2027.
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'oocd-assessment')].dueDate").value(contains("2026-12-30")))
                .andExpect(jsonPath("$[?(@.rule == 'oocd-assessment')].status").value(contains("OPEN")))
                .andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].dueDate").value(contains("2027-01-14")));
        api(get("/api/v1/out-of-court-referrals/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REFERRED"))
                .andExpect(jsonPath("$.diversionEligibility.eligible").value(true))
                .andExpect(jsonPath("$.firstTimeEntrant.firstTimeEntrant").value(false))
                .andExpect(jsonPath("$.version").value(0));

        // The bail date was in fact 23 December: 15 WD later is 18 January 2027.
        send("/api/v1/out-of-court-referrals/{id}/bail-date", id, "{\"version\": 0, \"bailDate\": \"2026-12-23\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bailDate").value("2026-12-23"));
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].dueDate").value(contains("2027-01-18")))
                .andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].dueDateReason")
                        .value(contains("15 working days after 23 December 2026")));
        // Someone else's stale version is refused.
        send("/api/v1/out-of-court-referrals/{id}/bail-date", id, "{\"version\": 0, \"bailDate\": \"2026-12-22\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));

        send("/api/v1/out-of-court-referrals/{id}/screening", id, """
                        {"version": 1, "completedOn": "2026-12-29", "summary": "Low risk; supportive family",
                         "sources": ["POLICE_INTELLIGENCE", "EDUCATION", "VICTIM_PERSPECTIVE"],
                         "specialistScreenings": [{"area": "SPEECH_LANGUAGE_COMMUNICATION", "screenedBy": "Amy Ford, SLT",
                                                   "screenedOn": "2026-12-22", "outcome": "Needs visual aids"}]}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("ASSESSED"))
                .andExpect(jsonPath("$.screening.sources.length()").value(3))
                .andExpect(
                        jsonPath("$.screening.specialistScreenings[0].outcome").value("Needs visual aids"));
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'oocd-assessment')].status").value(contains("MET")))
                .andExpect(jsonPath("$[?(@.rule == 'oocd-assessment')].metOn").value(contains("2026-12-29")));

        // The rationale is required, and conditions last no more than 3 months.
        send("/api/v1/out-of-court-referrals/{id}/panel-decision", id, PANEL.formatted(2, "null", "2027-04-06"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("rationale")));
        send(
                        "/api/v1/out-of-court-referrals/{id}/panel-decision",
                        id,
                        PANEL.formatted(2, "\"First offence, but planned\"", "2027-04-07"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("conditionsEndOn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The conditions of a youth conditional caution must end within 3 months"));
        send(
                        "/api/v1/out-of-court-referrals/{id}/panel-decision",
                        id,
                        PANEL.formatted(2, "\"First offence, but planned\"", "2027-04-06")
                                .replace("\"agency\": \"POLICE\"", "\"agency\": \"OTHER\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("attendees")));

        String decided = send(
                        "/api/v1/out-of-court-referrals/{id}/panel-decision",
                        id,
                        PANEL.formatted(2, "\"First offence, but planned\"", "2027-04-06"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("IN_DELIVERY"))
                .andExpect(jsonPath("$.decisionName").value("Youth conditional caution"))
                .andExpect(jsonPath("$.decisionDepartsFromRecommendation").value(true))
                .andExpect(jsonPath("$.panel.attendees.length()").value(3))
                .andExpect(jsonPath("$.firstTimeEntrant.firstTimeEntrant").value(true))
                .andExpect(jsonPath("$.firstTimeEntrant.since").value("2027-01-06"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String interventionId = decided.replaceAll("(?s).*\"interventionId\":\"([0-9a-f-]{36})\".*", "$1");
        // Telling the police on 7 January meets the decision item; the conditions end 3 months after the caution.
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].status").value(contains("MET")))
                .andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].metOn").value(contains("2027-01-07")))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].dueDate")
                        .value(contains("2027-04-06")))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].status")
                        .value(contains("OPEN")));
        api(get("/api/v1/interventions/{id}", interventionId))
                .andExpect(jsonPath("$.type").value("YOUTH_CONDITIONAL_CAUTION"))
                .andExpect(jsonPath("$.startDate").value("2027-01-06"))
                .andExpect(jsonPath("$.endDate").value("2027-04-06"))
                .andExpect(jsonPath("$.caseManagerId").value(caseManagerId.toString()));
        api(get("/api/v1/children/{id}/first-time-entrant", child.id()))
                .andExpect(jsonPath("$.firstTimeEntrant").value(true))
                .andExpect(jsonPath("$.by").value("Youth conditional caution"));

        send(
                        "/api/v1/out-of-court-referrals/{id}/completion",
                        id,
                        "{\"version\": 3, \"endedOn\": \"2027-03-30\", \"exitStrategy\": \"Youth club on Thursdays\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("COMPLETED"))
                .andExpect(jsonPath("$.deliveryEndedOn").value("2027-03-30"));
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].status")
                        .value(contains("MET")))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].metOn")
                        .value(contains("2027-03-30")));
        api(get("/api/v1/interventions/{id}", interventionId))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closureReason").value("COMPLETED"));

        // Every change was audited with the child, and so was each view of the referral.
        var actions = jdbc.sql("""
                        select action from audit_event
                         where record_type = 'OOCD_REFERRAL' and record_id = :id and child_id = :child
                        """)
                .param("id", UUID.fromString(id))
                .param("child", child.id())
                .query(String.class)
                .list();
        assertThat(actions).contains("CREATED", "CHANGED", "VIEWED");
        assertThat(actions.stream().filter("CHANGED"::equals).count()).isEqualTo(4);
    }

    @Test
    void withdrawalCancelsBothDueItemsWithTheReason() throws Exception {
        String id = refer("2026-12-14", "2026-12-21");
        send("/api/v1/out-of-court-referrals/{id}/withdraw", id, "{\"version\": 0, \"withdrawnOn\": \"2026-12-16\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(contains("reason")));
        send(
                        "/api/v1/out-of-court-referrals/{id}/withdraw",
                        id,
                        "{\"version\": 0, \"withdrawnOn\": \"2026-12-16\", \"reason\": \"Victim withdrew the complaint\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("WITHDRAWN"));
        dueItems()
                .andExpect(jsonPath("$[?(@.rule == 'oocd-assessment')].status").value(contains("CANCELLED")))
                .andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].status").value(contains("CANCELLED")))
                .andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].cancelledReason")
                        .value(contains("Referral withdrawn by the police: Victim withdrew the complaint")));
        // Nothing more can be recorded on a withdrawn referral.
        send(
                        "/api/v1/out-of-court-referrals/{id}/screening",
                        id,
                        "{\"version\": 1, \"completedOn\": \"2026-12-17\", \"summary\": \"Too late\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The police withdrew this referral"));
    }

    @Test
    void aBailDateGivenLaterRaisesTheDecisionItemThen() throws Exception {
        String id = refer("2026-12-14", null);
        dueItems().andExpect(jsonPath("$[*].rule").value(not(hasItem("oocd-decision"))));
        send("/api/v1/out-of-court-referrals/{id}/bail-date", id, "{\"version\": 0, \"bailDate\": \"2026-12-21\"}")
                .andExpect(status().isOk());
        dueItems().andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].dueDate").value(contains("2027-01-14")));
    }

    @Test
    void nonComplianceClosesTheCautionAsBreachedAndRecordsWhatHappened() throws Exception {
        String id = refer("2026-12-14", "2026-12-21");
        send("/api/v1/out-of-court-referrals/{id}/panel-decision", id, """
                        {"version": 0, "panelDate": "2026-12-22",
                         "attendees": [{"name": "PS Shah", "agency": "POLICE"}, {"name": "R Adeyemi", "agency": "YOUTH_JUSTICE_SERVICE"}],
                         "recommendation": "COMMUNITY_RESOLUTION", "decision": "COMMUNITY_RESOLUTION",
                         "rationale": "First offence, admitted, low gravity"}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionName").value("Triage"))
                .andExpect(jsonPath("$.decisionDepartsFromRecommendation").value(false))
                .andExpect(jsonPath("$.firstTimeEntrant.firstTimeEntrant").value(false));
        // Not told yet: the decision item stays open until the police are told.
        dueItems().andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].status").value(contains("OPEN")));
        send(
                        "/api/v1/out-of-court-referrals/{id}/police-told",
                        id,
                        "{\"version\": 1, \"policeToldOn\": \"2026-12-23\"}")
                .andExpect(status().isOk());
        dueItems().andExpect(jsonPath("$[?(@.rule == 'oocd-decision')].metOn").value(contains("2026-12-23")));

        send("/api/v1/out-of-court-referrals/{id}/non-compliance", id, "{\"version\": 2, \"endedOn\": \"2027-01-20\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("nonCompliance", "referredBackToPolice")));
        send("/api/v1/out-of-court-referrals/{id}/non-compliance", id, """
                        {"version": 2, "endedOn": "2027-01-20", "nonCompliance": "Missed three sessions",
                         "referredBackToPolice": true}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("NOT_COMPLIED"))
                .andExpect(jsonPath("$.referredBackToPolice").value(true));
    }

    @Test
    void theApiChecksWhatItIsSent() throws Exception {
        send("/api/v1/children/{id}/out-of-court-referrals", child.id(), "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(containsInAnyOrder("referralDate", "policeReference", "caseManagerId", "offenceIds")));
        send("/api/v1/children/{id}/out-of-court-referrals", child.id(), """
                        {"referralDate": "2026-12-14", "policeReference": "X", "bailDate": "2026-12-10",
                         "caseManagerId": "%s", "offenceIds": ["%s"]}
                        """.formatted(
                                caseManagerId, UUID.randomUUID()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("bailDate", "offenceIds")));
        // "Today" is 1 February 2027: a referral, or a panel, dated tomorrow has not happened yet.
        send("/api/v1/children/{id}/out-of-court-referrals", child.id(), """
                        {"referralDate": "2027-02-02", "policeReference": "X", "bailDate": "2027-02-16",
                         "caseManagerId": "%s", "offenceIds": ["%s"]}
                        """.formatted(caseManagerId, offence.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referralDate"))
                .andExpect(
                        jsonPath("$.errors[0].message").value("The date of the referral must be today or in the past"));
        String id = refer("2026-12-14", "2026-12-21");
        send("/api/v1/out-of-court-referrals/{id}/screening", id, """
                        {"version": 0, "completedOn": "2027-02-02", "summary": "Seen at home"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The screening and assessment cannot be completed in the future"));
        send("/api/v1/out-of-court-referrals/{id}/bail-date", id, "{\"bailDate\": \"2026-12-22\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        send("/api/v1/out-of-court-referrals/{id}/panel-decision", id, "{\"version\": 0, \"decision\": \"SENT_AWAY\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherServicesChildAndReferralsAreNotFound() throws Exception {
        String id = refer("2026-12-14", "2026-12-21");
        String outsider = data.apiToken(data.account("oocd.other", Role.CASE_MANAGER, data.service("Elsewhere")));
        for (var request : new MockHttpServletRequestBuilder[] {
            get("/api/v1/children/{id}/out-of-court-referrals", child.id()),
            get("/api/v1/out-of-court-referrals/{id}", id),
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/api/v1/children/{id}/out-of-court-referrals", child.id())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{}"),
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                            "/api/v1/out-of-court-referrals/{id}/withdraw", id)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\": 0, \"withdrawnOn\": \"2026-12-16\", \"reason\": \"x\"}")
        }) {
            mvc.perform(request.header("Authorization", "Bearer " + outsider)).andExpect(status().isNotFound());
        }
    }

    @Test
    void rolesWithoutChildEditCanReadButNotChange() throws Exception {
        String id = refer("2026-12-14", "2026-12-21");
        String qa = data.account("oocd.qa", Role.QA_LEAD, service);
        mvc.perform(get("/children/{id}/out-of-court", child.id()).with(authentication(data.authenticationOf(qa))))
                .andExpect(status().isOk());
        mvc.perform(get("/out-of-court/{id}", id).with(authentication(data.authenticationOf(qa))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record the screening and assessment"))));
        for (String path : new String[] {
            "/children/" + child.id() + "/out-of-court",
            "/out-of-court/" + id + "/screening",
            "/out-of-court/" + id + "/panel",
            "/out-of-court/" + id + "/bail-date",
            "/out-of-court/" + id + "/withdraw"
        }) {
            mvc.perform(post(path).with(csrf()).with(authentication(data.authenticationOf(qa))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/children/{id}/out-of-court/new", child.id()).with(authentication(data.authenticationOf(qa))))
                .andExpect(status().isForbidden());
        String qaToken = data.apiToken(qa);
        mvc.perform(get("/api/v1/out-of-court-referrals/{id}", id).header("Authorization", "Bearer " + qaToken))
                .andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/out-of-court-referrals/{id}/bail-date", id)
                        .header("Authorization", "Bearer " + qaToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"bailDate\": \"2026-12-22\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/children/{id}/out-of-court-referrals", child.id())
                        .header("Authorization", "Bearer " + qaToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePagesShowTheTabThePromptAndTheErrors() throws Exception {
        var cm = authentication(data.authenticationOf(caseManager));
        mvc.perform(post("/children/" + child.id() + "/out-of-court")
                        .with(csrf())
                        .with(cm)
                        .param("policeReference", "NB/1/26"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#referralDate-day\"")))
                .andExpect(content().string(containsString("Select the offence or offences the referral concerns")));
        mvc.perform(post("/children/" + child.id() + "/out-of-court")
                        .with(csrf())
                        .with(cm)
                        .param("referralDate.day", "14")
                        .param("referralDate.month", "12")
                        .param("referralDate.year", "2026")
                        .param("policeReference", "NB/1/26")
                        .param("bailDate.day", "21")
                        .param("bailDate.month", "12")
                        .param("bailDate.year", "2026")
                        .param("offenceIds", offence.id().toString())
                        .param("caseManagerId", caseManagerId.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/out-of-court/*?referred"));
        mvc.perform(get("/children/{id}/out-of-court", child.id()).with(cm))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-current=\"page\">Out of court</a>")))
                .andExpect(
                        content().string(containsString("Not a first-time entrant: no caution or conviction recorded")))
                .andExpect(content().string(containsString("Due 30 December 2026")))
                .andExpect(content().string(containsString("Due 14 January 2027")));
        String id = jdbc.sql("select id from oocd_referral where child_id = :child")
                .param("child", child.id())
                .query(String.class)
                .single();
        mvc.perform(get("/out-of-court/{id}", id).with(cm))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Assess for Triage")))
                .andExpect(content().string(containsString("The child has accepted guilt")));
        mvc.perform(post("/out-of-court/{id}/panel", id)
                        .with(csrf())
                        .with(cm)
                        .param("version", "0")
                        .param("panelDate.day", "6")
                        .param("panelDate.month", "1")
                        .param("panelDate.year", "2027")
                        .param("attendees[0].name", "PS Shah")
                        .param("attendees[0].agency", "POLICE")
                        .param("attendees[3].name", "Ruth Adeyemi")
                        .param("recommendation", "YOUTH_CAUTION")
                        .param("decision", "YOUTH_CAUTION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the rationale for the decision")))
                .andExpect(content().string(containsString("href=\"#attendees[3]-agency\"")))
                .andExpect(content().string(containsString("Select the agency of this attendee")))
                .andExpect(
                        content().string(containsString("A youth caution would make the child a first-time entrant")));

        // Steps that do not apply yet show the referral instead.
        mvc.perform(get("/out-of-court/{id}/completion", id).with(cm))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/out-of-court/*"));
        mvc.perform(post("/out-of-court/{id}/withdraw", id)
                        .with(csrf())
                        .with(cm)
                        .param("version", "0")
                        .param("date.day", "31")
                        .param("date.month", "2")
                        .param("date.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date the police withdrew it must be a real date")))
                .andExpect(content().string(containsString("Enter why the police withdrew the referral")));
        mvc.perform(post("/out-of-court/{id}/withdraw", id)
                        .with(csrf())
                        .with(cm)
                        .param("version", "0")
                        .param("date.day", "16")
                        .param("date.month", "12")
                        .param("date.year", "2026")
                        .param("text", "No further evidence"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/children/{id}/out-of-court", child.id()).with(cm))
                .andExpect(content().string(containsString("Withdrawn by the police")))
                .andExpect(content().string(containsString("Due 30 December 2026 · Cancelled")));
    }
}
