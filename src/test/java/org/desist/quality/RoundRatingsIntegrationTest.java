package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A round's ratings and the trend on PostgreSQL: six referral orders that started on 1 August 2026 (today is 1
 * February 2027), a themed audit of court work with fieldwork on 15 April 2027 sampling all six, two of them audited
 * against the 2018 standards and completed — Asha Kerr's with 2.1.2 answered no — and an earlier round with none.
 */
@IntegrationTest
@Import(February2027.class)
class RoundRatingsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    AuditRounds rounds;

    @Autowired
    CaseAudits audits;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String qa;
    String board;
    String caseManager;
    AuditRound round;
    AuditRound earlier;
    final List<UUID> cases = new ArrayList<>();
    final List<UUID> children = new ArrayList<>();

    @BeforeEach
    void aRoundWithTwoCompletedAudits() {
        service = data.service("RoundRatings");
        qa = data.account("rr.qa", Role.QA_LEAD, service);
        board = data.account("rr.board", Role.BOARD_MEMBER, service);
        caseManager = data.account("rr.cm", Role.CASE_MANAGER, service);
        data.team(service, "East team", data.account("rr.om", Role.OPERATIONAL_MANAGER, service), caseManager);
        data.actAs(caseManager);
        List<String> names = List.of("Asha", "Bella", "Cara", "Dan", "Eli", "Finn");
        for (String name : names) {
            transactions.executeWithoutResult(s -> {
                UUID child = records.register(service.id(), TestData.child(name, "Kerr", LocalDate.of(2010, 3, 4)))
                        .id();
                children.add(child);
                cases.add(interventions
                        .start(
                                data.accessible(caseManager, child),
                                new Interventions.NewIntervention(
                                        InterventionType.REFERRAL_ORDER,
                                        LocalDate.of(2026, 8, 1),
                                        LocalDate.of(2027, 8, 1),
                                        data.userId(caseManager),
                                        List.of()))
                        .id());
            });
        }
        data.actAs(qa);
        earlier = transactions.execute(s -> rounds.create(
                service.id(),
                new RoundPlan(
                        RoundPlan.Kind.THEMED_AUDIT,
                        "Autumn court audit",
                        RoundPlan.Scope.COURT,
                        "HMIP-2018",
                        LocalDate.of(2027, 3, 1)),
                7L));
        round = transactions.execute(s -> rounds.create(
                service.id(),
                new RoundPlan(
                        RoundPlan.Kind.THEMED_AUDIT,
                        "Spring court audit",
                        RoundPlan.Scope.COURT,
                        "HMIP-2018",
                        LocalDate.of(2027, 4, 15)),
                11L));
        complete(cases.get(0), "2.1.2");
        complete(cases.get(1), null);
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theRoundsPageShowsEachSampledCasesAuditAndLinksToItsRatings() throws Exception {
        mvc.perform(page(get("/quality/rounds/{id}", round.id()), qa))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("See the round's ratings")))
                .andExpect(content().string(containsString("/quality/rounds/" + round.id() + "/ratings")))
                .andExpect(content().string(containsString("Completed")))
                .andExpect(content().string(containsString("View audit")))
                .andExpect(content().string(containsString("Not started")));
    }

    @Test
    void aQaLeadSeesTheRatingsWhatTheOverallStillNeedsAndTheCaseBehindTheNo() throws Exception {
        long before = views(children.get(0));
        mvc.perform(page(get("/quality/rounds/{id}/ratings", round.id()), qa))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 of 6 sampled cases audited and completed")))
                // 2.1.2: one yes of two, 50%: Requires improvement, the standard's lowest key question.
                .andExpect(content().string(containsString("1 of 2")))
                .andExpect(content().string(containsString("Lowest key question: 2.1.2")))
                .andExpect(content().string(containsString("(50%)")))
                .andExpect(content().string(containsString("Requires improvement")))
                .andExpect(content().string(containsString("The overall rating cannot be given yet")))
                .andExpect(content().string(containsString("Its judgement has not been entered on the round")))
                .andExpect(content().string(containsString("No completed audit&#39;s case applied to it")))
                .andExpect(content().string(containsString("The cases behind every no")))
                .andExpect(content().string(containsString("Asha Kerr")))
                .andExpect(content().string(containsString("Not enough: no contingency plan")))
                .andExpect(content().string(not(containsString("Bella Kerr"))))
                .andExpect(content().string(containsString("East team: 2 audits")))
                .andExpect(content().string(containsString("/quality/audits/results.csv?round=" + round.id())));
        assertThat(views(children.get(0)))
                .as("the child behind the no is a view of her record")
                .isEqualTo(before + 1);
    }

    @Test
    void theBoardSeesRatingsAndFiguresOnlyWithSmallNumbersSuppressed() throws Exception {
        long before = views(children.get(0));
        mvc.perform(page(get("/quality/rounds/{id}/ratings", round.id()), board))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Figures from fewer than 5 cases are not shown")))
                .andExpect(content().string(containsString("Not shown")))
                .andExpect(content().string(containsString("Its figures are from too few cases to show")))
                .andExpect(content().string(not(containsString("Asha Kerr"))))
                .andExpect(content().string(not(containsString("The cases behind every no"))))
                .andExpect(content().string(not(containsString("Not enough: no contingency plan"))))
                .andExpect(content().string(not(containsString("1 of 2"))));
        assertThat(views(children.get(0))).isEqualTo(before);
    }

    @Test
    void theOverallIsGivenOnceEveryStandardHasARatingOrSaysWhichAreMissing() throws Exception {
        data.actAs(qa);
        Map<String, AuditRound.Judgement> judged = new LinkedHashMap<>();
        for (String s : List.of("1.1", "1.2", "1.3", "1.4")) {
            judged.put(s, new AuditRound.Judgement(Rating.GOOD, "Board minutes and the partnership plan"));
        }
        transactions.executeWithoutResult(s -> rounds.judge(round.id(), round.version(), judged));
        TestData.signOut();
        // Court work only: the out-of-court standards (3.1 to 3.4) had no applicable case, so still no overall.
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/ratings", round.id()), data.apiToken(qa)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.audited").value(2))
                .andExpect(jsonPath("$.sampled").value(6))
                .andExpect(jsonPath("$.standards['1.1']").value("GOOD"))
                .andExpect(jsonPath("$.standards['2.1']").value("REQUIRES_IMPROVEMENT"))
                .andExpect(jsonPath("$.lowestKeyQuestions[0].standard").value("2.1"))
                .andExpect(jsonPath("$.lowestKeyQuestions[0].keyQuestion").value("2.1.2"))
                .andExpect(jsonPath("$.lowestKeyQuestions[0].rounded").value(50))
                .andExpect(jsonPath("$.overallGiven").value(false))
                .andExpect(jsonPath("$.overall").isEmpty())
                .andExpect(jsonPath("$.missing[0].standard").value("3.1"))
                .andExpect(jsonPath("$.missing[0].reason").value("NO_APPLICABLE_CASES"))
                .andExpect(jsonPath("$.missing.length()").value(4))
                .andExpect(jsonPath("$.results.casesBehindNo[0].child").value("Asha Kerr"))
                .andExpect(jsonPath("$.results.casesBehindNo[0].keyQuestion").value("2.1.2"));
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/ratings", round.id()), data.apiToken(board)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.suppressedBelow").value(5))
                .andExpect(jsonPath("$.results.casesBehindNo").isEmpty())
                .andExpect(jsonPath("$.results.byCaseManager").isEmpty())
                .andExpect(jsonPath("$.standards['2.1']").doesNotExist())
                .andExpect(jsonPath("$.missing[0].reason").value("TOO_FEW_CASES"));
    }

    @Test
    void theRatingsApiNeedsSignInAndTheRightCapability() throws Exception {
        mvc.perform(get("/api/v1/quality/rounds/{id}/ratings", round.id())).andExpect(status().isUnauthorized());
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/ratings", round.id()), data.apiToken(caseManager)))
                .andExpect(status().isForbidden());
        mvc.perform(page(get("/quality/rounds/{id}/ratings", round.id()), caseManager))
                .andExpect(status().isForbidden());
        mvc.perform(page(get("/quality/rounds/trend"), caseManager)).andExpect(status().isForbidden());
        String other = data.apiToken(data.account("rr.other", Role.QA_LEAD, data.service("RoundRatingsElsewhere")));
        mvc.perform(api(get("/api/v1/quality/rounds/{id}/ratings", round.id()), other))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTrendShowsEachRoundInFieldworkOrderAndTheBoardsFiguresSuppressed() throws Exception {
        String qaTrend = mvc.perform(page(get("/quality/rounds/trend"), qa))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ratings and key question figures by round")))
                .andExpect(content().string(containsString("2.1.2")))
                .andExpect(content().string(containsString("50%")))
                .andExpect(content().string(containsString("Not given yet")))
                .andExpect(content().string(not(containsString("Asha Kerr"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(qaTrend.indexOf("Autumn court audit"))
                .isPositive()
                .isLessThan(qaTrend.indexOf("Spring court audit"));
        mvc.perform(page(get("/quality/rounds/trend?framework=HMIP-2018"), board))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Figures from fewer than 5 cases are not shown")))
                .andExpect(content().string(containsString("Not shown")))
                .andExpect(content().string(not(containsString("50%"))));
    }

    private void complete(UUID intervention, String no) {
        transactions.executeWithoutResult(s -> {
            CaseAudit draft = audits.start(intervention, round.id(), "HMIP-2018");
            CaseAudit saved = audits.saveDraft(draft.id(), draft.version(), CaseAuditsIntegrationTest.allYes(no));
            audits.complete(draft.id(), saved.version());
        });
    }

    private long views(UUID child) {
        return jdbc.sql("select count(*) from audit_event where child_id = :child and action = 'VIEWED'")
                .param("child", child)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request, String username) {
        return request.with(authentication(data.authenticationOf(username))).with(csrf());
    }
}
