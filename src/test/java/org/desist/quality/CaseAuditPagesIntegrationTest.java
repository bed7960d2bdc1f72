package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The case audit pages without JavaScript, the results as CSV (parsed back), and the API's sign-in and roles. */
@IntegrationTest
@Import(February2027.class)
class CaseAuditPagesIntegrationTest {

    static final List<String> COURT_KEY_QUESTIONS = List.of(
            "2-1-1", "2-1-2", "2-1-3", "2-2-1", "2-2-2", "2-2-3", "2-3-1", "2-3-2", "2-3-3", "2-4-1", "2-4-2", "2-4-3");

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

    YouthJusticeService service;
    String qa;
    String caseManager;
    String board;
    UUID order;

    @BeforeEach
    void aCourtCase() {
        service = data.service("AuditPages");
        qa = data.account("pages.qa", Role.QA_LEAD, service);
        caseManager = data.account("pages.cm", Role.CASE_MANAGER, service);
        board = data.account("pages.board", Role.BOARD_MEMBER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Ellis", "Vane", LocalDate.of(2010, 7, 7))));
        order = transactions
                .execute(s -> interventions.start(
                        data.accessible(caseManager, child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_REHABILITATION_ORDER,
                                LocalDate.of(2026, 6, 1),
                                LocalDate.of(2027, 6, 1),
                                data.userId(caseManager),
                                List.of())))
                .id();
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aQaLeadAuditsACaseWithoutJavaScriptAndTheCaseManagerAcknowledgesAndReplies() throws Exception {
        var asQa = authentication(data.authenticationOf(qa));
        assertThat(page(asQa, "/interventions/" + order)).contains("/quality/audits/new?intervention=" + order);
        assertThat(page(asQa, "/quality/audits/new?intervention=" + order))
                .contains("Audit this case", "Ellis Vane", "Test pages.cm", "Standards for inspecting");
        String audit = redirect(post("/quality/audits")
                .with(asQa)
                .param("intervention", order.toString())
                .param("framework", "HMIP-2018"));
        assertThat(audit).matches("/quality/audits/[0-9a-f-]{36}");
        assertThat(page(asQa, audit))
                .contains("Case audit: Ellis Vane", "2.1 Assessment", "2.4 Reviewing", "2.1.1a", "Not applicable only")
                .doesNotContain("3.1 Assessment");

        // "Not applicable" for desistance is refused on its field; nothing is saved.
        String refused = mvc.perform(answered(post(audit).with(asQa).with(csrf()), "0", "NOT_APPLICABLE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("There is a problem", "#j-2-1-1", "arises in every case");

        assertThat(redirect(answered(post(audit).with(asQa), "0", "NO").param("action", "check")))
                .isEqualTo(audit + "/check");
        assertThat(page(asQa, audit + "/check"))
                .contains("Check the audit before completing it", "Complete the audit", "No contingency plan");
        assertThat(redirect(post(audit + "/complete").with(asQa).param("version", "1")))
                .isEqualTo(audit + "?completed");
        assertThat(page(asQa, audit)).contains("A completed audit is not changed", "Not acknowledged yet");

        var asCm = authentication(data.authenticationOf(caseManager));
        assertThat(page(asCm, "/work")).contains("/quality/audits/mine");
        assertThat(page(asCm, "/quality/audits/mine")).contains("Ellis Vane", "To acknowledge");
        assertThat(page(asCm, audit)).contains("Acknowledge the audit", "No contingency plan");
        assertThat(redirect(post(audit + "/acknowledge")
                        .with(asCm)
                        .param("version", "2")
                        .param("reply", "Contingency plan added on 2 February")))
                .isEqualTo(audit + "?acknowledged");
        assertThat(page(asQa, audit)).contains("Contingency plan added on 2 February", "acknowledged the audit on");
    }

    @Test
    void theResultsExportAsCsvWithTheCasesBehindANoForQaAndNoChildForTheBoard() throws Exception {
        var asQa = authentication(data.authenticationOf(qa));
        String audit = redirect(post("/quality/audits")
                .with(asQa)
                .param("intervention", order.toString())
                .param("framework", "HMIP-2018"));
        redirect(answered(post(audit).with(asQa), "0", "NO"));
        redirect(post(audit + "/complete").with(asQa).param("version", "1"));

        String range = "from-day=1&from-month=1&from-year=2027&to-day=1&to-month=2&to-year=2027";
        assertThat(page(asQa, "/quality/audits/results?" + range))
                .contains("1 completed audit", "The cases behind every no", "Ellis Vane", "No contingency plan")
                // the breakdowns as one compact matrix each, every group's key questions folded beneath
                .contains(
                        "rating by team, from its lowest",
                        "rating by case manager, from its lowest",
                        "Every key question: No team");
        List<CSVRecord> rows = csv(asQa, "/quality/audits/results.csv?" + range);
        // 23 case-based key questions in 2018, for all cases, the one team ("No team") and the one case manager.
        assertThat(rows).hasSize(23 * 3);
        CSVRecord first = rows.get(0);
        assertThat(first.get("Breakdown")).isEqualTo("All cases");
        assertThat(first.get("Key question")).isEqualTo("2.1.1");
        assertThat(first.get("Yes")).isEqualTo("0");
        assertThat(first.get("Applicable cases")).isEqualTo("1");
        assertThat(first.get("Percentage")).isEqualTo("0.00");
        assertThat(first.get("Standard rating")).isEqualTo("Inadequate");
        assertThat(first.get("Cases answered no")).startsWith("Ellis Vane (REF-");
        assertThat(rows)
                .filteredOn(r -> r.get("Key question").equals("3.1.1")
                        && r.get("Breakdown").equals("All cases"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("Standard rating")).isEqualTo("No applicable cases"));
        assertThat(rows).extracting(r -> r.get("Breakdown")).contains("Team", "Case manager");

        var asBoard = authentication(data.authenticationOf(board));
        List<CSVRecord> boardRows = csv(asBoard, "/quality/audits/results.csv?" + range);
        assertThat(boardRows).hasSize(23 * 2).noneMatch(r -> r.get("Breakdown").equals("Case manager"));
        assertThat(boardRows.get(0).get("Percentage")).isEqualTo("suppressed");
        assertThat(boardRows.get(0).get("Cases answered no")).isEmpty();
        assertThat(boardRows).noneMatch(r -> r.toString().contains("Ellis"));
        assertThat(page(asBoard, "/quality/audits/results?" + range))
                .contains("Figures from fewer than 5 cases are not shown")
                .doesNotContain("Ellis Vane", "The cases behind every no", "By case manager");

        mvc.perform(get("/quality/audits/results?from-day=40&from-month=1&from-year=2027")
                        .with(asQa))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("There is a problem")));
    }

    @Test
    void theApiNeedsSignInAndAQualityRoleAndAnswersProblemsForBadInput() throws Exception {
        var asQa = authentication(data.authenticationOf(qa));
        String audit = redirect(post("/quality/audits").with(asQa).param("intervention", order.toString()));
        String id = audit.substring(audit.lastIndexOf('/') + 1);

        mvc.perform(get("/api/v1/quality/audits/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/audits")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/audits/results?from=2027-01-01&to=2027-02-01"))
                .andExpect(status().isUnauthorized());
        String boardToken = data.apiToken(board);
        String cmToken = data.apiToken(caseManager);
        String qaToken = data.apiToken(qa);
        mvc.perform(get("/api/v1/quality/audits/" + id).header("Authorization", "Bearer " + boardToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quality/audits").header("Authorization", "Bearer " + cmToken))
                .andExpect(status().isForbidden());
        // A draft is not the case manager's to read.
        mvc.perform(get("/api/v1/quality/audits/" + id).header("Authorization", "Bearer " + cmToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quality/audits/results?from=2027-01-01&to=2027-02-01")
                        .header("Authorization", "Bearer " + cmToken))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/quality/audits/" + id).header("Authorization", "Bearer " + qaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.child.name").value("Ellis Vane"))
                .andExpect(jsonPath("$.framework").value("HMIP-2021"));
        mvc.perform(get("/api/v1/quality/audits?status=DRAFT").header("Authorization", "Bearer " + qaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/quality/audits?status=FINISHED").header("Authorization", "Bearer " + qaToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/quality/audits/results?from=2027-02-01&to=2027-01-01")
                        .header("Authorization", "Bearer " + qaToken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/quality/audits/results?from=yesterday&to=2027-01-01")
                        .header("Authorization", "Bearer " + qaToken))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/quality/audits/results?from=2027-01-01&to=2027-02-01")
                        .header("Authorization", "Bearer " + boardToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audits").value(0))
                .andExpect(jsonPath("$.suppressedBelow").value(5))
                .andExpect(jsonPath("$.casesBehindNo").isEmpty());
    }

    /** The audit form with every court key question judged (the first as {@code first}), for 2018. */
    MockHttpServletRequestBuilder answered(MockHttpServletRequestBuilder request, String version, String first) {
        request.param("version", version)
                .param("p-2-1-1a", "YES")
                .param("p-2-1-1b", "NO")
                .param("safetyAgreed", "yes")
                .param("roshAgreed", "yes")
                .param("oversightSufficient", "no")
                .param("oversightNote", "No supervision recorded since the order began");
        for (String kq : COURT_KEY_QUESTIONS) {
            request.param("j-" + kq, kq.equals("2-1-1") ? first : "YES");
        }
        request.param("r-2-1-1", "No contingency plan");
        return request;
    }

    String page(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String redirect(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    List<CSVRecord> csv(RequestPostProcessor who, String path) throws Exception {
        var response = mvc.perform(get(path).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))) {
            assertThat(parser.getHeaderNames()).contains("Framework", "Breakdown", "Key question", "Cases answered no");
            return parser.getRecords();
        }
    }
}
