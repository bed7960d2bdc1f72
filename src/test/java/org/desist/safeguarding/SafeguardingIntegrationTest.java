package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
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
 * Risk and safeguarding from an assessment's classifications to the records that answer them; "today" is Monday
 * 1 February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class SafeguardingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ChronologySource> chronology;

    YouthJusticeService service;
    String caseManager;
    String token;
    String reader;
    Child child;
    String interventionId;

    @BeforeEach
    void aChildOnAReferralOrder() throws Exception {
        service = data.service("Safeguard");
        caseManager = data.account("sg.cm", Role.OPERATIONAL_MANAGER, service);
        token = data.apiToken(caseManager);
        reader = data.account("sg.qa", Role.QA_LEAD, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Riley", "Stone", LocalDate.of(2010, 5, 6))));
        TestData.signOut();
        interventionId = id(body((post("/api/v1/children/{id}/interventions", child.id()))
                .content(
                        "{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-18\", \"endDate\": \"2027-06-18\"}")));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aHighRoshMakesARiskPanelReferralDueAndTheReferralMeetsIt() throws Exception {
        submit("LOW", "HIGH");

        // Submitted Monday 1 February 2027 + 5 WD: Monday 8 February. Safety and wellbeing low: no VMP.
        api(get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(
                        jsonPath("$[?(@.rule == 'risk-panel-referral')].status").value("OPEN"))
                .andExpect(jsonPath("$[?(@.rule == 'risk-panel-referral')].dueDate")
                        .value("2027-02-08"))
                .andExpect(jsonPath("$[?(@.rule == 'vulnerability-management-plan')]")
                        .isEmpty());
        api(get("/api/v1/children/{id}/safeguarding", child.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.classifications[?(@.lens == 'RISK_OF_HARM')].classification")
                        .value("HIGH"))
                .andExpect(jsonPath("$.classifications[?(@.lens == 'RISK_OF_HARM')].consequence")
                        .value("Refer to the risk panel"))
                .andExpect(jsonPath("$.dueItems.length()").value(1));
        page(get("/children/{id}/safeguarding", child.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refer to the risk panel")))
                .andExpect(content().string(containsString("8 February 2027")));

        // The reason is needed; the panel cannot sit before the referral.
        page(post("/children/{id}/safeguarding/referrals", child.id())
                        .param("referredOn.day", "1")
                        .param("referredOn.month", "2")
                        .param("referredOn.year", "2027")
                        .param("panelDate.day", "29")
                        .param("panelDate.month", "1")
                        .param("panelDate.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Enter the reason for the referral")))
                .andExpect(content().string(containsString("The panel cannot sit before the referral")));
        page(post("/children/{id}/safeguarding/referrals", child.id())
                        .param("referredOn.day", "1")
                        .param("referredOn.month", "2")
                        .param("referredOn.year", "2027")
                        .param("reason", "ROSH raised to high: weapon carrying"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/safeguarding?referred"));

        api(get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(
                        jsonPath("$[?(@.rule == 'risk-panel-referral')].status").value("MET"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'risk-panel-referral')].metOn").value("2027-02-01"));
        String referralId = jdbc.sql("select id from risk_panel_referral where child_id = :child")
                .param("child", child.id())
                .query(UUID.class)
                .single()
                .toString();
        assertThat(audits("RISK_PANEL_REFERRAL")).isEqualTo(1);

        // The panel sits: recorded from the version read; a second save of the same version is stale.
        page(get("/safeguarding/referrals/{id}/edit", referralId)).andExpect(status().isOk());
        page(post("/safeguarding/referrals/{id}", referralId)
                        .param("version", "0")
                        .param("referredOn.day", "1")
                        .param("referredOn.month", "2")
                        .param("referredOn.year", "2027")
                        .param("reason", "ROSH raised to high: weapon carrying")
                        .param("panelDate.day", "1")
                        .param("panelDate.month", "2")
                        .param("panelDate.year", "2027")
                        .param("decisions", "Joint home visit with police"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/safeguarding?panel"));
        page(post("/safeguarding/referrals/{id}", referralId)
                        .param("version", "0")
                        .param("referredOn.day", "1")
                        .param("referredOn.month", "2")
                        .param("referredOn.year", "2027")
                        .param("reason", "Something else"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This record was changed by")))
                .andExpect(content().string(containsString("Nothing was saved: check your answers and save again.")))
                .andExpect(content().string(containsString("Recorded the risk panel held on 2027-02-01")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        page(post("/children/{id}/safeguarding/actions", child.id())
                        .param("recordType", "RISK_PANEL_REFERRAL")
                        .param("recordId", referralId)
                        .param("action", "Joint home visit")
                        .param("ownerAgency", "Police")
                        .param("dueOn.day", "5")
                        .param("dueOn.month", "2")
                        .param("dueOn.year", "2027"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/safeguarding?action"));
        api(get("/api/v1/children/{id}/safeguarding", child.id()))
                .andExpect(jsonPath("$.referrals[0].panelDate").value("2027-02-01"))
                .andExpect(jsonPath("$.referrals[0].version").value(1))
                .andExpect(jsonPath("$.referrals[0].actions[0].ownerAgency").value("Police"));
        assertThat(audits("RISK_PANEL_REFERRAL")).isEqualTo(2);
        assertThat(audits("SAFEGUARDING_ACTION")).isEqualTo(1);
    }

    @Test
    void aMediumSafetyAndWellbeingMakesAVmpDueOnceAndThePlanMeetsIt() throws Exception {
        submit("MEDIUM", "LOW");
        // Submitted Monday 1 February 2027 + 10 WD: Monday 15 February.
        api(get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$[?(@.rule == 'vulnerability-management-plan')].status")
                        .value("OPEN"))
                .andExpect(jsonPath("$[?(@.rule == 'vulnerability-management-plan')].dueDate")
                        .value("2027-02-15"))
                .andExpect(jsonPath("$[?(@.rule == 'risk-panel-referral')]").isEmpty());

        // Rising to high while the plan is still due does not make a second one due.
        submit("HIGH", "LOW");
        api(get("/api/v1/children/{id}/safeguarding", child.id()))
                .andExpect(jsonPath("$.dueItems.length()").value(1))
                .andExpect(jsonPath("$.classifications[?(@.lens == 'SAFETY_AND_WELLBEING')].classification")
                        .value("HIGH"));
        page(get("/children/{id}/safeguarding", child.id()))
                .andExpect(content().string(containsString("Record the VMP")))
                .andExpect(content().string(containsString("Refer to the risk panel (optional)")));

        page(post("/children/{id}/safeguarding/plans", child.id())
                        .param("planDate.day", "1")
                        .param("planDate.month", "2")
                        .param("planDate.year", "2027")
                        .param("vulnerabilities", "Drug debt to older peers")
                        .param("reviewOn.day", "1")
                        .param("reviewOn.month", "1")
                        .param("reviewOn.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Describe the contingency plan")))
                .andExpect(content().string(containsString("The review date must be on or after the date of the plan")))
                .andExpect(content().string(containsString("Select whether the case is referred to the risk panel")));
        page(post("/children/{id}/safeguarding/plans", child.id())
                        .param("planDate.day", "1")
                        .param("planDate.month", "2")
                        .param("planDate.year", "2027")
                        .param("vulnerabilities", "Drug debt to older peers")
                        .param("contingency", "Move to grandmother's; strategy meeting")
                        .param("reviewOn.day", "1")
                        .param("reviewOn.month", "3")
                        .param("reviewOn.year", "2027")
                        .param("referredToPanel", "no"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/safeguarding?planned"));
        api(get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$[?(@.rule == 'vulnerability-management-plan')].status")
                        .value("MET"));
        api(get("/api/v1/children/{id}/safeguarding", child.id()))
                .andExpect(jsonPath("$.plans[0].referredToPanel").value(false))
                .andExpect(jsonPath("$.plans[0].reviewOn").value("2027-03-01"));
        assertThat(audits("VULNERABILITY_MANAGEMENT_PLAN")).isEqualTo(1);
    }

    @Test
    void meetingsMappaAndConcernsAreRecordedAndReadThroughTheApiAndTheChronology() throws Exception {
        // A meeting the YOS did not attend needs the reason.
        page(post("/children/{id}/safeguarding/meetings", child.id())
                        .param("type", "STRATEGY_MEETING")
                        .param("heldOn.day", "28")
                        .param("heldOn.month", "1")
                        .param("heldOn.year", "2027")
                        .param("calledBy", "OTHER")
                        .param("attendance", "NOT_REPRESENTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#notRepresentedReason\"")))
                .andExpect(content().string(containsString("Enter why the YOS was not represented")))
                .andExpect(content().string(containsString("Enter which agency called the meeting")));
        page(post("/children/{id}/safeguarding/meetings", child.id())
                        .param("type", "TEAM_AROUND_THE_CHILD")
                        .param("heldOn.day", "28")
                        .param("heldOn.month", "1")
                        .param("heldOn.year", "2027")
                        .param("calledBy", "SOCIAL_CARE")
                        .param("attendance", "MANAGER")
                        .param("decisions", "School and YOS to share attendance weekly"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/safeguarding?meeting"));
        page(post("/children/{id}/safeguarding/mappa", child.id())
                        .param("level", "2")
                        .param("category", "4")
                        .param("decidedOn.day", "20")
                        .param("decidedOn.month", "1")
                        .param("decidedOn.year", "2027")
                        .param("reviewOn.day", "20")
                        .param("reviewOn.month", "4")
                        .param("reviewOn.year", "2027"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/safeguarding?mappa"));

        // A concern through the API: checked field by field (RFC 9457), then recorded with how long reporting took.
        api(post("/api/v1/children/{id}/child-protection-concerns", child.id()).content("""
                        {"identifiedOn": "2027-01-29", "socialCareContact": "CONTACT_TEAM"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'identifiedBy')].message")
                        .value("Enter who identified the concern"))
                .andExpect(jsonPath("$.errors[?(@.field == 'concern')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'socialCareName')]").isNotEmpty())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'socialCareToldOn')]").isNotEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'socialCareHow')]").isNotEmpty());
        api(post("/api/v1/children/{id}/child-protection-concerns", child.id()).content("""
                        {"identifiedOn": "2027-01-29", "identifiedBy": "Sam Ellis", "concern": "Bruising on arm",
                         "managerName": "Pat Khan", "managerToldOn": "2027-01-29",
                         "socialCareContact": "CONTACT_TEAM", "socialCareName": "Duty worker",
                         "socialCareToldOn": "2027-02-01", "socialCareHow": "PHONE"}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reporting.status").value("LATE"))
                .andExpect(jsonPath("$.reporting.days").value(3))
                .andExpect(jsonPath("$.reporting.summary").value("Reported 3 days after it was identified"));

        api(get("/api/v1/children/{id}/safeguarding", child.id()))
                .andExpect(jsonPath("$.meetings[0].type").value("TEAM_AROUND_THE_CHILD"))
                .andExpect(jsonPath("$.meetings[0].attendance").value("MANAGER"))
                .andExpect(jsonPath("$.mappa[0].level").value(2))
                .andExpect(jsonPath("$.mappa[0].category").value(4))
                .andExpect(jsonPath("$.concerns[0].details.socialCareContact").value("CONTACT_TEAM"));
        page(get("/children/{id}/safeguarding", child.id()))
                .andExpect(content().string(containsString("Attended by the case holder’s manager")))
                .andExpect(content().string(containsString("Category 4 (terrorism)")))
                .andExpect(content().string(containsString("Reported 3 days after it was identified")));
        assertThat(audits("CHILD_PROTECTION_CONCERN")).isEqualTo(1);
        assertThat(audits("MULTI_AGENCY_MEETING")).isEqualTo(1);

        // Social care's response added on the concern's page, from the version read; a second save of that version
        // is told who changed it first (the stale-record panel) and nothing is saved.
        String concernId = jdbc.sql("select id from child_protection_concern where child_id = :child")
                .param("child", child.id())
                .query(UUID.class)
                .single()
                .toString();
        page(get("/safeguarding/concerns/{id}/edit", concernId)).andExpect(status().isOk());
        page(concernPost(concernId, "Strategy discussion held"))
                .andExpect(redirectedUrl("/children/" + child.id() + "/safeguarding?concernChanged"));
        page(concernPost(concernId, "No further action"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This record was changed by")))
                .andExpect(content().string(containsString("Nothing was saved: check your answers and save again.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("select social_care_response from child_protection_concern where id = :id")
                        .param("id", UUID.fromString(concernId))
                        .query(String.class)
                        .single())
                .isEqualTo("Strategy discussion held");
        assertThat(audits("CHILD_PROTECTION_CONCERN")).isEqualTo(2);
        assertThat(audits("MAPPA")).isEqualTo(1);

        List<ChronologyEntry> entries = chronology.stream()
                .flatMap(s -> s.entriesFor(data.accessible(caseManager, child.id())).stream())
                .filter(e -> e.type() == ChronologyType.PANEL || e.type() == ChronologyType.SAFEGUARDING)
                .toList();
        assertThat(entries)
                .extracting(ChronologyEntry::on, ChronologyEntry::type, ChronologyEntry::title)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2027, 1, 28), ChronologyType.PANEL, "Team around the child (TAC)"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2027, 1, 20), ChronologyType.SAFEGUARDING, "MAPPA level 2, category 4"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2027, 1, 29), ChronologyType.SAFEGUARDING, "Child protection concern"));
    }

    @Test
    void aCaretakingHostSeesButCannotChangeAReaderCannotChangeAnOutsiderCannotSee() throws Exception {
        YouthJusticeService host = data.service("SafeguardHost");
        String hostWorker = data.account("sg.host", Role.CASE_MANAGER, host);
        String outsider = data.account("sg.out", Role.CASE_MANAGER, data.service("SafeguardElsewhere"));
        api(post("/api/v1/interventions/{id}/caretaking", interventionId)
                        .content(
                                "{\"version\": 0, \"hostServiceId\": \"" + host.id() + "\", \"from\": \"2027-01-04\"}"))
                .andExpect(status().isOk());
        String concern = """
                {"identifiedOn": "2027-02-01", "identifiedBy": "Host worker", "concern": "Disclosure"}
                """;

        mvc.perform(get("/api/v1/children/{id}/safeguarding", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(hostWorker)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/children/{id}/child-protection-concerns", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(hostWorker))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/safeguarding", child.id())
                        .with(authentication(data.authenticationOf(hostWorker))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("under a caretaking arrangement")))
                .andExpect(content().string(not(containsString("Record a child protection concern"))));
        mvc.perform(post("/children/{id}/safeguarding/concerns", child.id())
                        .with(authentication(data.authenticationOf(hostWorker)))
                        .with(csrf())
                        .param("identifiedOn.day", "1")
                        .param("identifiedOn.month", "2")
                        .param("identifiedOn.year", "2027")
                        .param("identifiedBy", "Host worker")
                        .param("concern", "Disclosure"))
                .andExpect(status().isForbidden());

        // A reader (QA lead) may read but not change.
        mvc.perform(get("/children/{id}/safeguarding", child.id()).with(authentication(data.authenticationOf(reader))))
                .andExpect(status().isOk());
        for (String form : List.of("concerns/new", "meetings/new", "referrals/new", "plans/new", "mappa/new")) {
            mvc.perform(get("/children/{id}/safeguarding/" + form, child.id())
                            .with(authentication(data.authenticationOf(reader))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/children/{id}/safeguarding/meetings", child.id())
                        .with(authentication(data.authenticationOf(reader)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/children/{id}/child-protection-concerns", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(reader))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern))
                .andExpect(status().isForbidden());

        // Outside the child's services the record does not exist.
        mvc.perform(get("/api/v1/children/{id}/safeguarding", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/{id}/safeguarding", child.id())
                        .with(authentication(data.authenticationOf(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/children/{id}/child-protection-concerns", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(outsider))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern))
                .andExpect(status().isNotFound());
        assertThat(audits("CHILD_PROTECTION_CONCERN")).isZero();
    }

    // Helpers ----------------------------------------------------------------------------------------------

    /** An assessment with these classifications, submitted today. */
    private static MockHttpServletRequestBuilder concernPost(String concernId, String response) {
        return post("/safeguarding/concerns/{id}", concernId)
                .param("version", "0")
                .param("identifiedOn.day", "29")
                .param("identifiedOn.month", "1")
                .param("identifiedOn.year", "2027")
                .param("identifiedBy", "Sam Ellis")
                .param("concern", "Bruising on arm")
                .param("managerName", "Pat Khan")
                .param("managerToldOn.day", "29")
                .param("managerToldOn.month", "1")
                .param("managerToldOn.year", "2027")
                .param("socialCareContact", "CONTACT_TEAM")
                .param("socialCareName", "Duty worker")
                .param("socialCareToldOn.day", "1")
                .param("socialCareToldOn.month", "2")
                .param("socialCareToldOn.year", "2027")
                .param("socialCareHow", "PHONE")
                .param("socialCareResponse", response);
    }

    private void submit(String safety, String harm) throws Exception {
        String id = id(body((post("/api/v1/interventions/{id}/assessments", interventionId))));
        body((put("/api/v1/assessments/{id}", id)).content(edit(0, safety, harm)));
        body((post("/api/v1/assessments/{id}/submit", id)).content("{\"version\": 1}"));
    }

    private long audits(String recordType) {
        return jdbc.sql("select count(*) from audit_event where child_id = :child and record_type = :type"
                        + " and action <> 'VIEWED'")
                .param("child", child.id())
                .param("type", recordType)
                .query(Long.class)
                .single();
    }

    private static String edit(long version, String safety, String harm) {
        return """
                {"version": %d, "details": {
                  "desistance": {"offendingFactors": "Older peers", "desistanceFactors": "Boxing club",
                    "strengths": "Close to his gran", "maturityAndMotivation": "Wants to change",
                    "diversityAndContext": "Lives with mum", "structuralBarriers": "Excluded from school",
                    "likelihoodOfReoffending": "MEDIUM"},
                  "safetyAndWellbeing": {"concerns": "Owes money to older peers",
                    "concernTypes": ["DRUG_DEBTS", "EXPLOITATION"], "classification": "%s",
                    "analysis": "The debt is being chased"},
                  "riskOfHarm": {"harm": "Assault with a weapon", "to": ["PEERS"],
                    "likelihood": "When challenged", "seriousness": "Serious injury", "classification": "%s"},
                  "sources": {"consulted": ["POLICE", "EDUCATION"], "childViews": "Wants to stay at home",
                    "parentsViews": "Mum is worried about his friends"},
                  "screening": {"speechLanguageAndCommunication": "Referred for SLCN assessment"}
                }}
                """.formatted(version, safety, harm);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(json(request));
    }

    private ResultActions page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                request.with(authentication(data.authenticationOf(caseManager))).with(csrf()));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(json(request));
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(body).isBetween(200, 299);
        return body;
    }

    private static String id(String json) {
        return json.replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
