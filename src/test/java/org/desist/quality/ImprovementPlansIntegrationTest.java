package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Improvement plans through their pages, on PostgreSQL, with "today" Monday 1 February 2027: a QA lead starts a plan
 * from a published inspection, adds a recommendation and an action owned by a case manager, who sees it on My work
 * and records progress; the head of service sees the overdue actions; each change is audited and scoped.
 */
@IntegrationTest
@Import(February2027.class)
class ImprovementPlansIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublishedInspections inspections;

    @Autowired
    Frameworks frameworks;

    YouthJusticeService service;
    String qaLead;
    String head;
    String board;
    String caseManager;
    String otherCaseManager;
    String otherServiceQa;
    PublishedInspection inspection;

    @BeforeEach
    void people() {
        service = data.service("Improving");
        qaLead = data.account("ip.qa", Role.QA_LEAD, service);
        head = data.account("ip.head", Role.HEAD_OF_SERVICE, service);
        board = data.account("ip.board", Role.BOARD_MEMBER, service);
        caseManager = data.account("ip.cm", Role.CASE_MANAGER, service);
        otherCaseManager = data.account("ip.cm2", Role.CASE_MANAGER, service);
        otherServiceQa = data.account("ip.other", Role.QA_LEAD, data.service("Elsewhere"));
        data.actAs(qaLead);
        inspection = inspections.enter(service.id(), "HMIP-2018", report());
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    /** A 2018 report published on 14 September 2026: every key question at 72%, every standard Good. */
    private PublishedInspection.Report report() {
        Framework f = frameworks.find("HMIP-2018").orElseThrow();
        Map<String, Rating> organisational = new LinkedHashMap<>();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        Map<String, Rating> published = new LinkedHashMap<>();
        for (Framework.Standard s : f.standards()) {
            published.put(s.number(), Rating.GOOD);
            if (s.caseBased()) {
                s.keyQuestions().forEach(kq -> figures.put(kq.number(), BigDecimal.valueOf(72)));
            } else {
                organisational.put(s.number(), Rating.GOOD);
            }
        }
        return new PublishedInspection.Report(
                "An inspection of youth justice services in Improving",
                LocalDate.of(2026, 9, 14),
                null,
                organisational,
                figures,
                published,
                Rating.GOOD);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(authentication(data.authenticationOf(username))).with(csrf());
    }

    private UUID idIn(String location, String prefix) {
        String rest = location.substring(location.indexOf(prefix) + prefix.length());
        return UUID.fromString(rest.substring(0, 36));
    }

    /** A plan from the inspection, dated 1 October 2026, through the page; its id. */
    private UUID startPlan() throws Exception {
        String location = mvc.perform(as(qaLead, post("/quality/improvement-plans"))
                        .param("inspectionId", inspection.id().toString())
                        .param("title", "Improvement plan after the 2026 inspection")
                        .param("planDate.day", "1")
                        .param("planDate.month", "10")
                        .param("planDate.year", "2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/quality/improvement-plans/*?started"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return idIn(location, "/quality/improvement-plans/");
    }

    private UUID addRecommendation(UUID plan, long version) throws Exception {
        mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/recommendations", plan))
                        .param("version", String.valueOf(version))
                        .param("text", "Improve the quality of planning to keep the child and others safe")
                        .param("addressedTo", "SERVICE"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql(
                        "select id from improvement_recommendation where plan_id = :plan order by position desc limit 1")
                .param("plan", plan)
                .query(UUID.class)
                .single();
    }

    private UUID addAction(UUID plan, UUID recommendation, String owner, String day, String month, String year)
            throws Exception {
        String location = mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/actions", plan))
                        .param("recommendationId", recommendation.toString())
                        .param("description", "Audit ten plans for contingency arrangements")
                        .param("ownerId", data.userId(owner).toString())
                        .param("dueDate.day", day)
                        .param("dueDate.month", month)
                        .param("dueDate.year", year))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return idIn(location, "#action-");
    }

    private long audited(String action, String type, UUID id) {
        return jdbc.sql("""
                        select count(*) from audit_event
                         where action = :action and record_type = :type and record_id = :id and child_id is null
                        """)
                .param("action", action)
                .param("type", type)
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void aPlanFromAnInspectionGetsARecommendationAndAnActionThatItsOwnerSeesOnMyWorkAndMovesOn() throws Exception {
        mvc.perform(as(qaLead, get("/quality/inspections/{id}", inspection.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Create an improvement plan")))
                .andExpect(content()
                        .string(containsString("/quality/improvement-plans/new?inspection=" + inspection.id())));
        mvc.perform(as(
                        qaLead,
                        get("/quality/improvement-plans/new")
                                .param("inspection", inspection.id().toString())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An inspection of youth justice services in Improving")))
                .andExpect(content().string(containsString("checked")));
        UUID plan = startPlan();
        UUID recommendation = addRecommendation(plan, 0);
        UUID action = addAction(plan, recommendation, caseManager, "26", "2", "2027");

        mvc.perform(as(board, get("/quality/improvement-plans/{id}", plan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommendation 1")))
                .andExpect(content().string(containsString("Addressed to: </span>The service")))
                .andExpect(content().string(containsString("Audit ten plans for contingency arrangements")))
                .andExpect(content().string(containsString("Test ip.cm")))
                .andExpect(content().string(containsString("26 February 2027")))
                .andExpect(content().string(containsString("Not started")))
                .andExpect(content().string(containsString("0 of 1 action complete")))
                .andExpect(content().string(not(containsString("Update progress"))));
        mvc.perform(as(qaLead, get("/quality/inspections/{id}", inspection.id())))
                .andExpect(content().string(containsString("Improvement plan after the 2026 inspection")));

        // The owner's My work lists it, not overdue; the plan page offers them progress.
        mvc.perform(as(caseManager, get("/work")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Improvement actions (1)")))
                .andExpect(content().string(containsString("Audit ten plans for contingency arrangements")))
                .andExpect(content().string(containsString("Not overdue")));
        mvc.perform(as(caseManager, get("/quality/improvement-plans/{id}", plan)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Update progress")));
        mvc.perform(as(caseManager, get("/quality/improvement-plans/{id}/actions/{a}/progress", plan, action)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Status after this update")));
        mvc.perform(as(caseManager, post("/quality/improvement-plans/{id}/actions/{a}/progress", plan, action))
                        .param("version", "0")
                        .param("status", "IN_PROGRESS")
                        .param("text", "Six of the ten plans audited")
                        .param("on.day", "29")
                        .param("on.month", "1")
                        .param("on.year", "2027"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(caseManager, post("/quality/improvement-plans/{id}/actions/{a}/progress", plan, action))
                        .param("version", "1")
                        .param("status", "COMPLETE")
                        .param("text", "All ten audited; findings shared at the team meeting")
                        .param("on.day", "1")
                        .param("on.month", "2")
                        .param("on.year", "2027"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(qaLead, get("/quality/improvement-plans/{id}", plan)))
                .andExpect(content().string(containsString("1 of 1 action complete")))
                .andExpect(content().string(containsString("Six of the ten plans audited")))
                .andExpect(content().string(containsString("All ten audited")))
                .andExpect(content().string(containsString("Complete")))
                .andExpect(content().string(containsString("Reopen")));
        // Completing it fulfils it: it leaves the owner's My work.
        mvc.perform(as(caseManager, get("/work")))
                .andExpect(content().string(not(containsString("Improvement actions ("))));
        mvc.perform(as(board, get("/quality/improvement-plans")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Improvement plan after the 2026 inspection")))
                .andExpect(content().string(containsString("1 of 1")))
                .andExpect(content().string(not(containsString("Start an improvement plan"))));

        assertThat(audited("CREATED", ImprovementPlans.RECORD_TYPE, plan)).isEqualTo(1);
        assertThat(audited("CHANGED", ImprovementPlans.RECORD_TYPE, plan)).isEqualTo(1);
        assertThat(audited("CREATED", ImprovementActions.RECORD_TYPE, action)).isEqualTo(1);
        assertThat(audited("CHANGED", ImprovementActions.RECORD_TYPE, action)).isEqualTo(2);
        String changes = jdbc.sql("""
                        select changes::text from audit_event
                         where record_type = :type and record_id = :id and record_version = 2""")
                .param("type", ImprovementActions.RECORD_TYPE)
                .param("id", action)
                .query(String.class)
                .single();
        assertThat(changes).contains("\"oldValue\": \"In progress\"", "\"newValue\": \"Complete\"", "2027-02-01");
    }

    @Test
    void theHeadOfServiceSeesOverdueActionsWithTheirOwnersAndWorkingDaysOverdue() throws Exception {
        UUID plan = startPlan();
        UUID recommendation = addRecommendation(plan, 0);
        // Due Monday 25 January 2027: on Monday 1 February it is 5 working days overdue.
        UUID overdue = addAction(plan, recommendation, caseManager, "25", "1", "2027");
        addAction(plan, recommendation, otherCaseManager, "26", "2", "2027");

        mvc.perform(as(head, get("/work")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Improvement actions overdue (1)")))
                .andExpect(content().string(containsString("Test ip.cm<")))
                .andExpect(content().string(containsString("5 working days")))
                .andExpect(content().string(not(containsString("Test ip.cm2"))));
        mvc.perform(as(head, get("/work/team")))
                .andExpect(content().string(containsString("Improvement actions overdue (1)")));
        mvc.perform(as(qaLead, get("/work")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Improvement actions overdue"))));
        mvc.perform(as(caseManager, get("/work")))
                .andExpect(content().string(containsString("Improvement actions (1)")))
                .andExpect(content().string(containsString("Overdue")))
                .andExpect(content().string(containsString("5 working days")));
        mvc.perform(as(qaLead, get("/quality/improvement-plans")))
                .andExpect(content().string(containsString("1 overdue")));

        // No longer needed, with the reason: it leaves the head's panel.
        mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/actions/{a}/progress", plan, overdue))
                        .param("version", "0")
                        .param("status", "NO_LONGER_NEEDED")
                        .param("text", "Covered by the new audit programme")
                        .param("reason", "Superseded by the quarterly audits")
                        .param("on.day", "1")
                        .param("on.month", "2")
                        .param("on.year", "2027"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(head, get("/work")))
                .andExpect(content().string(not(containsString("Improvement actions overdue"))));
    }

    @Test
    void badAnswersComeBackWithAnErrorSummaryAndWriteNothing() throws Exception {
        UUID plan = startPlan();
        UUID recommendation = addRecommendation(plan, 0);
        long actions = count("improvement_action");
        mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/actions", plan))
                        .param("recommendationId", recommendation.toString())
                        .param("description", "")
                        .param("ownerId", data.userId(board).toString())
                        .param("dueDate.day", "30")
                        .param("dueDate.month", "9")
                        .param("dueDate.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter what will be done")))
                .andExpect(content().string(containsString("Select a member of the service&#39;s staff")))
                .andExpect(content().string(containsString("The action cannot be due before the plan&#39;s date")))
                .andExpect(content().string(containsString("href=\"#dueDate-day\"")));
        mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/actions", plan))
                        .param("recommendationId", recommendation.toString())
                        .param("description", "Audit")
                        .param("ownerId", data.userId(caseManager).toString())
                        .param("dueDate.day", "31")
                        .param("dueDate.month", "2")
                        .param("dueDate.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date the action is due must be a real date")));
        assertThat(count("improvement_action")).isEqualTo(actions);

        mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/recommendations", plan))
                        .param("version", "1")
                        .param("text", "Work with the police on out-of-court decisions")
                        .param("addressedTo", "PARTNER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the partner the recommendation is addressed to")));
        // A stale save says who saved first and writes nothing.
        mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/board-reviews", plan))
                        .param("version", "0")
                        .param("notes", "Progress noted")
                        .param("reviewedOn.day", "21")
                        .param("reviewedOn.month", "1")
                        .param("reviewedOn.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("while you were editing it")));
        assertThat(count("improvement_board_review where plan_id = '" + plan + "'"))
                .isZero();
        mvc.perform(as(qaLead, post("/quality/improvement-plans/{id}/board-reviews", plan))
                        .param("version", "1")
                        .param("notes", "Progress noted; the Board asked for the police's response by March")
                        .param("reviewedOn.day", "21")
                        .param("reviewedOn.month", "1")
                        .param("reviewedOn.year", "2027"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(board, get("/quality/improvement-plans/{id}", plan)))
                .andExpect(content().string(containsString("21 January 2027")))
                .andExpect(content().string(containsString("the Board asked for the police&#39;s response by March")));

        mvc.perform(as(qaLead, post("/quality/improvement-plans"))
                        .param("inspectionId", inspection.id().toString())
                        .param("title", "")
                        .param("planDate.day", "1")
                        .param("planDate.month", "9")
                        .param("planDate.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the plan&#39;s title")))
                .andExpect(content()
                        .string(containsString("The plan cannot be dated before the inspection report was published")));
    }

    @Test
    void plansAreScopedToTheServiceAndChangedOnlyByQualityRolesOrAnActionsOwner() throws Exception {
        UUID plan = startPlan();
        UUID recommendation = addRecommendation(plan, 0);
        UUID action = addAction(plan, recommendation, caseManager, "26", "2", "2027");

        mvc.perform(get("/quality/improvement-plans")).andExpect(status().is3xxRedirection());
        mvc.perform(as(caseManager, get("/quality/improvement-plans"))).andExpect(status().isForbidden());
        mvc.perform(as(board, get("/quality/improvement-plans/new"))).andExpect(status().isForbidden());
        mvc.perform(as(
                        board,
                        post("/quality/improvement-plans/{id}/recommendations", plan)
                                .param("version", "1")
                                .param("text", "x")
                                .param("addressedTo", "BOARD")))
                .andExpect(status().isForbidden());
        mvc.perform(as(caseManager, get("/quality/improvement-plans/{id}/actions/new", plan)))
                .andExpect(status().isForbidden());
        mvc.perform(as(board, get("/quality/improvement-plans/{id}/actions/{a}/progress", plan, action)))
                .andExpect(status().isForbidden());
        // A case manager who owns no action of the plan does not see it.
        mvc.perform(as(otherCaseManager, get("/quality/improvement-plans/{id}", plan)))
                .andExpect(status().isNotFound());
        mvc.perform(as(otherCaseManager, post("/quality/improvement-plans/{id}/actions/{a}/progress", plan, action))
                        .param("version", "0")
                        .param("status", "IN_PROGRESS")
                        .param("text", "Not mine")
                        .param("on.day", "1")
                        .param("on.month", "2")
                        .param("on.year", "2027"))
                .andExpect(status().isNotFound());
        // Another service's QA lead sees neither the plan nor it in their list.
        mvc.perform(as(otherServiceQa, get("/quality/improvement-plans/{id}", plan)))
                .andExpect(status().isNotFound());
        mvc.perform(as(otherServiceQa, get("/quality/improvement-plans")))
                .andExpect(content().string(not(containsString("Improvement plan after the 2026 inspection"))));
        mvc.perform(as(otherServiceQa, post("/quality/improvement-plans/{id}/recommendations", plan))
                        .param("version", "1")
                        .param("text", "x")
                        .param("addressedTo", "BOARD"))
                .andExpect(status().isNotFound());
        assertThat(count("improvement_action_update where action_id = '" + action + "'"))
                .isZero();
    }

    private long count(String tableAndCondition) {
        return jdbc.sql("select count(*) from " + tableAndCondition)
                .query(Long.class)
                .single();
    }

    @Test
    void aQaLeadMovesAnActionsDueDateWithTheReasonAndTheOwnerSeesItInTheTimeline() throws Exception {
        UUID plan = startPlan();
        UUID recommendation = addRecommendation(plan, 0);
        UUID action = addAction(plan, recommendation, caseManager, "29", "1", "2027");
        String change = "/quality/improvement-plans/{id}/actions/{a}/change";

        mvc.perform(as(qaLead, get(change, plan, action)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change the action")))
                .andExpect(content().string(containsString("Audit ten plans for contingency arrangements")));
        // The owner records progress; only a QA lead re-plans.
        mvc.perform(as(caseManager, get(change, plan, action))).andExpect(status().isForbidden());

        // No reason, nothing changed: the error summary, nothing saved.
        mvc.perform(as(qaLead, post(change, plan, action))
                        .param("version", "0")
                        .param("description", "Audit ten plans for contingency arrangements")
                        .param("ownerId", data.userId(caseManager).toString())
                        .param("dueDate.day", "29")
                        .param("dueDate.month", "1")
                        .param("dueDate.year", "2027")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Change what will be done, the owner or the due date")))
                .andExpect(content().string(containsString("Say why the action changes")));
        assertThat(jdbc.sql("select version from improvement_action where id = :id")
                        .param("id", action)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(as(qaLead, post(change, plan, action))
                        .param("version", "0")
                        .param("description", "Audit ten plans for contingency arrangements")
                        .param("ownerId", data.userId(otherCaseManager).toString())
                        .param("dueDate.day", "26")
                        .param("dueDate.month", "2")
                        .param("dueDate.year", "2027")
                        .param("reason", "The first owner moved to the South team"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/quality/improvement-plans/*?actionChanged*"));
        assertThat(audited("CHANGED", ImprovementActions.RECORD_TYPE, action)).isEqualTo(1);

        // A second save from the version first read is stale: the stale panel, nothing saved.
        mvc.perform(as(qaLead, post(change, plan, action))
                        .param("version", "0")
                        .param("description", "Something else")
                        .param("ownerId", data.userId(caseManager).toString())
                        .param("dueDate.day", "31")
                        .param("dueDate.month", "3")
                        .param("dueDate.year", "2027")
                        .param("reason", "Another reason"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("while you were editing it")));
        assertThat(jdbc.sql("select description from improvement_action where id = :id")
                        .param("id", action)
                        .query(String.class)
                        .single())
                .isEqualTo("Audit ten plans for contingency arrangements");

        mvc.perform(as(otherCaseManager, get("/quality/improvement-plans/{id}", plan)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "Changed the owner and the due date from 29 January 2027 to 26 February 2027")))
                .andExpect(content().string(containsString("The first owner moved to the South team")))
                .andExpect(content().string(containsString("Action changed")));
        mvc.perform(as(otherCaseManager, get("/work")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit ten plans for contingency arrangements")));
    }
}
