package org.desist.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.February2027;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A disagreement with children's social care raised on Monday 21 December 2026 climbs the ladder on real
 * working days (25 and 28 December 2026 and 1 January 2027 are bank holidays): its first step is due Thursday
 * 7 January 2027 and, still open on "today" (Monday 1 February 2027), shows as stalled and visible to the line
 * managers, on the child's Social care tab and on the service's Escalations list; escalating needs the
 * step's outcome, is made against the version read, and meets the step's due item.
 */
@IntegrationTest
@Import(February2027.class)
class EscalationsIntegrationTest {

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
    Escalations escalations;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;
    RequestPostProcessor manager;

    @BeforeEach
    void aService() {
        service = data.service("Escalating");
        caseManager = data.account("esc.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
        manager = authentication(data.authenticationOf(data.account("esc.om", Role.OPERATIONAL_MANAGER, service)));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aDisagreementRaisedBeforeChristmasStallsAndClimbsTheLadder() throws Exception {
        Child child = child("Rowan");
        UUID id = raise(child, "2026-12-21");

        mvc.perform(get("/api/v1/children/{id}/escalations", child.id()).with(cm))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].level").value(1))
                .andExpect(jsonPath("$[0].levelRole").value("The two workers"))
                .andExpect(jsonPath("$[0].holder").value("Kim Lee (YOS) and Pat Shaw (social worker)"))
                .andExpect(jsonPath("$[0].raisedBy").value("SOCIAL_CARE"))
                // 10 WD from Monday 21 December 2026: 22, 23, 24, 29, 30, 31 December, 4, 5, 6, 7 January.
                .andExpect(jsonPath("$[0].stepDue").value("2027-01-07"))
                .andExpect(jsonPath("$[0].stalled").value(true))
                .andExpect(jsonPath("$[0].stalledVisibleTo").value("Their line managers"))
                .andExpect(jsonPath("$[0].version").value(0));
        assertThat(dueItem(id, "OPEN")).containsExactly("2027-01-07 (10 working days after 21 December 2026)");

        String tab = mvc.perform(get("/children/{id}/social-care", child.id()).with(cm))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tab)
                .contains("Disagreements and escalation", "Whether the child should return home on release")
                .contains("Stalled — visible to their line managers");

        // The outcome of the step is needed to escalate it.
        String page = mvc.perform(post("/children/{id}/escalations/{e}/escalate", child.id(), id)
                        .with(cm)
                        .with(csrf())
                        .param("version", "0")
                        .param("on.day", "8")
                        .param("on.month", "1")
                        .param("on.year", "2027")
                        .param("holder", "Ali Khan and Jo Hughes"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("There is a problem", "Enter the outcome at this level before escalating it");

        redirected(post("/children/{id}/escalations/{e}/escalate", child.id(), id)
                .with(cm)
                .with(csrf())
                .param("version", "0")
                .param("outcome", "The workers could not agree on the return home")
                .param("on.day", "8")
                .param("on.month", "1")
                .param("on.year", "2027")
                .param("holder", "Ali Khan (YOS team manager) and Jo Hughes (social care team manager)"));
        // The first step's item is met (late: it was due on the 7th) and the second's is due 10 WD after the 8th.
        assertThat(dueItem(id, "MET")).containsExactly("2027-01-07 (10 working days after 21 December 2026)");
        assertThat(dueItem(id, "OPEN")).containsExactly("2027-01-22 (10 working days after 8 January 2027)");

        // Someone who read version 0 cannot escalate it again on top of that change.
        mvc.perform(post("/api/v1/children/{id}/escalations/{e}/escalate", child.id(), id)
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "outcome": "No", "on": "2027-01-20", "holder": "Heads"}"""))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/v1/escalations").with(manager))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[?(@.escalationId == '" + id + "')].level").value(2))
                .andExpect(
                        jsonPath("$[?(@.escalationId == '" + id + "')].stalled").value(true))
                .andExpect(jsonPath("$[?(@.escalationId == '" + id + "')].stalledVisibleTo")
                        .value("The heads of service"));
        String list = mvc.perform(get("/escalations").with(manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Rowan", "2: Their line managers", "Stalled — visible to the heads of service");

        data.actAs(caseManager);
        try {
            List<OpenEscalation> open = transactions.execute(s -> escalations.openInService(service.id()));
            assertThat(open).singleElement().satisfies(o -> {
                assertThat(o.childId()).isEqualTo(child.id());
                assertThat(o.level()).isEqualTo(2);
                assertThat(o.holder())
                        .isEqualTo("Ali Khan (YOS team manager) and Jo Hughes (social care team manager)");
                assertThat(o.raisedOn()).isEqualTo(LocalDate.of(2026, 12, 21));
                assertThat(o.stalled()).isTrue();
            });
        } finally {
            TestData.signOut();
        }

        mvc.perform(post("/api/v1/children/{id}/escalations/{e}/resolve", child.id(), id)
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 1, "outcome": "Agreed: a phased return home with a joint plan", "on": "2027-01-29"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolvedOn").value("2027-01-29"))
                .andExpect(jsonPath("$.stalled").value(false))
                .andExpect(jsonPath("$.steps.length()").value(2))
                .andExpect(jsonPath("$.steps[0].outcome").value("The workers could not agree on the return home"))
                .andExpect(jsonPath("$.steps[1].endedOn").value("2027-01-29"))
                .andExpect(jsonPath("$.version").value(2));
        assertThat(dueItem(id, "OPEN")).isEmpty();
        mvc.perform(get("/api/v1/escalations").with(manager))
                .andExpect(jsonPath("$[?(@.escalationId == '" + id + "')]").isEmpty());
        assertThat(jdbc.sql("select summary from audit_event where record_id = :id order by id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .contains(
                        "Raised: disagreement about the case (Children's social care)",
                        "Escalated to level 2: Their line managers",
                        "Resolved at level 2: Their line managers");
    }

    @Test
    void aStepStillInTimeIsNotStalledAndTheLadderHasATop() throws Exception {
        Child child = child("Sasha");
        UUID id = raise(child, "2027-01-27");
        mvc.perform(get("/api/v1/children/{id}/escalations/{e}", child.id(), id).with(cm))
                .andExpect(jsonPath("$.stepDue").value("2027-02-10"))
                .andExpect(jsonPath("$.stalled").value(false));
        for (int version = 0; version < 3; version++) {
            mvc.perform(post("/api/v1/children/{id}/escalations/{e}/escalate", child.id(), id)
                            .with(cm)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": " + version
                                    + ", \"outcome\": \"Not resolved\", \"on\": \"2027-01-29\", \"holder\": \"Level "
                                    + (version + 2) + " holder\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.level").value(version + 2));
        }
        mvc.perform(post("/api/v1/children/{id}/escalations/{e}/escalate", child.id(), id)
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 3, "outcome": "Not resolved", "on": "2027-01-29", "holder": "Nobody"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        mvc.perform(get("/children/{id}/escalations/{e}/escalate", child.id(), id)
                        .with(cm))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/children/{id}/escalations", child.id())
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5));
    }

    @Test
    void onlyTheChildsServiceSeesItAndOnlyThoseWhoEditChangeIt() throws Exception {
        Child child = child("Tam");
        UUID id = raise(child, "2027-01-25");
        var headOfService =
                authentication(data.authenticationOf(data.account("esc.hos", Role.HEAD_OF_SERVICE, service)));
        mvc.perform(get("/children/{id}/escalations/{e}", child.id(), id).with(headOfService))
                .andExpect(status().isOk());
        mvc.perform(get("/children/{id}/escalations/new", child.id()).with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(post("/children/{id}/escalations", child.id())
                        .with(headOfService)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/children/{id}/escalations/{e}/resolve", child.id(), id)
                        .with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/children/{id}/escalations/{e}/escalate", child.id(), id)
                        .with(headOfService)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/escalations").with(cm)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/escalations").with(cm)).andExpect(status().isForbidden());

        YouthJusticeService other = data.service("Elsewhere");
        var stranger = authentication(data.authenticationOf(data.account("esc.other", Role.CASE_MANAGER, other)));
        var strangerManager =
                authentication(data.authenticationOf(data.account("esc.other.om", Role.OPERATIONAL_MANAGER, other)));
        mvc.perform(get("/api/v1/children/{id}/escalations", child.id()).with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/{id}/escalations/{e}", child.id(), id).with(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/children/{id}/escalations/{e}/resolve", child.id(), id)
                        .with(stranger)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "outcome": "Agreed", "on": "2027-01-29"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/escalations").with(strangerManager))
                .andExpect(jsonPath("$[?(@.escalationId == '" + id + "')]").isEmpty());
    }

    private UUID raise(Child child, String on) throws Exception {
        LocalDate date = LocalDate.parse(on);
        String location = mvc.perform(post("/children/{id}/escalations", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("kind", "DISAGREEMENT")
                        .param("about", "Whether the child should return home on release")
                        .param("raisedBy", "SOCIAL_CARE")
                        .param("raisedOn.day", String.valueOf(date.getDayOfMonth()))
                        .param("raisedOn.month", String.valueOf(date.getMonthValue()))
                        .param("raisedOn.year", String.valueOf(date.getYear()))
                        .param("holder", "Kim Lee (YOS) and Pat Shaw (social worker)"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll(".*/escalations/([0-9a-f-]{36}).*", "$1"));
    }

    private List<String> dueItem(UUID escalation, String status) {
        return jdbc.sql("""
                        select due_date || ' (' || due_date_reason || ')' from due_item
                         where trigger_record_id = :id and rule_id = 'escalation-step' and status = :status
                         order by due_date
                        """)
                .param("id", escalation)
                .param("status", status)
                .query(String.class)
                .list();
    }

    private void redirected(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(response.getContentAsString()
                        .replaceAll("(?s).*(<div class=\"govuk-error-summary.*?</div>).*", "$1"))
                .isBetween(300, 399);
    }

    private Child child(String name) {
        data.actAs(caseManager);
        try {
            return transactions.execute(
                    s -> records.register(service.id(), TestData.child(name, "Escalate", LocalDate.of(2010, 5, 6))));
        } finally {
            TestData.signOut();
        }
    }
}
