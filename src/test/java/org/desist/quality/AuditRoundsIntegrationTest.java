package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.ConcernType;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
import org.desist.child.Gender;
import org.desist.child.domain.ChildDetails;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit rounds on PostgreSQL, on records built through the modules' services: 22 court disposals (YROs) that started
 * on 1 August 2026 (two of them girls'; one with a submitted assessment: safety and wellbeing high, ROSH medium), one
 * that started on 1 November 2026 (too recent), and 5 youth cautions that started on 1 December 2026. Today is 1
 * February 2027; a mock inspection with fieldwork on 15 April 2027 samples court disposals that started 15 July to 15
 * October 2026 and out-of-court ones 15 November 2026 to 15 January 2027.
 */
@IntegrationTest
@Import(February2027.class)
class AuditRoundsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    Assessments assessments;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String qa;
    String caseManager;
    String manager;
    String board;
    String qaToken;
    String boardToken;
    String caseManagerToken;
    UUID assessedCase;
    final List<UUID> courtCases = new ArrayList<>();

    @BeforeEach
    void aServiceWithCourtAndOutOfCourtWork() {
        service = data.service("Rounds");
        qa = data.account("ar.qa", Role.QA_LEAD, service);
        caseManager = data.account("ar.cm", Role.CASE_MANAGER, service);
        manager = data.account("ar.om", Role.OPERATIONAL_MANAGER, service);
        board = data.account("ar.board", Role.BOARD_MEMBER, service);
        data.team(service, "North team", manager, caseManager);
        qaToken = data.apiToken(qa);
        boardToken = data.apiToken(board);
        caseManagerToken = data.apiToken(caseManager);
        UUID cm = data.userId(caseManager);
        data.actAs(caseManager);
        try {
            for (int i = 0; i < 22; i++) {
                courtCases.add(started(
                        "Court" + i,
                        i < 2 ? Gender.FEMALE : Gender.MALE,
                        InterventionType.YOUTH_REHABILITATION_ORDER,
                        LocalDate.of(2026, 8, 1),
                        cm));
            }
            started("Recent", Gender.MALE, InterventionType.YOUTH_REHABILITATION_ORDER, LocalDate.of(2026, 11, 1), cm);
            for (int i = 0; i < 5; i++) {
                started("Caution" + i, Gender.MALE, InterventionType.YOUTH_CAUTION, LocalDate.of(2026, 12, 1), cm);
            }
            assessedCase = courtCases.get(5);
            transactions.executeWithoutResult(s -> {
                Assessment a = assessments.start(assessedCase);
                a = assessments.update(a.id(), a.version(), details(Classification.HIGH, Classification.MEDIUM));
                assessments.submit(a.id(), a.version());
            });
        } finally {
            TestData.signOut();
        }
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theApiNeedsSignInAndTheRightCapability() throws Exception {
        mvc.perform(post("/api/v1/quality/rounds")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(mock(null)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/rounds/{id}", UUID.randomUUID())).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/quality/rounds/{id}/proportions", UUID.randomUUID()))
                .andExpect(status().isUnauthorized());
        String id = created(mock(7L));
        mvc.perform(api(post("/api/v1/quality/rounds"), boardToken).content(mock(null)))
                .andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/proportions", id), boardToken))
                .andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/quality/rounds/{id}", id), caseManagerToken))
                .andExpect(status().isForbidden());
        // another service's QA lead does not find it
        String other = data.apiToken(data.account("ar.other", Role.QA_LEAD, data.service("Elsewhere")));
        mvc.perform(api(get("/api/v1/quality/rounds/{id}", id), other)).andExpect(status().isNotFound());
    }

    @Test
    void aMockInspectionIsDrawnFromTheRecordsAndTheSameSeedDrawsTheSameSample() throws Exception {
        String body = mvc.perform(api(post("/api/v1/quality/rounds"), qaToken).content(mock(12345L)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.title").value("Mock inspection, fieldwork 15 April 2027"))
                .andExpect(jsonPath("$.seed").value(12345))
                .andExpect(jsonPath("$.domains[0].work").value("COURT"))
                .andExpect(jsonPath("$.domains[0].earliestStart").value("2026-07-15"))
                .andExpect(jsonPath("$.domains[0].latestStart").value("2026-10-15"))
                // 22 court cases: 164.249856 × 22 / (22 + 163.249856) = 19.51, 20; 5 out-of-court: 5. Of 25, 60%
                // court is 15 and 10 out-of-court, but only 5 are eligible: court takes the surplus, 20.
                .andExpect(jsonPath("$.domains[0].population").value(22))
                .andExpect(jsonPath("$.domains[0].formula").value(19.51))
                .andExpect(jsonPath("$.domains[0].formulaSize").value(20))
                .andExpect(jsonPath("$.domains[0].drawn").value(20))
                .andExpect(jsonPath("$.domains[1].population").value(5))
                .andExpect(jsonPath("$.domains[1].drawn").value(5))
                .andExpect(jsonPath("$.sampleSize").value(25))
                .andExpect(jsonPath("$.cases.length()").value(25))
                .andExpect(jsonPath("$.cases[0].child").value(containsString("Court")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> first = JsonPath.read(body, "$.cases[*].interventionId");
        String again = created(mock(12345L));
        List<String> second = JsonPath.read(
                mvc.perform(api(get("/api/v1/quality/rounds/{id}", again), qaToken))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.cases[*].interventionId");
        assertThat(second).isEqualTo(first);
        // the stratum is the assessment's classifications at the fieldwork date; the girls' cases are in proportion
        String id = JsonPath.read(body, "$.id");
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/proportions", id), qaToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].population").value(22))
                .andExpect(jsonPath("$[0].dimensions[0].name").value("Gender"))
                .andExpect(jsonPath("$[0].dimensions[0].shares[0].label").value("Female"))
                .andExpect(jsonPath("$[0].dimensions[0].shares[0].population").value(2))
                .andExpect(jsonPath("$[0].dimensions[0].shares[0].populationPercent")
                        .value(9.1))
                .andExpect(jsonPath("$[0].dimensions[0].shares[0].sample").value(2))
                .andExpect(jsonPath("$[0].dimensions[1].shares[0].label").value("Youth rehabilitation order"))
                .andExpect(jsonPath("$[0].dimensions[2].shares[?(@.code == 'MEDIUM')].population")
                        .value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$[0].dimensions[3].shares[?(@.code == 'HIGH')].population")
                        .value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$[0].dimensions[3].shares[?(@.code == 'NOT_YET_ASSESSED')].population")
                        .value(org.hamcrest.Matchers.contains(21)));
        // a Board member sees the figures, never the cases
        mvc.perform(api(get("/api/v1/quality/rounds/{id}", id), boardToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sampleSize").value(25))
                .andExpect(jsonPath("$.cases").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CREATED' and record_id = :id")
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void classificationsAreTakenAsTheyStoodOnTheFieldworkDate() throws Exception {
        // an order that started on 1 June 2026, assessed today (1 February 2027): ROSH medium
        data.actAs(caseManager);
        UUID earlier = started(
                "Earlier",
                Gender.MALE,
                InterventionType.YOUTH_REHABILITATION_ORDER,
                LocalDate.of(2026, 6, 1),
                data.userId(caseManager));
        transactions.executeWithoutResult(s -> {
            Assessment a = assessments.start(earlier);
            a = assessments.update(a.id(), a.version(), details(Classification.LOW, Classification.MEDIUM));
            assessments.submit(a.id(), a.version());
        });
        TestData.signOut();
        // fieldwork on 20 January 2027 (court disposals started 20 April to 20 July 2026): not assessed yet then
        String before = created("""
                {"kind": "THEMED_AUDIT", "title": "Court work", "scope": "COURT", "framework": "HMIP-2018",
                 "fieldworkDate": "2027-01-20", "seed": 3}
                """);
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/proportions", before), qaToken))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].population").value(1))
                .andExpect(jsonPath("$[0].dimensions[2].shares.length()").value(1))
                .andExpect(jsonPath("$[0].dimensions[2].shares[0].code").value("NOT_YET_ASSESSED"));
        // fieldwork on 15 February 2027 (started 15 May to 15 August 2026): assessed by then
        String after = created("""
                {"kind": "THEMED_AUDIT", "title": "Court work", "scope": "COURT", "framework": "HMIP-2018",
                 "fieldworkDate": "2027-02-15", "seed": 3}
                """);
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/proportions", after), qaToken))
                .andExpect(jsonPath("$[0].population").value(23))
                .andExpect(jsonPath("$[0].dimensions[2].shares[?(@.code == 'MEDIUM')].population")
                        .value(org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$[0].dimensions[3].shares[?(@.code == 'LOW')].population")
                        .value(org.hamcrest.Matchers.contains(1)));
    }

    @Test
    void badInputIsAProblemNamingEachField() throws Exception {
        mvc.perform(api(post("/api/v1/quality/rounds"), qaToken).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("kind", "frameworkId", "fieldworkDate")));
        mvc.perform(api(post("/api/v1/quality/rounds"), qaToken).content("""
                        {"kind": "MOCK_INSPECTION", "framework": "HMIP-2018", "fieldworkDate": "2027-05-02"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fieldworkDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("1 May 2027 or earlier")));
        mvc.perform(api(post("/api/v1/quality/rounds"), qaToken).content("""
                        {"kind": "MOCK_INSPECTION", "framework": "HMIP-2018", "fieldworkDate": "2026-01-10"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("There is nothing to sample")));
        mvc.perform(api(post("/api/v1/quality/rounds"), qaToken).content("""
                        {"kind": "SPOT_CHECK", "framework": "HMIP-2018", "fieldworkDate": "2027-04-15"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        assertThat(jdbc.sql("select count(*) from audit_round where service_id = :s")
                        .param("s", service.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aQaLeadPlansChecksAndDrawsARoundOnThePagesAndTheBoardSeesNoCase() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(page(post("/quality/rounds/new"), qa)
                        .session(session)
                        .param("kind", "THEMED_AUDIT")
                        .param("frameworkId", "HMIP-2018")
                        .param("fieldworkDate.day", "15")
                        .param("fieldworkDate.month", "4")
                        .param("fieldworkDate.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the audit&#39;s theme")))
                .andExpect(content().string(containsString("Select the work to sample")));
        mvc.perform(page(post("/quality/rounds/new"), qa)
                        .session(session)
                        .param("kind", "MOCK_INSPECTION")
                        .param("frameworkId", "HMIP-2018")
                        .param("fieldworkDate.day", "15")
                        .param("fieldworkDate.month", "4")
                        .param("fieldworkDate.year", "2027"))
                .andExpect(redirectedUrl("/quality/rounds/new/check"));
        mvc.perform(page(get("/quality/rounds/new/check"), qa).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your answers before drawing the sample")))
                .andExpect(content().string(containsString("15 July 2026 and 15 October 2026")))
                .andExpect(content().string(containsString(">22<")));
        String location = mvc.perform(
                        page(post("/quality/rounds/new/check"), qa).session(session))
                .andExpect(redirectedUrlPattern("/quality/rounds/*?drawn"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String round = location.substring("/quality/rounds/".length(), location.indexOf('?'));
        long viewsBefore = views();
        mvc.perform(page(get(location), qa))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sample drawn")))
                .andExpect(content().string(containsString("164.249856 ÷ (1 + 163.249856 ÷ 22) = 19.51")))
                .andExpect(content().string(containsString("Court0 ")))
                .andExpect(content().string(containsString("Test ar.cm")))
                .andExpect(content().string(containsString("Youth caution")));
        assertThat(views() - viewsBefore)
                .as("each child shown is a view of their record")
                .isEqualTo(25);
        mvc.perform(page(get(location), board))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mock inspection, fieldwork 15 April 2027")))
                .andExpect(content().string(not(containsString("Court0 "))))
                .andExpect(content().string(not(containsString("The sample"))));
        for (String path : List.of("/allocate", "/proportions", "/organisational")) {
            mvc.perform(page(get("/quality/rounds/" + round + path), board)).andExpect(status().isForbidden());
        }
        mvc.perform(page(get("/quality/rounds"), board))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mock inspection, fieldwork 15 April 2027")))
                .andExpect(content().string(not(containsString("Plan an audit round"))));
        mvc.perform(page(get("/quality/rounds/" + round + "/proportions"), qa))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Court disposals: 20 sampled of 22 eligible")))
                .andExpect(content().string(containsString("Not yet assessed")));
    }

    @Test
    void casesAreAllocatedToAuditorsButNeverToTheirCaseManagerOrTheirDirectManager() throws Exception {
        String round = created(mock(99L));
        String someCase = JsonPath.read(
                mvc.perform(api(get("/api/v1/quality/rounds/{id}", round), qaToken))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.cases[0].interventionId");
        String path = "/quality/rounds/" + round + "/allocate";
        mvc.perform(page(get(path), qa))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Test ar.om")))
                .andExpect(content().string(containsString("Test ar.qa")));
        mvc.perform(page(post(path), qa)
                        .param("version", "0")
                        .param("auditor-" + someCase, data.userId(manager).toString()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Test ar.om manages Test ar.cm, this case&#39;s case manager, directly: choose another"
                                        + " auditor")));
        mvc.perform(page(post(path), qa)
                        .param("version", "0")
                        .param("auditor-" + someCase, data.userId(qa).toString()))
                .andExpect(redirectedUrl("/quality/rounds/" + round + "?allocated"));
        mvc.perform(page(get("/quality/rounds/" + round), qa))
                .andExpect(content()
                        .string(containsString(
                                "/quality/audits/new?intervention=" + someCase + "&amp;round=" + round)));
        // a save from the page as it was before is stale: it says so and changes nothing
        mvc.perform(page(post(path), qa).param("version", "0").param("auditor-" + someCase, ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this round first")));
        assertThat(jdbc.sql("select auditor_id from audit_round_case where round_id = :r and intervention_id = :c")
                        .param("r", UUID.fromString(round))
                        .param("c", UUID.fromString(someCase))
                        .query(UUID.class)
                        .single())
                .isEqualTo(data.userId(qa));
    }

    @Test
    void anUnsuitableCaseIsReplacedByALikeCaseWithTheReasonKept() throws Exception {
        String round = created("""
                {"kind": "THEMED_AUDIT", "title": "Court work", "scope": "COURT", "framework": "HMIP-2018",
                 "fieldworkDate": "2027-04-15", "seed": 5}
                """);
        String json = mvc.perform(api(get("/api/v1/quality/rounds/{id}", round), qaToken))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> boys = JsonPath.read(
                json, "$.cases[?(@.stratum.gender == 'MALE' && @.stratum.rosh == 'NOT_YET_ASSESSED')].interventionId");
        String unsuitable = boys.get(0);
        String path = "/quality/rounds/" + round + "/cases/" + unsuitable + "/replace";
        mvc.perform(page(get(path), qa)).andExpect(status().isOk());
        mvc.perform(page(post(path), qa).param("version", "0").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter why the case is unsuitable")));
        mvc.perform(page(post(path), qa).param("version", "0").param("reason", "Moved away in the first month"))
                .andExpect(redirectedUrl("/quality/rounds/" + round + "?replaced"));
        String after = mvc.perform(api(get("/api/v1/quality/rounds/{id}", round), qaToken))
                .andExpect(jsonPath("$.cases.length()").value(21))
                .andExpect(jsonPath("$.cases[20].status").value("REPLACED"))
                .andExpect(jsonPath("$.cases[20].replacementReason").value("Moved away in the first month"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String by = JsonPath.read(after, "$.cases[20].replacedBy");
        List<String> like = JsonPath.read(after, "$.cases[?(@.interventionId == '" + by + "')].stratum.gender");
        assertThat(like).containsExactly("MALE");
        assertThat(JsonPath.<List<String>>read(json, "$.cases[*].interventionId"))
                .doesNotContain(by);
        mvc.perform(page(get("/quality/rounds/" + round), qa))
                .andExpect(content().string(containsString("Cases replaced")))
                .andExpect(content().string(containsString("Moved away in the first month")));
    }

    @Test
    void theOrganisationalStandardsAreJudgedWithTheirEvidence() throws Exception {
        String round = created(mock(1L));
        String path = "/quality/rounds/" + round + "/organisational";
        mvc.perform(page(get(path), qa))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.1 Governance and leadership")));
        mvc.perform(page(post(path), qa).param("version", "0").param("rating-1-1", "GOOD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the evidence for the rating of 1.1")));
        mvc.perform(page(post(path), qa)
                        .param("version", "0")
                        .param("rating-1-1", "GOOD")
                        .param("evidence-1-1", "Board minutes show a clear strategy"))
                .andExpect(redirectedUrl("/quality/rounds/" + round + "?judged"));
        mvc.perform(page(get("/quality/rounds/" + round), board))
                .andExpect(content().string(containsString("Board minutes show a clear strategy")));
    }

    @Test
    void theApiReplacesAllocatesAndJudgesWithTheVersionSeen() throws Exception {
        String round = created(mock(21L));
        for (String write : List.of("replacements", "allocations", "organisational")) {
            mvc.perform(post("/api/v1/quality/rounds/{id}/" + write, round)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": 0}"))
                    .andExpect(status().isUnauthorized());
            mvc.perform(api(post("/api/v1/quality/rounds/{id}/" + write, round), boardToken)
                            .content("{\"version\": 0}"))
                    .andExpect(status().isForbidden());
        }
        String json = mvc.perform(api(get("/api/v1/quality/rounds/{id}", round), qaToken))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String someCase = JsonPath.read(json, "$.cases[0].interventionId");
        mvc.perform(api(post("/api/v1/quality/rounds/{id}/allocations", round), qaToken)
                        .content("{\"version\": 0, \"auditors\": {\"%s\": \"%s\"}}"
                                .formatted(someCase, data.userId(caseManager))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("auditor." + someCase));
        mvc.perform(api(post("/api/v1/quality/rounds/{id}/allocations", round), qaToken)
                        .content("{\"version\": 0, \"auditors\": {\"%s\": \"%s\"}}"
                                .formatted(someCase, data.userId(qa))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases[0].auditor").value("Test ar.qa"));
        mvc.perform(api(post("/api/v1/quality/rounds/{id}/organisational", round), qaToken)
                        .content("{\"version\": 0, \"organisational\": {\"1.1\": {\"rating\": \"GOOD\"}}}"))
                .andExpect(status().isConflict());
        mvc.perform(api(post("/api/v1/quality/rounds/{id}/organisational", round), qaToken)
                        .content("{\"version\": 1, \"organisational\": {\"1.1\": {\"rating\": \"GOOD\"}}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence.1.1"));
        mvc.perform(api(post("/api/v1/quality/rounds/{id}/replacements", round), qaToken)
                        .content("{\"version\": 1, \"interventionId\": \"%s\", \"reason\": \"\"}".formatted(someCase)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    private String mock(Long seed) {
        return """
                {"kind": "MOCK_INSPECTION", "framework": "HMIP-2018", "fieldworkDate": "2027-04-15"%s}
                """.formatted(seed == null ? "" : ", \"seed\": " + seed);
    }

    private String created(String json) throws Exception {
        return JsonPath.read(
                mvc.perform(api(post("/api/v1/quality/rounds"), qaToken).content(json))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    private long views() {
        return jdbc.sql("select count(*) from audit_event where action = 'VIEWED' and service_id = :s")
                .param("s", service.id())
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, String username) {
        return request.with(authentication(data.authenticationOf(username))).with(csrf());
    }

    private UUID started(String name, Gender gender, InterventionType type, LocalDate on, UUID caseManagerId) {
        return transactions.execute(s -> {
            UUID child = records.register(
                            service.id(), withGender(TestData.child(name, "Sample", LocalDate.of(2010, 3, 4)), gender))
                    .id();
            Intervention i = interventions.start(
                    data.accessible(caseManager, child),
                    new Interventions.NewIntervention(type, on, null, caseManagerId, List.of()));
            return i.id();
        });
    }

    private static ChildDetails withGender(ChildDetails details, Gender gender) {
        try {
            RecordComponent[] components = ChildDetails.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("gender")
                        ? gender
                        : components[i].getAccessor().invoke(details);
            }
            return ChildDetails.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AssessmentDetails details(Classification safety, Classification harm) {
        return new AssessmentDetails(
                new AssessmentDetails.Desistance(
                        "Peer group",
                        "Boxing club",
                        "Close to his gran",
                        "Wants to change",
                        null,
                        "Excluded from school",
                        Likelihood.MEDIUM),
                new AssessmentDetails.SafetyAndWellbeing(
                        "Owes money", Set.of(ConcernType.DRUG_DEBTS), safety, "Debt is being chased"),
                new AssessmentDetails.RiskOfHarm(
                        "Assault", Set.of(HarmTo.PEERS), "Possible when challenged", "Serious injury", harm),
                new AssessmentDetails.Sources(
                        Set.of(Source.POLICE, Source.EDUCATION), null, "Wants to stay at home", "Mum is worried"),
                new AssessmentDetails.Screening(null, null, null, null));
    }
}
