package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.quality.Evidence.Finding;
import org.desist.security.Role;
import org.desist.security.Team;
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
 * The evidence from the record of real cases built through the modules' APIs, one case at a time and many at once,
 * and the inspection-readiness view over them; "today" is Monday 1 February 2027.
 *
 * <p>Kai's referral order started on Friday 18 December 2026 in the North team's caseload: his assessment was
 * submitted today, after its due date; his plan was agreed today with all three strands, contingencies and victims'
 * needs, but without his parents; no contact and no oversight are recorded. Ava's referral order started on Monday 25
 * January 2027 with another case manager, outside the team: her assessment is not due yet.
 */
@IntegrationTest
@Import(February2027.class)
class EvidenceFromTheRecordIntegrationTest {

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
    CaseEvidence evidence;

    YouthJusticeService service;
    String kaisCaseManager;
    String avasCaseManager;
    String manager;
    String board;
    String token;
    Team north;
    Child kai;
    Child ava;
    UUID kaisOrder;
    UUID avasOrder;

    @BeforeEach
    void twoOpenCases() throws Exception {
        service = data.service("Evidence");
        kaisCaseManager = data.account("ev.cm", Role.CASE_MANAGER, service);
        avasCaseManager = data.account("ev.cm2", Role.CASE_MANAGER, service);
        manager = data.account("ev.om", Role.OPERATIONAL_MANAGER, service);
        board = data.account("ev.board", Role.BOARD_MEMBER, service);
        north = data.team(service, "North evidence team", manager, kaisCaseManager);
        token = data.apiToken(kaisCaseManager);
        data.actAs(kaisCaseManager);
        kai = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kai", "Lowe", LocalDate.of(2010, 6, 7))));
        ava = transactions.execute(
                s -> records.register(service.id(), TestData.child("Ava", "Stone", LocalDate.of(2011, 2, 3))));
        TestData.signOut();
        kaisOrder = order(kai, "2026-12-18", kaisCaseManager);
        avasOrder = order(ava, "2027-01-25", avasCaseManager);
        submitAnAssessment(kaisOrder);
        agreeAPlan(kaisOrder);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void kaisRecordShowsWhatIsThereAndTheGapsAnAuditorWouldFind() {
        data.actAs(manager);
        Map<String, Evidence> found = byKey(evidence.of(kaisOrder));
        assertThat(found.keySet()).containsExactlyElementsOf(EvidenceRules.KEYS);

        // 15 working days from 18 December 2026, skipping Christmas, Boxing Day (Monday 28) and New Year: 13 January
        // 2027.
        assertThat(found.get("assessment.on-time"))
                .extracting(Evidence::finding, Evidence::statement, Evidence::href)
                .containsExactly(
                        Finding.GAP,
                        "Assessment submitted on 1 February 2027, after its due date of 13 January 2027",
                        "/interventions/" + kaisOrder + "/assessment");
        assertThat(found.get("assessment.countersigned").finding()).isEqualTo(Finding.NOT_APPLICABLE);
        assertThat(found.get("assessment.sources-used").statement()).isEqualTo("The assessment drew on: Police");
        assertThat(found.get("assessment.views-recorded").finding()).isEqualTo(Finding.SHOWN);
        assertThat(found.get("plan.agreed"))
                .extracting(Evidence::finding, Evidence::statement)
                .containsExactly(Finding.SHOWN, "Plan agreed on 1 February 2027, by its due date of 15 February 2027");
        assertThat(found.get("plan.three-strands").statement())
                .isEqualTo("Aims and actions under all three strands (Supporting desistance: 1;"
                        + " Keeping the child safe: 1; Keeping other people safe: 1)");
        assertThat(found.get("plan.contingency").statement()).isEqualTo("2 contingency arrangements recorded");
        assertThat(found.get("plan.victims-considered").finding()).isEqualTo(Finding.SHOWN);
        assertThat(found.get("plan.views-recorded"))
                .extracting(Evidence::finding, Evidence::statement)
                .containsExactly(
                        Finding.GAP, "The parents or carers are not recorded as taking part in agreeing the plan");
        assertThat(found.get("contact.kept"))
                .extracting(Evidence::finding, Evidence::statement, Evidence::href)
                .containsExactly(
                        Finding.GAP,
                        "No contact recorded since the work started on 18 December 2026",
                        "/interventions/" + kaisOrder + "/contacts");
        assertThat(found.get("oversight.recorded").finding()).isEqualTo(Finding.GAP);
        assertThat(found.get("review.on-time"))
                .extracting(Evidence::finding, Evidence::statement)
                .containsExactly(Finding.NOT_APPLICABLE, "Scheduled review due by 18 March 2027: not due yet");
        assertThat(found.get("outofcourt.panel-rationale").finding()).isEqualTo(Finding.NOT_APPLICABLE);
        assertThat(found.values())
                .filteredOn(e -> e.finding() == Finding.GAP)
                .extracting(Evidence::key)
                .containsExactly("assessment.on-time", "plan.views-recorded", "contact.kept", "oversight.recorded");
    }

    @Test
    void manyCasesAtOnceGiveWhatEachGivesAloneAndNothingOutsideTheServices() {
        data.actAs(manager);
        Map<UUID, List<Evidence>> all = evidence.ofAll(List.of(kaisOrder, avasOrder));
        assertThat(all).containsOnlyKeys(kaisOrder, avasOrder);
        assertThat(all.get(kaisOrder)).isEqualTo(evidence.of(kaisOrder));
        assertThat(all.get(avasOrder)).isEqualTo(evidence.of(avasOrder));
        assertThat(byKey(all.get(avasOrder)).get("assessment.on-time"))
                .extracting(Evidence::finding, Evidence::statement)
                .containsExactly(Finding.NOT_APPLICABLE, "Assessment due by 15 February 2027: not due yet");

        data.actAs(data.account("ev.elsewhere", Role.OPERATIONAL_MANAGER, data.service("Evidence elsewhere")));
        assertThat(evidence.ofAll(List.of(kaisOrder, avasOrder))).isEmpty();
        assertThat(evidence.of(kaisOrder)).isEmpty();
    }

    @Test
    void aManagerSeesATeamsOpenCasesWithTheirGapsEachChildListedAudited() throws Exception {
        long before = lastAuditId();
        String page = page(manager, "/quality/readiness?team=" + north.id());
        assertThat(page)
                .contains("North evidence team", "Kai Lowe", "Referral order, case manager Test ev.cm")
                .contains("No contact recorded since the work started on 18 December 2026")
                .contains("href=\"/interventions/" + kaisOrder + "/contacts\"")
                .contains("Contacts kept and recorded")
                .contains("1 open case looked at: 1 has gaps in the record.")
                .doesNotContain("Ava Stone");
        assertThat(views(before, kai.id())).isEqualTo(1);
        assertThat(views(before, ava.id())).isZero();

        String everyone = page(manager, "/quality/readiness");
        assertThat(everyone).contains("Kai Lowe", "Ava Stone", "2 open cases looked at: 2 have gaps in the record.");
        // Kai has four gaps and Ava three: most gaps first.
        assertThat(everyone.indexOf("Kai Lowe")).isLessThan(everyone.indexOf("Ava Stone"));
        assertThat(page(manager, "/quality/readiness?caseManager=" + data.userId(avasCaseManager)))
                .contains("Ava Stone")
                .doesNotContain("Kai Lowe");
        assertThat(page(manager, "/quality/readiness?team=not-a-team&caseManager=nobody"))
                .contains("Kai Lowe", "Ava Stone");
    }

    @Test
    void aCaseManagerSeesOnlyTheirOwnCasesWhateverTheyAskFor() throws Exception {
        long before = lastAuditId();
        String mine = page(avasCaseManager, "/quality/readiness?caseManager=me");
        assertThat(mine)
                .contains("Your cases", "Ava Stone")
                .doesNotContain("Kai Lowe")
                .doesNotContain("Any team");
        assertThat(page(avasCaseManager, "/quality/readiness?team=" + north.id()))
                .contains("Ava Stone")
                .doesNotContain("Kai Lowe");
        assertThat(page(avasCaseManager, "/quality/readiness?caseManager=" + data.userId(kaisCaseManager)))
                .contains("Ava Stone")
                .doesNotContain("Kai Lowe");
        assertThat(views(before, kai.id())).isZero();
        assertThat(views(before, ava.id())).isEqualTo(3);
        assertThat(page(avasCaseManager, "/work")).contains("href=\"/quality/readiness?caseManager=me\"");
    }

    @Test
    void aBoardMemberNeverSeesAChildsCaseAndNobodySignedOutDoes() throws Exception {
        mvc.perform(get("/quality/readiness").with(authentication(data.authenticationOf(board))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/quality/readiness")).andExpect(status().is3xxRedirection());
    }

    private static Map<String, Evidence> byKey(List<Evidence> all) {
        Map<String, Evidence> found = new java.util.LinkedHashMap<>();
        all.forEach(e -> found.put(e.key(), e));
        return found;
    }

    private UUID order(Child child, String startDate, String caseManager) throws Exception {
        String created = body(as(token, post("/api/v1/children/{id}/interventions", child.id()))
                .content("""
                        {"type": "REFERRAL_ORDER", "startDate": "%s", "endDate": "2027-12-18", "caseManagerId": "%s"}
                        """.formatted(startDate, data.userId(caseManager))));
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }

    private void submitAnAssessment(UUID intervention) throws Exception {
        String draft = body(as(token, post("/api/v1/interventions/{id}/assessments", intervention)));
        String id = JsonPath.read(draft, "$.id");
        long version = ((Number) JsonPath.read(draft, "$.version")).longValue();
        String edited = body(as(token, put("/api/v1/assessments/{id}", id)).content("""
                {"version": %d, "details": {
                  "desistance": {"offendingFactors": "Older peers", "desistanceFactors": "Boxing club",
                    "strengths": "Close to his gran", "maturityAndMotivation": "Wants to change",
                    "diversityAndContext": "Lives with mum", "structuralBarriers": "Excluded from school",
                    "likelihoodOfReoffending": "MEDIUM"},
                  "safetyAndWellbeing": {"concerns": "Owes money", "classification": "LOW", "analysis": "Small"},
                  "riskOfHarm": {"harm": "Assault", "to": ["PEERS"], "likelihood": "Low", "seriousness": "Minor",
                    "classification": "LOW"},
                  "sources": {"consulted": ["POLICE"], "childViews": "Wants to stay home",
                    "parentsViews": "Mum is worried"}
                }}
                """.formatted(version)));
        body(as(token, post("/api/v1/assessments/{id}/submit", id))
                .content("{\"version\": " + JsonPath.read(edited, "$.version") + "}"));
    }

    private void agreeAPlan(UUID intervention) throws Exception {
        String planId = JsonPath.read(body(as(token, post("/api/v1/interventions/{id}/plans", intervention))), "$.id");
        body(as(token, put("/api/v1/plans/{id}", planId)).content("""
                {"version": 0, "content": {
                  "desistanceAim": "Back into college", "childSafetyAim": "Away from the older group",
                  "othersSafetyAim": "No weapons", "victimsNeeds": "Considered with the victim worker",
                  "contingencies": ["If he goes missing, tell the police the same day", "If threatened, move him"],
                  "childViews": "Wants to box", "parentsViews": "Mum agrees"
                }}
                """));
        int version = 1;
        for (String strand : List.of("DESISTANCE", "CHILD_SAFETY", "OTHERS_SAFETY")) {
            body(as(token, post("/api/v1/plans/{id}/actions", planId))
                    .content("""
                    {"version": %d, "strand": "%s", "description": "Action for %s", "ownerStaffId": null,
                     "ownerAgency": "Sports trust", "dueDate": "2027-03-01"}
                    """.formatted(version++, strand, strand)));
        }
        body(as(token, post("/api/v1/plans/{id}/agree", planId)).content("""
                {"version": %d, "agreedOn": "2027-02-01", "agreedBy": "Case manager with Kai", "childInvolved": true,
                 "parentsInvolved": false}
                """.formatted(version)));
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(data.authenticationOf(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_event")
                .query(Long.class)
                .single();
    }

    private long views(long after, UUID child) {
        return jdbc.sql("select count(*) from audit_event where id > :after and action = 'VIEWED' and child_id = :c")
                .param("after", after)
                .param("c", child)
                .query(Long.class)
                .single();
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
}
