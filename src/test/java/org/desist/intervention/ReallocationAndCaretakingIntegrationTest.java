package org.desist.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referred then started; reallocated with its open due items following the new case manager onto their My
 * work; delivered by a host service under caretaking, whose staff can see but not change the record.
 */
@IntegrationTest
class ReallocationAndCaretakingIntegrationTest {

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

    YouthJusticeService home;
    YouthJusticeService host;
    String first;
    String second;
    String hostWorker;
    Child child;

    @BeforeEach
    void aChild() {
        home = data.service("Home");
        host = data.service("Host");
        first = data.account("ra.first", Role.CASE_MANAGER, home);
        second = data.account("ra.second", Role.CASE_MANAGER, home);
        hostWorker = data.account("ra.host", Role.CASE_MANAGER, host);
        data.actAs(first);
        child = transactions.execute(
                s -> records.register(home.id(), TestData.child("Tyler", "Marsh", LocalDate.of(2010, 5, 5))));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aReferralIsStartedLaterAndOnlyThenItsDueItemsBegin() throws Exception {
        String referred = body(call(
                        first,
                        post("/api/v1/children/{id}/interventions/referrals", child.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"type\": \"REFERRAL_ORDER\", \"referredOn\": \"2026-11-20\", \"caseManagerId\": \""
                                                + staffId(first) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.startDate").doesNotExist()));
        String id = JsonPath.read(referred, "$.id");
        call(first, get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$.length()").value(0));

        call(first, activate(id, 0, "2026-11-19", "2027-05-19"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The work cannot start before the referral"));
        call(first, activate(id, 0, "2026-12-10", "2027-06-10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.startDate").value("2026-12-10"));
        // 10 December 2026 + 20 working days over Christmas and New Year: 12 January 2027.
        call(first, get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].dueDate")
                        .value("2027-01-12"));
        call(first, activate(id, 1, "2026-12-11", "2027-06-11"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("This intervention has already started"));
        call(first, activate(id, 0, "2026-12-11", "2027-06-11")).andExpect(status().isConflict());
        assertThat(summaries(id)).contains("Referred for referral order", "Started the referral order");
    }

    @Test
    void thePagesRecordAReferralStartItAndExplainMistakes() throws Exception {
        var as = authentication(data.authenticationOf(first));
        assertThat(mvc.perform(post("/children/{id}/interventions/referral", child.id())
                                .with(as)
                                .with(csrf())
                                .param("referred-day", "20")
                                .param("referred-month", "11")
                                .param("referred-year", "2026"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "Select the type of intervention");
        String location = mvc.perform(post("/children/{id}/interventions/referral", child.id())
                        .with(as)
                        .with(csrf())
                        .param("type", "YOUTH_REHABILITATION_ORDER")
                        .param("referred-day", "20")
                        .param("referred-month", "11")
                        .param("referred-year", "2026"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/interventions/");
        assertThat(mvc.perform(get(location).with(as))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Referred", "20 November 2026", "Start the intervention");
        assertThat(mvc.perform(post(location + "/reallocate")
                                .with(as)
                                .with(csrf())
                                .param("version", "0")
                                .param("caseManagerId", staffId(second).toString()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(
                        "There is a problem",
                        "Enter the date the new case manager takes over",
                        "Enter why the intervention is being reallocated");
        mvc.perform(post(location + "/activate")
                        .with(as)
                        .with(csrf())
                        .param("version", "0")
                        .param("start-day", "1")
                        .param("start-month", "12")
                        .param("start-year", "2026"))
                .andExpect(status().is3xxRedirection());
        call(first, get("/api/v1" + location))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.startDate").value("2026-12-01"));
    }

    @Test
    void reallocationMovesTheOpenDueItemsToTheNewCaseManagersWork() throws Exception {
        String id = aReferralOrder();
        assertThat(myWork(first)).contains("Tyler Marsh");
        assertThat(myWork(second)).doesNotContain("Tyler Marsh");

        call(first, reallocate(id, 0, staffId(second), "2026-12-14", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(first, reallocate(id, 0, staffId(hostWorker), "2026-12-14", "Caseload"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("Select a case manager from this youth justice service"));
        call(first, reallocate(id, 0, staffId(second), "2026-12-14", "Caseload balance after a new starter"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseManagerId").value(staffId(second).toString()))
                .andExpect(jsonPath("$.version").value(1));
        call(first, reallocate(id, 0, staffId(first), "2026-12-15", "Back again"))
                .andExpect(status().isConflict());

        assertThat(myWork(second)).contains("Tyler Marsh", "Referral order initial panel");
        assertThat(myWork(first)).doesNotContain("Tyler Marsh");
        call(second, get("/api/v1/interventions/{id}/allocations", id))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].caseManagerId").value(staffId(first).toString()))
                .andExpect(jsonPath("$[1].caseManagerId").value(staffId(second).toString()))
                .andExpect(jsonPath("$[1].from").value("2026-12-14"))
                .andExpect(jsonPath("$[1].allocatedBy").value(first))
                .andExpect(jsonPath("$[1].reason").value("Caseload balance after a new starter"));
        assertThat(summaries(id)).contains("Reallocated the referral order: Caseload balance after a new starter");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event a join due_item d on d.id = a.record_id
                         where d.trigger_record_id = :id and a.summary like '%reassigned with its work'
                        """)
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .as("the initial panel, the assessment and the interval review move")
                .isEqualTo(3);

        String page = mvc.perform(get("/interventions/{id}", id).with(authentication(data.authenticationOf(second))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Allocation history", "Test ra.first", "Test ra.second", "Caseload balance after a new starter")
                .contains("Referral order initial panel", "12 January 2027")
                .contains(home.name());
        assertThat(mvc.perform(get("/children/{id}/interventions", child.id())
                                .with(authentication(data.authenticationOf(second))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("/interventions/" + id);
    }

    @Test
    void rolesWithoutTheCapabilityGet403() throws Exception {
        String id = aReferralOrder();
        String qa = data.account("ra.qa", Role.QA_LEAD, home);
        call(qa, get("/api/v1/interventions/{id}/allocations", id)).andExpect(status().isOk());
        call(qa, reallocate(id, 0, staffId(second), "2026-12-14", "Caseload")).andExpect(status().isForbidden());
        call(qa, caretaking(id, 0, host.id(), "2026-12-15")).andExpect(status().isForbidden());
        call(qa, activate(id, 0, "2026-12-10", "2027-06-10")).andExpect(status().isForbidden());
        String panel = data.account("ra.panel", Role.PANEL_MEMBER, home);
        call(panel, get("/api/v1/interventions/{id}/allocations", id)).andExpect(status().isForbidden());
        mvc.perform(post("/interventions/{id}/reallocate", id)
                        .with(authentication(data.authenticationOf(qa)))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        String outsider = data.account("ra.out", Role.CASE_MANAGER, data.service("Elsewhere"));
        call(outsider, reallocate(id, 0, staffId(second), "2026-12-14", "Caseload"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aHostServiceSeesTheRecordWhileCaretakingButCannotChangeIt() throws Exception {
        String id = aReferralOrder();
        call(hostWorker, get("/api/v1/children/{id}", child.id())).andExpect(status().isNotFound());

        call(first, caretaking(id, 0, home.id(), "2026-12-15"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Select another service: this is the child's home service"));
        call(first, caretaking(id, 0, UUID.randomUUID(), "2026-12-15"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Select a youth justice service that exists"));
        call(first, caretaking(id, 0, host.id(), "2026-12-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hostServiceId").value(host.id().toString()))
                .andExpect(jsonPath("$.serviceId").value(home.id().toString()));

        // The host's staff see the record, find it, and each view is audited in the home service's trail.
        call(hostWorker, get("/api/v1/children/{id}", child.id())).andExpect(status().isOk());
        call(hostWorker, get("/api/v1/interventions/{id}", id)).andExpect(status().isOk());
        call(hostWorker, get("/api/v1/children?q=Tyler Marsh"))
                .andExpect(jsonPath("$.children[0].id").value(child.id().toString()));
        var asHost = authentication(data.authenticationOf(hostWorker));
        String overview = mvc.perform(get("/children/{id}", child.id()).with(asHost))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(overview).contains("under a caretaking arrangement").doesNotContain("Change details");
        assertThat(mvc.perform(get("/interventions/{id}", id).with(asHost))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Reallocate to another case manager");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event
                         where child_id = :child and actor_username = :host and action = 'VIEWED' and service_id = :home
                        """)
                        .param("child", child.id())
                        .param("host", hostWorker)
                        .param("home", home.id())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);

        // Writes stay with the home service.
        call(
                        hostWorker,
                        put("/api/v1/children/{id}", child.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 0, \"details\": {}}"))
                .andExpect(status().isForbidden());
        call(
                        hostWorker,
                        post("/api/v1/children/{id}/interventions", child.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"type\": \"YOUTH_CAUTION\", \"startDate\": \"2026-11-02\"}"))
                .andExpect(status().isForbidden());
        call(hostWorker, reallocate(id, 1, staffId(second), "2026-12-16", "Taking it over"))
                .andExpect(status().isForbidden());
        call(
                        hostWorker,
                        post("/api/v1/children/{id}/offences", child.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"offenceDate\": \"2026-09-14\", \"description\": \"x\", \"category\":"
                                        + " \"THEFT_AND_HANDLING\", \"plea\": \"ADMITTED\", \"gravityScore\": 2}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/edit", child.id()).with(asHost)).andExpect(status().isForbidden());
        call(
                        hostWorker,
                        post("/api/v1/interventions/{id}/caretaking/end", id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 1, \"on\": \"2027-02-01\"}"))
                .andExpect(status().isForbidden());

        call(
                        first,
                        post("/api/v1/interventions/{id}/caretaking/end", id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 1, \"on\": \"2026-12-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Caretaking cannot end before it started"));
        call(
                        first,
                        post("/api/v1/interventions/{id}/caretaking/end", id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 1, \"on\": \"2027-02-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hostServiceId").doesNotExist());
        call(hostWorker, get("/api/v1/children/{id}", child.id())).andExpect(status().isNotFound());
        call(hostWorker, get("/api/v1/children?q=Tyler Marsh"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/children/{id}", child.id()).with(asHost)).andExpect(status().isNotFound());
        assertThat(summaries(id))
                .contains(host.name() + " delivers the referral order under caretaking")
                .contains("Caretaking by " + host.name() + " ended on 2027-02-01");
    }

    private String aReferralOrder() throws Exception {
        return JsonPath.read(
                body(call(
                                first,
                                post("/api/v1/children/{id}/interventions", child.id())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-10\", \"endDate\":"
                                                        + " \"2027-06-10\", \"caseManagerId\": \"" + staffId(first)
                                                        + "\"}"))
                        .andExpect(status().isCreated())),
                "$.id");
    }

    private String myWork(String username) throws Exception {
        return mvc.perform(get("/work").with(authentication(data.authenticationOf(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> summaries(String interventionId) {
        return jdbc.sql("select summary from audit_event where record_id = :id and action <> 'VIEWED' order by id")
                .param("id", UUID.fromString(interventionId))
                .query(String.class)
                .list();
    }

    private UUID staffId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private static MockHttpServletRequestBuilder activate(String id, long version, String start, String end) {
        return post("/api/v1/interventions/{id}/activate", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"startDate\": \"" + start + "\", \"endDate\": \"" + end
                        + "\"}");
    }

    private static MockHttpServletRequestBuilder reallocate(
            String id, long version, UUID caseManager, String from, String reason) {
        return post("/api/v1/interventions/{id}/reallocate", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"caseManagerId\": \"" + caseManager + "\", \"from\": \""
                        + from + "\", \"reason\": \"" + reason + "\"}");
    }

    private static MockHttpServletRequestBuilder caretaking(String id, long version, UUID hostService, String from) {
        return post("/api/v1/interventions/{id}/caretaking", id)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"hostServiceId\": \"" + hostService + "\", \"from\": \""
                        + from + "\"}");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private ResultActions call(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + data.apiToken(username)));
    }
}
