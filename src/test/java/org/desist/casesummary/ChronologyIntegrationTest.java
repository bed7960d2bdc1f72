package org.desist.casesummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.security.Directory;
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
 * The chronology and case summary against PostgreSQL, "today" Monday 1 February 2027: a child's offence (with a
 * victim), police referral and joint decision-making panel, the community resolution it started, an assessment
 * whose classification changed, contacts and a warning — each in its place, newest first; filters; who may see
 * the pages; victims never on them; every view audited.
 */
@IntegrationTest
@Import(February2027.class)
class ChronologyIntegrationTest {

    static final String VICTIM_NAME = "Marguerite Oyelaran-Fitch";
    static final String VICTIM_CONTACT = "07700 900456";
    static final String VICTIM_WISHES = "Would like the shop's losses repaid";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Directory directory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    String token;
    Child child;
    String interventionId;
    String offenceId;
    UUID caseManagerId;

    @BeforeEach
    void aChildsCaseFromOffenceToContacts() throws Exception {
        service = data.service("Chrono");
        caseManager = data.account("chrono.cm", Role.CASE_MANAGER, service);
        caseManagerId = directory.caseHolders(service.id()).stream()
                .filter(s -> s.username().equals(caseManager))
                .findFirst()
                .orElseThrow()
                .id();
        token = data.apiToken(caseManager);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Remy", "Okafor", LocalDate.of(2011, 5, 9))));
        TestData.signOut();

        offenceId = id(send(post("/api/v1/children/{id}/offences", child.id()), token, """
                {"offenceDate": "2026-11-20", "description": "Took sweets from a shop", "category": "THEFT_AND_HANDLING",
                 "plea": "ADMITTED", "gravityScore": 2}
                """));
        String victimWorker = data.apiToken(data.account("chrono.victims", Role.SPECIALIST_WORKER, service));
        send(post("/api/v1/offences/{id}/victims", offenceId), victimWorker, """
                {"kind": "PERSON", "name": "%s", "contact": "%s", "wishes": "%s"}
                """.formatted(
                        VICTIM_NAME, VICTIM_CONTACT, VICTIM_WISHES));

        String referral =
                id(send(post("/api/v1/children/{id}/out-of-court-referrals", child.id()), token, """
                {"referralDate": "2026-12-14", "policeReference": "NB/55501/26", "bailDate": "2026-12-21",
                 "caseManagerId": "%s", "offenceIds": ["%s"]}
                """.formatted(
                                caseManagerId, offenceId)));
        String decided = send(post("/api/v1/out-of-court-referrals/{id}/panel-decision", referral), token, """
                {"version": 0, "panelDate": "2026-12-22",
                 "attendees": [{"name": "PS Shah", "agency": "POLICE"}, {"name": "R Adeyemi", "agency": "YOUTH_JUSTICE_SERVICE"}],
                 "recommendation": "COMMUNITY_RESOLUTION", "decision": "COMMUNITY_RESOLUTION",
                 "rationale": "First offence, admitted, low gravity"}
                """);
        interventionId = JsonPath.read(decided, "$.interventionId");

        // The first assessment (Medium, Low), then a later one raising safety and wellbeing to High.
        String first = id(send(post("/api/v1/interventions/{id}/assessments", interventionId), token, null));
        send(put("/api/v1/assessments/{id}", first), token, assessment(0, "MEDIUM", "LOW"));
        send(post("/api/v1/assessments/{id}/submit", first), token, "{\"version\": 1}");
        String later = id(send(post("/api/v1/interventions/{id}/assessments", interventionId), token, null));
        send(put("/api/v1/assessments/{id}", later), token, assessment(0, "HIGH", "LOW"));
        send(post("/api/v1/assessments/{id}/submit", later), token, "{\"version\": 1}");

        send(post("/api/v1/interventions/{id}/contacts", interventionId), token, """
                {"date": "2027-01-12", "time": "16:00", "type": "HOME_VISIT", "place": "Home", "outcome": "ATTENDED"}
                """);
        String missed = id(send(post("/api/v1/interventions/{id}/contacts", interventionId), token, """
                {"date": "2027-01-19", "time": "16:00", "type": "OFFICE", "place": "YJS office",
                 "outcome": "UNACCEPTABLE_ABSENCE", "absenceReason": "Went to a friend's instead"}
                """));
        send(post("/api/v1/interventions/{id}/warnings", interventionId), token, """
                {"contactId": "%s", "givenOn": "2027-01-20", "givenBy": "Sam Patel", "method": "LETTER"}
                """.formatted(missed));
        // Planned for next week: it has not happened, so it is not in the chronology.
        send(post("/api/v1/interventions/{id}/contacts", interventionId), token, """
                {"date": "2027-02-08", "time": "16:00", "type": "SCHOOL", "place": "Northbridge Academy"}
                """);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void everyEntryIsInItsPlaceNewestFirst() throws Exception {
        String page = page("/children/{id}/chronology", caseManager)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("moj-timeline", "aria-current=\"page\">Chronology");
        assertInOrder(
                page,
                "Safety and wellbeing: Medium → High",
                "Assessment submitted",
                "Warning for an unacceptable absence",
                "Office: unacceptable absence",
                "Home visit: attended",
                "Started: Community resolution",
                "Joint decision-making panel: Triage",
                "Police referral received",
                "Offence: theft and handling stolen goods");
        assertThat(page)
                .contains(
                        "Safety and wellbeing: Medium<", "Risk of serious harm to others: Low<", "First classification")
                .contains("Awaiting a manager&#39;s countersignature")
                .contains("Went to a friend&#39;s instead", "Letter, given by Sam Patel", "by " + caseManager)
                .contains("1 February 2027", "22 December 2026", "20 November 2026")
                .contains("href=\"/interventions/" + interventionId + "/contacts\"")
                .contains("href=\"/children/" + child.id() + "/offences\"")
                .doesNotContain("School: ");
    }

    @Test
    void courtWorkAndTheOrderItStartedAreThereToo() throws Exception {
        String appearance =
                id(send(post("/api/v1/children/{id}/court-appearances", child.id()), token, """
                {"appearanceDate": "2027-01-05", "courtName": "Northbridge Youth Court", "courtKind": "YOUTH_COURT",
                 "hearingType": "SENTENCE", "offenceIds": ["%s"], "outcome": "SENTENCED"}
                """.formatted(offenceId)));
        String sentence =
                send(post("/api/v1/court-appearances/{id}/sentence", appearance), token, """
                {"type": "REFERRAL_ORDER", "lengthMonths": 6, "caseManagerId": "%s"}
                """.formatted(caseManagerId));
        String order = JsonPath.read(sentence, "$.interventionId");
        send(post("/api/v1/orders/{id}/panels", order), token, """
                {"version": 0, "kind": "INITIAL", "heldOn": "2027-01-14", "communityMembers": ["Ann Lee", "Bo Chan"],
                 "yosMember": "Priya Shah", "parentAttended": true, "reportSharedOn": "2027-01-08",
                 "outcome": "CONTRACT_AGREED"}
                """);
        send(post("/api/v1/orders/{id}/contract", order), token, """
                {"version": 1, "signedOn": "2027-01-14", "reparation": "Four sessions at the community garden",
                 "activities": ["Victim awareness"]}
                """);
        send(post("/api/v1/orders/{id}/breaches", order), token, """
                {"version": 2, "breachedOn": "2027-01-25", "breachedWhat": "CONTRACT", "details": "Missed reparation",
                 "decidedBy": "YOUTH_OFFENDER_PANEL", "outcome": "WARNING"}
                """);

        String page = body(page("/children/{id}/chronology", caseManager));
        assertInOrder(
                page,
                "Breach: referral order",
                "Office: unacceptable absence",
                "Referral order contract signed",
                "Youth offender panel: initial panel",
                "Home visit: attended",
                "Started: Referral order",
                "Sentenced: Referral order",
                "Sentence hearing at Northbridge Youth Court",
                "Started: Community resolution");
        assertThat(page)
                .contains(
                        "The referral order contract. Decided by the youth offender panel: warning: the order continues")
                .contains("Contract agreed", "Ends 5 July 2027", "Sentenced without a pre-sentence report")
                .contains("href=\"/orders/" + order + "\"", "href=\"/children/" + child.id() + "/court\"");

        String panels = body(page("/children/{id}/chronology?type=PANEL", caseManager));
        assertThat(panels)
                .contains("Showing 2 of ", "Referral order contract signed", "Youth offender panel: initial panel")
                .doesNotContain("Breach: referral order", "Sentenced: Referral order");
    }

    @Test
    void filtersByTypeAndDates() throws Exception {
        String contacts = body(page("/children/{id}/chronology?type=CONTACT&type=COMPLIANCE", caseManager));
        assertThat(contacts)
                .contains("Showing 3 of ", "Home visit: attended", "Office: unacceptable absence", "Warning for an")
                .doesNotContain("Police referral received", "Offence: theft", "Assessment submitted");
        assertThat(contacts)
                .containsPattern("value=\"CONTACT\"[^>]*checked")
                .containsPattern("value=\"COMPLIANCE\"[^>]*checked")
                .doesNotContainPattern("value=\"OFFENCE\"[^>]*checked");

        // 12 to 19 January 2027, both days included: the two contacts, not the warning on the 20th.
        String january = body(page(
                "/children/{id}/chronology?from-day=12&from-month=1&from-year=2027&to-day=19&to-month=1&to-year=2027",
                caseManager));
        assertThat(january)
                .contains("Showing 2 of ", "Home visit: attended", "Office: unacceptable absence")
                .doesNotContain("Warning for an unacceptable absence", "Started: Community resolution");

        // Types and dates together: December's decisions only.
        String december = body(page(
                "/children/{id}/chronology?type=DECISION&from-day=1&from-month=12&from-year=2026&to-day=31&to-month=12&to-year=2026",
                caseManager));
        assertThat(december)
                .contains("Joint decision-making panel: Triage", "Police referral received")
                .doesNotContain("Started: Community resolution", "Offence: theft");

        String wrong = body(page(
                "/children/{id}/chronology?from-day=31&from-month=2&from-year=2027&to-day=1&to-month=1&to-year=2026",
                caseManager));
        assertThat(wrong)
                .contains("There is a problem", "The from date must be a real date", "href=\"#from-day\"")
                .contains("Correct the dates to see the chronology")
                .doesNotContain("moj-timeline__item");
        String backwards = body(page(
                "/children/{id}/chronology?from-day=1&from-month=2&from-year=2027&to-day=1&to-month=1&to-year=2027",
                caseManager));
        assertThat(backwards).contains("The to date must be the same as or after the from date", "href=\"#to-day\"");
    }

    @Test
    void theCaseSummaryShowsTheChildTheWorkWhatIsDueAndTheLatestOfEachKind() throws Exception {
        String page = body(page("/children/{id}/case-summary", caseManager));
        assertThat(page)
                .contains("aria-current=\"page\">Case summary", "As at 1 February 2027")
                .contains("Not looked after", "Education, training or employment")
                .contains("Community resolution (triage or diversion)", "Test chrono.cm", "22 December 2026")
                .contains("Awaiting countersignature")
                .contains("1 attended, 0 acceptable absences, 1 unacceptable absence; 1 planned")
                .contains("1 warning, 0 compliance panels")
                .contains("media=\"print\"", "/css/print.css");
        // Safety and wellbeing is High now, risk of harm Low.
        assertInOrder(page, "Safety and wellbeing", "High", "Risk of serious harm to others", "Low");
        // The latest of each kind: the last contact, the last decision, and none of what is not recorded yet.
        assertInOrder(page, "Latest in the chronology", "Out-of-court decisions", "22 December 2026: ");
        assertInOrder(
                page, "Latest in the chronology", "Contacts", "19 January 2027: ", "Office: unacceptable absence");
        assertInOrder(page, "Latest in the chronology", "Reviews", "None recorded");
        assertThat(page).containsPattern("\\d+ open, \\d+ overdue");
    }

    @Test
    void victimsNeverAppear() throws Exception {
        for (String path : List.of("/children/{id}/chronology", "/children/{id}/case-summary")) {
            String page = body(page(path, caseManager));
            assertThat(page).as(path).doesNotContain(VICTIM_NAME, VICTIM_CONTACT, "shop&#39;s losses", "shop's losses");
        }
    }

    @Test
    void anotherServicesStaffGetNotFoundAndRolesWithoutChildViewAreRefused() throws Exception {
        String outsider = data.account("chrono.other", Role.CASE_MANAGER, data.service("Elsewhere"));
        String panel = data.account("chrono.panel", Role.PANEL_MEMBER, service);
        String board = data.account("chrono.board", Role.BOARD_MEMBER, service);
        String admin = data.account("chrono.admin", Role.ADMINISTRATOR, service);
        for (String path : List.of("/children/{id}/chronology", "/children/{id}/case-summary")) {
            page(path, outsider).andExpect(status().isNotFound());
            page(path, panel).andExpect(status().isForbidden());
            page(path, board).andExpect(status().isForbidden());
            page(path, admin).andExpect(status().isForbidden());
            mvc.perform(get(path, child.id())).andExpect(status().is3xxRedirection());
        }
        // Managers, QA and specialists read them.
        for (Role role :
                List.of(Role.OPERATIONAL_MANAGER, Role.QA_LEAD, Role.SPECIALIST_WORKER, Role.HEAD_OF_SERVICE)) {
            String reader = data.account("chrono.reader", role, service);
            page("/children/{id}/chronology", reader).andExpect(status().isOk());
            page("/children/{id}/case-summary", reader).andExpect(status().isOk());
        }
    }

    @Test
    void eachViewIsAudited() throws Exception {
        assertThat(views("CHRONOLOGY")).isZero();
        page("/children/{id}/chronology", caseManager).andExpect(status().isOk());
        page("/children/{id}/chronology?type=CONTACT", caseManager).andExpect(status().isOk());
        assertThat(views("CHRONOLOGY")).isEqualTo(2);
        assertThat(views("CASE_SUMMARY")).isZero();
        page("/children/{id}/case-summary", caseManager).andExpect(status().isOk());
        assertThat(views("CASE_SUMMARY")).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select summary from audit_event where child_id = :c and record_type = 'CASE_SUMMARY'
                        """).param("c", child.id()).query(String.class).single())
                .isEqualTo("Viewed the case summary");
        // A refused view leaves no trace of the child's record being read.
        String outsider = data.account("chrono.other", Role.CASE_MANAGER, data.service("Elsewhere"));
        page("/children/{id}/chronology", outsider).andExpect(status().isNotFound());
        assertThat(views("CHRONOLOGY")).isEqualTo(2);
    }

    private long views(String recordType) {
        return jdbc.sql("""
                        select count(*) from audit_event
                         where child_id = :c and record_type = :t and action = 'VIEWED'
                        """)
                .param("c", child.id())
                .param("t", recordType)
                .query(Long.class)
                .single();
    }

    private static void assertInOrder(String page, String... texts) {
        int at = -1;
        for (String text : texts) {
            int next = page.indexOf(text, at + 1);
            assertThat(next).as("\"" + text + "\" after position " + at).isGreaterThan(at);
            at = next;
        }
    }

    private ResultActions page(String path, String username) throws Exception {
        return mvc.perform(get(path, child.id()).with(authentication(data.authenticationOf(username))));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String send(MockHttpServletRequestBuilder request, String bearer, String json) throws Exception {
        request.header("Authorization", "Bearer " + bearer).contentType(MediaType.APPLICATION_JSON);
        if (json != null) {
            request.content(json);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
        return response.getContentAsString();
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }

    private static String assessment(long version, String safety, String harm) {
        return """
                {"version": %d, "details": {
                  "desistance": {"offendingFactors": "Older peers", "desistanceFactors": "Boxing club",
                    "strengths": "Close to his gran", "maturityAndMotivation": "Wants to change",
                    "diversityAndContext": "Lives with mum", "structuralBarriers": "Excluded from school",
                    "likelihoodOfReoffending": "MEDIUM"},
                  "safetyAndWellbeing": {"concerns": "Owes money to older peers", "concernTypes": ["DRUG_DEBTS"],
                    "classification": "%s", "analysis": "The debt is being chased"},
                  "riskOfHarm": {"harm": "Low-level theft", "to": ["PEERS"], "likelihood": "Unlikely",
                    "seriousness": "Minor", "classification": "%s"},
                  "sources": {"consulted": ["POLICE"], "childViews": "Wants to stay at home",
                    "parentsViews": "Mum is worried"},
                  "screening": {}
                }}
                """.formatted(version, safety, harm);
    }
}
