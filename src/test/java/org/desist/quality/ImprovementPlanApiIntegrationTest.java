package org.desist.quality;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
import org.desist.quality.ImprovementPlan.AddressedTo;
import org.desist.quality.ImprovementPlan.Partner;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The improvement plans API: 401 and 403 first, then what the Board reads and what an owner records. */
@IntegrationTest
@Import(February2027.class)
class ImprovementPlanApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ImprovementPlans plans;

    @Autowired
    ImprovementActions actions;

    String qaLead;
    String board;
    String caseManager;
    String otherQa;
    ImprovementPlan plan;
    ImprovementAction action;

    @BeforeEach
    void aPlan() {
        YouthJusticeService service = data.service("PlanApi");
        qaLead = data.account("pa.qa", Role.QA_LEAD, service);
        board = data.account("pa.board", Role.BOARD_MEMBER, service);
        caseManager = data.account("pa.cm", Role.CASE_MANAGER, service);
        otherQa = data.account("pa.other", Role.QA_LEAD, data.service("PlanApiOther"));
        data.actAs(qaLead);
        ImprovementPlan started =
                plans.start(service.id(), "Plan after the mock inspection", LocalDate.of(2026, 10, 1), null, null);
        plan = plans.addRecommendation(
                started.id(),
                0,
                "Agree with the police how out-of-court decisions are made",
                AddressedTo.PARTNER,
                Partner.POLICE,
                null);
        action = actions.add(
                plan.id(),
                plan.recommendations().get(0).id(),
                "Draft the joint decision-making protocol",
                data.userId(caseManager),
                LocalDate.of(2027, 1, 29));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String json) throws Exception {
        if (username != null) {
            request.header("Authorization", "Bearer " + data.apiToken(username));
        }
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    private String progress() {
        return "/api/v1/quality/improvement-plans/" + plan.id() + "/actions/" + action.id() + "/progress";
    }

    @Test
    void withoutATokenOrTheCapabilityTheApiRefuses() throws Exception {
        call(null, get("/api/v1/quality/improvement-plans"), null).andExpect(status().isUnauthorized());
        call(null, get("/api/v1/quality/improvement-plans/{id}", plan.id()), null)
                .andExpect(status().isUnauthorized());
        call(null, post(progress()), "{\"version\":0}").andExpect(status().isUnauthorized());
        call(caseManager, get("/api/v1/quality/improvement-plans"), null).andExpect(status().isForbidden());
        call(board, post(progress()), """
                        {"version": 0, "on": "2027-02-01", "text": "x", "status": "IN_PROGRESS"}""").andExpect(status().isForbidden());
        call(otherQa, get("/api/v1/quality/improvement-plans/{id}", plan.id()), null)
                .andExpect(status().isNotFound());
        call(otherQa, post(progress()), """
                        {"version": 0, "on": "2027-02-01", "text": "x", "status": "IN_PROGRESS"}""").andExpect(status().isNotFound());
    }

    @Test
    void theBoardReadsPlansWithTheirProgressAndTheOwnerRecordsProgress() throws Exception {
        call(board, get("/api/v1/quality/improvement-plans"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + plan.id() + "')].actions").value(1))
                .andExpect(jsonPath("$[?(@.id == '" + plan.id() + "')].actionsOverdue")
                        .value(1))
                .andExpect(jsonPath("$[?(@.id == '" + plan.id() + "')].source").value("Not from an inspection"));
        call(board, get("/api/v1/quality/improvement-plans/{id}", plan.id()), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendations", hasSize(1)))
                .andExpect(jsonPath("$.recommendations[0].addressee").value("Police"))
                .andExpect(jsonPath("$.recommendations[0].actions[0].owner").value("Test pa.cm"))
                .andExpect(jsonPath("$.recommendations[0].actions[0].overdue").value(true))
                .andExpect(jsonPath("$.recommendations[0].actions[0].status").value("NOT_STARTED"));
        call(caseManager, get("/api/v1/quality/improvement-plans/{id}", plan.id()), null)
                .andExpect(status().isOk());

        call(caseManager, post(progress()), """
                        {"version": 0, "on": "2027-02-01", "text": "First draft shared with the police", "status": "IN_PROGRESS"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.updates[0].writtenBy").value("Test pa.cm"))
                .andExpect(jsonPath("$.updates[0].text").value("First draft shared with the police"));
        call(caseManager, post(progress()), """
                        {"version": 0, "on": "2027-02-01", "text": "Again", "status": "COMPLETE"}""")
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("stale-version")));
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        call(caseManager, post(progress()), """
                        {"on": "2027-02-01", "text": "x", "status": "IN_PROGRESS"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("version")));
        call(caseManager, post(progress()), """
                        {"version": 0, "on": "2027-02-01", "text": "x", "status": "DONE"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("status")));
        call(caseManager, post(progress()), """
                        {"version": 0, "on": "2027-02-02", "text": " ", "status": "NO_LONGER_NEEDED"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The date of the update must be today or in the past")))
                .andExpect(content().string(containsString("Say what has been done")))
                .andExpect(content().string(containsString("Say why the action is no longer needed")));
        call(
                        caseManager,
                        post(
                                "/api/v1/quality/improvement-plans/{id}/actions/{a}/progress",
                                UUID.randomUUID(),
                                action.id()),
                        """
                        {"version": 0, "on": "2027-02-01", "text": "x", "status": "IN_PROGRESS"}""")
                .andExpect(status().isNotFound());
    }

    @Test
    void aQaLeadReplansAnActionAndOnlyAQaLeadMay() throws Exception {
        String replan = "/api/v1/quality/improvement-plans/" + plan.id() + "/actions/" + action.id();
        String body = """
                {"version": 0, "description": "Draft the joint decision-making protocol", "ownerId": "%s",
                 "dueDate": "2027-02-26", "reason": "The police asked for a month more"}""".formatted(data.userId(caseManager));
        call(null, put(replan), body).andExpect(status().isUnauthorized());
        call(caseManager, put(replan), body).andExpect(status().isForbidden());
        call(board, put(replan), body).andExpect(status().isForbidden());
        call(otherQa, put(replan), body).andExpect(status().isNotFound());
        call(qaLead, put(replan), """
                        {"version": 0, "description": " ", "ownerId": "%s", "dueDate": "2026-09-01"}""".formatted(data.userId(caseManager)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter what will be done")))
                .andExpect(content().string(containsString("The action cannot be due before the plan's date")))
                .andExpect(content().string(containsString("Say why the action changes")));

        call(qaLead, put(replan), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueDate").value("2027-02-26"))
                .andExpect(jsonPath("$.status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.updates[0].text")
                        .value("Changed the due date from 29 January 2027 to 26 February 2027"))
                .andExpect(jsonPath("$.updates[0].reason").value("The police asked for a month more"))
                .andExpect(jsonPath("$.updates[0].replanned").value(true));
        call(qaLead, put(replan), body)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("stale-version")));
    }
}
