package org.desist.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A referral order from start to revocation, with its initial-panel due item following it. */
@IntegrationTest
class InterventionsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService service;
    String token;
    String caseManager;
    String managerToken;
    Child child;

    @BeforeEach
    void aChild() {
        service = data.service("Order");
        caseManager = data.account("order.cm", Role.CASE_MANAGER, service);
        token = data.apiToken(caseManager);
        managerToken = data.apiToken(data.account("order.manager", Role.OPERATIONAL_MANAGER, service));
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Riley", "Dunn", LocalDate.of(2010, 6, 1))));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private String call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aStaleSaveOnTheInterventionPageShowsTheStaleRecordPanel() throws Exception {
        String created = call(post("/api/v1/children/{id}/interventions", child.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-10\", \"endDate\": \"2027-06-10\"}"));
        String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        call(post("/api/v1/interventions/{id}/start-date", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"startDate\": \"2026-12-17\"}"));

        // Saved from the version before the correction: the page says who changed what, and carries version 1.
        mvc.perform(post("/interventions/{id}/caretaking/end", id)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(data.authenticationOf(caseManager)))
                        .with(
                                org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("version", "0")
                        .param("caretakingTo-day", "1")
                        .param("caretakingTo-month", "2")
                        .param("caretakingTo-year", "2027"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "while you were editing it. Your changes have not been saved.")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void aReferralOrderDrivesItsInitialPanelDueItemFromStartToRevocation() throws Exception {
        String created = call(post("/api/v1/children/{id}/interventions", child.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-10\", \"endDate\": \"2027-06-10\"}"));
        String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");

        // 10 December 2026 + 20 WD over Christmas and New Year: 12 January 2027.
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].dueDate")
                        .value("2027-01-12"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].status")
                        .value("OPEN"));

        // The order was in fact made on 17 December: 20 WD later is 19 January 2027.
        call(post("/api/v1/interventions/{id}/start-date", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"startDate\": \"2026-12-17\"}"));
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].dueDate")
                        .value("2027-01-19"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].dueDateReason")
                        .value("20 working days after 17 December 2026"));

        // A stale version is refused.
        mvc.perform(post("/api/v1/interventions/{id}/close", id)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"reason\": \"REVOKED\", \"closedOn\": \"2026-12-20\"}"))
                .andExpect(status().isConflict());

        call(post("/api/v1/interventions/{id}/close", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1, \"reason\": \"REVOKED\", \"closedOn\": \"2026-12-20\"}"));
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].status")
                        .value("CANCELLED"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].cancelledReason")
                        .value("Revoked by the court"));
        mvc.perform(get("/api/v1/interventions/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.status").value("CLOSED"));
    }

    @Test
    void endingAnInterventionMeetsWhatItsEndFulfilsAndCancelsWhatIsStillOpen() throws Exception {
        // A youth conditional caution given 30 November 2026: its conditions end by 28 February 2027.
        String caution = call(post("/api/v1/children/{id}/interventions", child.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"YOUTH_CONDITIONAL_CAUTION\", \"startDate\": \"2026-11-30\","
                        + " \"endDate\": \"2027-02-28\"}"));
        String cautionId = caution.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].dueDate")
                        .value("2027-02-28"))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].dueDate").value("2026-12-21"));
        // A start date that would put the recorded end beyond 3 months is refused...
        String refused = call(post("/api/v1/interventions/{id}/start-date", cautionId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"startDate\": \"2026-11-27\"}"));
        assertThat(refused).contains("The conditions of a youth conditional caution must end within 3 months");
        // ...and it was in fact given on 1 December: the conditions must end by 1 March 2027, and the
        // assessment moves with it.
        call(post("/api/v1/interventions/{id}/start-date", cautionId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"startDate\": \"2026-12-01\"}"));
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].dueDate")
                        .value("2027-03-01"))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].dueDateReason")
                        .value("3 months after 1 December 2026"))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].dueDate").value("2026-12-22"));
        // Its assessment was never submitted: the case manager cannot close it with that still open...
        mvc.perform(post("/api/v1/interventions/{id}/close", cautionId)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"reason\": \"COMPLETED\", \"closedOn\": \"2027-02-20\","
                                + " \"exitStrategy\": \"Mentoring continues\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openDueItems"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.startsWith(
                                "These due items are still open: Assessment (due 22 December 2026).")));
        // ...a manager can, giving the reason (the conditions-end item is met by the ending, not overridden).
        mvc.perform(post("/api/v1/interventions/{id}/close", cautionId)
                        .header("Authorization", "Bearer " + managerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"reason\": \"COMPLETED\", \"closedOn\": \"2027-02-20\","
                                + " \"exitStrategy\": \"Mentoring continues\","
                                + " \"overrideReason\": \"Assessed in the caution's panel report\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/interventions/{id}/closure", cautionId).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.overriddenItems[0]").value("Assessment (due 22 December 2026)"))
                .andExpect(jsonPath("$.overriddenItems.length()").value(1));
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].status")
                        .value("MET"))
                .andExpect(jsonPath("$[?(@.rule == 'conditional-caution-conditions-end')].metOn")
                        .value("2027-02-20"));

        // A referral order completed before its initial panel was recorded: the panel is no longer due.
        String order = call(post("/api/v1/children/{id}/interventions", child.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2027-03-01\","
                        + " \"endDate\": \"2027-06-01\"}"));
        String orderId = order.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        mvc.perform(post("/api/v1/interventions/{id}/close", orderId)
                        .header("Authorization", "Bearer " + managerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"reason\": \"COMPLETED\", \"closedOn\": \"2027-06-01\","
                                + " \"exitStrategy\": \"Referred to the youth club\","
                                + " \"overrideReason\": \"Panel held elsewhere\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].status")
                        .value("CANCELLED"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].cancelledReason")
                        .value("The referral order ended: completed"));
    }

    @Test
    void theLawfulLengthAndAnExitStrategyAreRequired() throws Exception {
        String invalid = call(post("/api/v1/children/{id}/interventions", child.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-10\", \"endDate\": \"2027-01-10\"}"));
        assertThat(invalid).contains("A referral order lasts from 3 to 12 months");

        String created = call(post("/api/v1/children/{id}/interventions", child.id())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"YOUTH_CAUTION\", \"startDate\": \"2026-11-02\"}"));
        String id = created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        String closing = call(post("/api/v1/interventions/{id}/close", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"reason\": \"COMPLETED\", \"closedOn\": \"2026-11-20\"}"));
        assertThat(closing).contains("Describe the exit strategy");
    }

    @Test
    void anotherServiceCannotSeeOrStartThem() throws Exception {
        String outsider = data.apiToken(data.account("order.other", Role.CASE_MANAGER, data.service("Other")));
        mvc.perform(get("/api/v1/children/{id}/interventions", child.id())
                        .header("Authorization", "Bearer " + outsider))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/children/{id}/interventions", child.id())
                        .header("Authorization", "Bearer " + outsider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"YOUTH_CAUTION\", \"startDate\": \"2026-11-02\"}"))
                .andExpect(status().isNotFound());
    }
}
