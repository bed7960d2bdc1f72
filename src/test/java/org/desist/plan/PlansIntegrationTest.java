package org.desist.plan;

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
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
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
 * An order's plan from the assessment's submission (which makes it due) to its agreement (which meets it), its
 * actions moved on, and a later plan superseding it; "today" is Monday 1 February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class PlansIntegrationTest {

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
    List<ChronologySource> chronology;

    YouthJusticeService service;
    String caseManager;
    String token;
    Child child;
    String interventionId;

    @BeforeEach
    void anOrderStartedOnFriday18December() throws Exception {
        service = data.service("Planning");
        caseManager = data.account("plan.cm", Role.CASE_MANAGER, service);
        token = data.apiToken(caseManager);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kai", "Lowe", LocalDate.of(2010, 6, 7))));
        TestData.signOut();
        String created = body(as(token, post("/api/v1/children/{id}/interventions", child.id()))
                .content("{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-18\", \"endDate\": \"2027-06-18\"}"));
        interventionId = JsonPath.read(created, "$.id");
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aPlanIsDueWhenTheAssessmentIsSubmittedAndMetWhenItIsAgreed() throws Exception {
        mvc.perform(as(token, post("/api/v1/interventions/{id}/plans", interventionId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plan"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Submit the assessment first: a plan follows the assessment"));
        mvc.perform(as(token, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due')]").isEmpty());

        submitAnAssessment();
        // Monday 1 February 2027 + 10 working days: Monday 15 February 2027.
        mvc.perform(as(token, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due')].dueDate").value("2027-02-15"))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due')].dueDateReason")
                        .value("10 working days after 1 February 2027"))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due')].status").value("OPEN"));

        String planId =
                JsonPath.read(body(as(token, post("/api/v1/interventions/{id}/plans", interventionId))), "$.id");
        mvc.perform(as(token, get("/api/v1/plans/{id}", planId)))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(as(token, post("/api/v1/interventions/{id}/plans", interventionId)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("There is already a draft plan: continue with it"));

        // Agreeing an empty draft names everything missing.
        mvc.perform(as(token, post("/api/v1/plans/{id}/agree", planId)).content("{\"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[?(@.field == 'desistanceAim')].message")
                        .value("Say what the plan aims for in supporting desistance"))
                .andExpect(jsonPath("$.errors[?(@.field == 'actions')].message").value("Add at least one action"))
                .andExpect(jsonPath("$.errors[?(@.field == 'contingencies')].message")
                        .value("Add at least one contingency arrangement"))
                .andExpect(jsonPath("$.errors[?(@.field == 'agreedOn')].message")
                        .value("Enter the date the plan was agreed"))
                .andExpect(jsonPath("$.errors[?(@.field == 'childInvolved')].message")
                        .value("Select whether the child was involved in agreeing the plan"));

        // Another agency's plan is referenced with its kind, reference and agency.
        mvc.perform(as(token, put("/api/v1/plans/{id}", planId))
                        .content(content(0, "{\"kind\": \"CARE_PLAN\", \"agency\": \"Children's social care\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("otherPlans[0].reference"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the plan's reference"));
        mvc.perform(as(token, put("/api/v1/plans/{id}", planId))
                        .content(content(
                                0,
                                "{\"kind\": \"CARE_PLAN\", \"reference\": \"CP-2291\","
                                        + " \"agency\": \"Children's social care\", \"dated\": \"2027-01-20\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.content.contingencies.length()").value(2))
                .andExpect(jsonPath("$.content.otherPlans[0].reference").value("CP-2291"));
        // Somebody else's edit of version 0 is stale.
        mvc.perform(as(token, put("/api/v1/plans/{id}", planId)).content(content(0, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").exists());

        // An action is owned by a person of the service or an agency, not both.
        mvc.perform(as(token, post("/api/v1/plans/{id}/actions", planId))
                        .content(action(
                                1, "DESISTANCE", "Boxing club twice a week", staffId(caseManager), "Sports trust")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerAgency"));
        String outsider = data.account("plan.elsewhere", Role.CASE_MANAGER, data.service("Elsewhere plans"));
        mvc.perform(as(token, post("/api/v1/plans/{id}/actions", planId))
                        .content(action(1, "DESISTANCE", "Boxing club twice a week", staffId(outsider), null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Choose a person of the service"));
        String withAction = body(as(token, post("/api/v1/plans/{id}/actions", planId))
                .content(action(1, "DESISTANCE", "Boxing club twice a week", staffId(caseManager), null)));
        assertThat((Integer) JsonPath.read(withAction, "$.version")).isEqualTo(2);
        String boxing = JsonPath.read(withAction, "$.actions[0].id");
        body(as(token, post("/api/v1/plans/{id}/actions", planId))
                .content(action(2, "OTHERS_SAFETY", "Weapons awareness session", null, "Police")));

        mvc.perform(as(token, post("/api/v1/plans/{id}/agree", planId)).content(agreement(3, "2027-02-02")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreedOn"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The date the plan was agreed must be today or in the past"));
        mvc.perform(as(token, post("/api/v1/plans/{id}/agree", planId)).content(agreement(3, "2027-02-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGREED"))
                .andExpect(jsonPath("$.agreedOn").value("2027-02-01"))
                .andExpect(jsonPath("$.childInvolved").value(true))
                .andExpect(jsonPath("$.parentsInvolved").value(false));
        mvc.perform(as(token, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due')].status").value("MET"))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due')].metOn").value("2027-02-01"));
        mvc.perform(as(token, put("/api/v1/plans/{id}", planId)).content(content(4, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Only a draft plan can be changed"));

        // After agreement actions move on, and more can be added.
        mvc.perform(as(token, post("/api/v1/plan-actions/{id}/status", boxing))
                        .content("{\"version\": 0, \"status\": \"IN_PROGRESS\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as(token, post("/api/v1/plan-actions/{id}/status", boxing))
                        .content("{\"version\": 0, \"status\": \"DONE\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as(token, post("/api/v1/plan-actions/{id}/status", boxing))
                        .content("{\"version\": 1, \"status\": \"STOPPED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].message").value("Say why the action was stopped"));
        mvc.perform(as(token, post("/api/v1/plan-actions/{id}/status", boxing))
                        .content("{\"version\": 1, \"status\": \"DONE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statusChangedOn").value("2027-02-01"));
        mvc.perform(as(token, post("/api/v1/plan-actions/{id}/status", boxing))
                        .content("{\"version\": 2, \"status\": \"STOPPED\", \"reason\": \"Changed my mind\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The action is done: add a new action instead"));
        body(as(token, post("/api/v1/plans/{id}/actions", planId))
                .content(action(
                        4, "CHILD_SAFETY", "Safety plan for travel to college", null, "Children's social care")));

        // Things changed: a later assessment, a new plan that starts as a copy with the open actions, and the
        // earlier plan superseded but kept.
        submitAnAssessment();
        mvc.perform(as(token, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due' && @.status == 'OPEN')].dueDate")
                        .value("2027-02-15"));
        String later = body(as(token, post("/api/v1/interventions/{id}/plans", interventionId)));
        String laterId = JsonPath.read(later, "$.id");
        assertThat((List<String>) JsonPath.read(later, "$.actions[*].description"))
                .containsExactly("Weapons awareness session", "Safety plan for travel to college");
        assertThat((String) JsonPath.read(later, "$.content.desistanceAim")).isEqualTo("Back into college");
        mvc.perform(as(token, post("/api/v1/plans/{id}/agree", laterId)).content(agreement(0, "2027-02-01")))
                .andExpect(status().isOk());
        mvc.perform(as(token, get("/api/v1/interventions/{id}/plans", interventionId)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value(laterId))
                .andExpect(jsonPath("$[0].status").value("AGREED"))
                .andExpect(jsonPath("$[1].status").value("SUPERSEDED"))
                .andExpect(jsonPath("$[1].supersededBy").value(laterId))
                .andExpect(jsonPath("$[1].supersededOn").value("2027-02-01"));
        mvc.perform(as(token, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'plan-due' && @.status == 'OPEN')]")
                        .isEmpty());
        // The superseded plan's actions can no longer be moved on.
        String weapons = JsonPath.read(later, "$.actions[0].id");
        String oldWeapons = jdbc.sql(
                        "select id::text from plan_action where plan_id = :plan and strand = 'OTHERS_SAFETY'")
                .param("plan", UUID.fromString(planId))
                .query(String.class)
                .single();
        assertThat(oldWeapons).isNotEqualTo(weapons);
        mvc.perform(as(token, post("/api/v1/plan-actions/{id}/status", oldWeapons))
                        .content("{\"version\": 0, \"status\": \"DONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("This plan has been superseded: use the current plan"));

        // Audited, without the plan's words (victims' needs stay in the plan).
        List<String> summaries = jdbc.sql("""
                        select summary from audit_event where record_id = :id and action <> 'VIEWED' order by id
                        """)
                .param("id", UUID.fromString(planId))
                .query(String.class)
                .list();
        assertThat(summaries)
                .containsExactly(
                        "Started the plan of the referral order",
                        "Changed the draft plan",
                        "Added an action to the plan (supporting desistance)",
                        "Added an action to the plan (keeping other people safe)",
                        "Agreed the plan",
                        "Added an action to the plan (keeping the child safe)",
                        "The plan was superseded by the plan agreed on 2027-02-01");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where changes::text like '%no contact%' or summary like '%no contact%'")
                        .query(Long.class)
                        .single())
                .isZero();

        // The chronology: both plans agreed, the first superseded, the boxing club done.
        List<ChronologyEntry> entries = chronology.stream()
                .flatMap(s -> s.entriesFor(data.accessible(caseManager, child.id())).stream())
                .filter(e -> e.type() == ChronologyType.PLAN)
                .toList();
        assertThat(entries)
                .extracting(ChronologyEntry::title)
                .containsExactlyInAnyOrder("Plan agreed", "Plan agreed", "Plan superseded", "Plan action done");
        assertThat(entries)
                .filteredOn(e -> e.title().equals("Plan action done"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.detail()).isEqualTo("Boxing club twice a week");
                    assertThat(e.on()).isEqualTo(LocalDate.of(2027, 2, 1));
                    assertThat(e.by()).isEqualTo(caseManager);
                    assertThat(e.href()).isEqualTo("/plans/" + planId);
                });
        assertThat(entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain("no contact"));
    }

    @Test
    void theSocialWorkerOfALookedAfterChildIsInvitedToThePlanningMeeting() throws Exception {
        // Kai is under a care order: the joint protocol between children's social care and the YOS, the social worker
        // is invited to every planning meeting.
        mvc.perform(post("/children/{id}/social-care/events", child.id())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("kind", "CARE_ORDER_MADE")
                        .param("occurredOn.day", "1")
                        .param("occurredOn.month", "5")
                        .param("occurredOn.year", "2025"))
                .andExpect(status().is3xxRedirection());
        submitAnAssessment();
        String planId =
                JsonPath.read(body(as(token, post("/api/v1/interventions/{id}/plans", interventionId))), "$.id");
        body(as(token, put("/api/v1/plans/{id}", planId)).content(content(0, null)));
        body(as(token, post("/api/v1/plans/{id}/actions", planId))
                .content(action(1, "DESISTANCE", "Boxing club twice a week", staffId(caseManager), null)));

        mvc.perform(as(token, post("/api/v1/plans/{id}/agree", planId)).content(agreement(2, "2027-02-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("socialWorkerInvited"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Select whether the social worker was invited: the child is looked after, so the"
                                + " social worker is invited to every planning meeting"));
        mvc.perform(as(token, post("/api/v1/plans/{id}/agree", planId)).content("""
                        {"version": 2, "agreedOn": "2027-02-01", "agreedBy": "Case manager with Kai",
                         "childInvolved": true, "parentsInvolved": false,
                         "socialWorkerInvitation": {"invited": "INVITED", "on": "2027-02-02", "how": "Email"}}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The social worker must be invited on or before the planning meeting"));
        mvc.perform(as(token, post("/api/v1/plans/{id}/agree", planId)).content("""
                        {"version": 2, "agreedOn": "2027-02-01", "agreedBy": "Case manager with Kai",
                         "childInvolved": true, "parentsInvolved": false,
                         "socialWorkerInvitation": {"invited": "INVITED", "on": "2027-01-27", "how": "Secure email"}}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGREED"))
                .andExpect(jsonPath("$.socialWorkerInvitation.invited").value("INVITED"))
                .andExpect(jsonPath("$.socialWorkerInvitation.on").value("2027-01-27"));
        String page =
                page(get("/plans/{id}", planId)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(data.authenticationOf(caseManager))));
        assertThat(page).contains("Social worker invited to the planning meeting", "Yes, on 27 January 2027");
    }

    @Test
    void aCaretakingHostReadsButCannotChangeAndOtherRolesAndServicesAreRefused() throws Exception {
        submitAnAssessment();
        String planId =
                JsonPath.read(body(as(token, post("/api/v1/interventions/{id}/plans", interventionId))), "$.id");
        String actionPlan = body(as(token, post("/api/v1/plans/{id}/actions", planId))
                .content(action(0, "DESISTANCE", "Boxing club", null, "Sports trust")));
        String actionId = JsonPath.read(actionPlan, "$.actions[0].id");

        YouthJusticeService host = data.service("Plan host");
        String hostAccount = data.account("plan.host", Role.CASE_MANAGER, host);
        String hostWorker = data.apiToken(hostAccount);
        long version = ((Number)
                        JsonPath.read(body(as(token, get("/api/v1/interventions/{id}", interventionId))), "$.version"))
                .longValue();
        body(as(token, post("/api/v1/interventions/{id}/caretaking", interventionId))
                .content("{\"version\": " + version + ", \"hostServiceId\": \"" + host.id()
                        + "\", \"from\": \"2027-01-04\"}"));
        mvc.perform(as(hostWorker, get("/api/v1/interventions/{id}/plans", interventionId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(planId));
        mvc.perform(as(hostWorker, put("/api/v1/plans/{id}", planId)).content(content(1, null)))
                .andExpect(status().isForbidden());
        mvc.perform(as(hostWorker, post("/api/v1/plans/{id}/actions", planId))
                        .content(action(1, "DESISTANCE", "Mentoring", null, "Mentoring charity")))
                .andExpect(status().isForbidden());
        mvc.perform(as(hostWorker, post("/api/v1/plan-actions/{id}/status", actionId))
                        .content("{\"version\": 0, \"status\": \"DONE\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(hostWorker, post("/api/v1/plans/{id}/agree", planId)).content(agreement(1, "2027-02-01")))
                .andExpect(status().isForbidden());
        var asHost = authentication(data.authenticationOf(hostAccount));
        String page = mvc.perform(get("/plans/{id}", planId).with(asHost))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Boxing club")
                .doesNotContain("Agree the plan")
                .doesNotContain("Change status");
        mvc.perform(post("/plans/{id}/actions", planId)
                        .with(asHost)
                        .with(csrf())
                        .param("version", "1")
                        .param("strand", "DESISTANCE")
                        .param("description", "Mentoring")
                        .param("ownerAgency", "Mentoring charity")
                        .param("dueDate.day", "1")
                        .param("dueDate.month", "3")
                        .param("dueDate.year", "2027"))
                .andExpect(status().isForbidden());

        // Roles without CHILD_EDIT read but cannot change; roles without CHILD_VIEW cannot read.
        String head = data.apiToken(data.account("plan.head", Role.HEAD_OF_SERVICE, service));
        mvc.perform(as(head, get("/api/v1/plans/{id}", planId))).andExpect(status().isOk());
        mvc.perform(as(head, post("/api/v1/interventions/{id}/plans", interventionId)))
                .andExpect(status().isForbidden());
        mvc.perform(as(head, put("/api/v1/plans/{id}", planId)).content(content(1, null)))
                .andExpect(status().isForbidden());
        mvc.perform(as(head, post("/api/v1/plans/{id}/agree", planId)).content(agreement(1, "2027-02-01")))
                .andExpect(status().isForbidden());
        mvc.perform(as(head, post("/api/v1/plans/{id}/actions", planId))
                        .content(action(1, "DESISTANCE", "Mentoring", null, "Charity")))
                .andExpect(status().isForbidden());
        mvc.perform(as(head, post("/api/v1/plans/{id}/other-plans", planId)).content("{\"version\": 1}"))
                .andExpect(status().isForbidden());
        mvc.perform(as(head, post("/api/v1/plan-actions/{id}/status", actionId))
                        .content("{\"version\": 0, \"status\": \"DONE\"}"))
                .andExpect(status().isForbidden());
        String panel = data.apiToken(data.account("plan.panel", Role.PANEL_MEMBER, service));
        mvc.perform(as(panel, get("/api/v1/interventions/{id}/plans", interventionId)))
                .andExpect(status().isForbidden());
        mvc.perform(as(panel, get("/api/v1/plans/{id}", planId))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plans/{id}", planId)).andExpect(status().isUnauthorized());

        String outsider = data.apiToken(data.account("plan.other", Role.CASE_MANAGER, data.service("Plan elsewhere")));
        mvc.perform(as(outsider, get("/api/v1/interventions/{id}/plans", interventionId)))
                .andExpect(status().isNotFound());
        mvc.perform(as(outsider, get("/api/v1/plans/{id}", planId))).andExpect(status().isNotFound());
        mvc.perform(as(outsider, post("/api/v1/plan-actions/{id}/status", actionId))
                        .content("{\"version\": 0, \"status\": \"DONE\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePagesExplainWhatIsMissingAndRefuseAStaleSave() throws Exception {
        submitAnAssessment();
        var as = authentication(data.authenticationOf(caseManager));
        String started = mvc.perform(post("/interventions/{id}/plan", interventionId)
                        .with(as)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(started).matches("/plans/[0-9a-f-]{36}/edit/strands");
        String planId = started.split("/")[2];

        String action = page(post("/plans/{id}/actions", planId)
                .with(as)
                .with(csrf())
                .param("version", "0")
                .param("dueDate.day", "31")
                .param("dueDate.month", "2")
                .param("dueDate.year", "2027"));
        assertThat(action)
                .contains("There is a problem")
                .contains("The date the action is due must be a real date")
                .contains("href=\"#dueDate-day\"");
        action = page(post("/plans/{id}/actions", planId).with(as).with(csrf()).param("version", "0"));
        assertThat(action)
                .contains("Select the strand the action belongs to")
                .contains("Describe the action")
                .contains("Choose who in the service owns the action, or name the agency that does")
                .contains("Enter the date the action is due");

        String agree = page(post("/plans/{id}/agree", planId)
                .with(as)
                .with(csrf())
                .param("version", "0")
                .param("agreedOn.day", "1")
                .param("agreedOn.month", "2")
                .param("agreedOn.year", "2027"));
        assertThat(agree)
                .contains("Say what the plan aims for in supporting desistance")
                .contains("href=\"/plans/" + planId + "/edit/strands#desistanceAim\"")
                .contains("href=\"/plans/" + planId + "/actions/new\"")
                .contains("href=\"/plans/" + planId + "/edit/contingency#contingencies\"")
                .contains("Say who agreed the plan")
                .contains("href=\"#agreedBy\"");

        mvc.perform(post("/plans/{id}/edit/strands", planId)
                        .with(as)
                        .with(csrf())
                        .param("version", "0")
                        .param("desistanceAim", "Back into college"))
                .andExpect(status().is3xxRedirection());
        String stale = page(post("/plans/{id}/edit/strands", planId)
                .with(as)
                .with(csrf())
                .param("version", "0")
                .param("desistanceAim", "Something else"));
        assertThat(stale).contains("Nothing was saved");
        assertThat(JsonPath.<String>read(body(as(token, get("/api/v1/plans/{id}", planId))), "$.content.desistanceAim"))
                .isEqualTo("Back into college");
    }

    private void submitAnAssessment() throws Exception {
        String draft = body(as(token, post("/api/v1/interventions/{id}/assessments", interventionId)));
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

    private static String content(long version, String otherPlan) {
        return """
                {"version": %d, "content": {
                  "desistanceAim": "Back into college", "childSafetyAim": "Away from the older group",
                  "othersSafetyAim": "No weapons, no contact with the victim",
                  "victimsNeeds": "The victim wants no contact", "victimProtection": "Exclusion zone respected",
                  "contingencies": ["If he goes missing, tell the police the same day", "If threatened, move him"],
                  "childViews": "Wants to box", "parentsViews": "Mum agrees",
                  "otherPlans": [%s]
                }}
                """.formatted(version, otherPlan == null ? "" : otherPlan);
    }

    private static String action(long version, String strand, String description, UUID staff, String agency) {
        return """
                {"version": %d, "strand": "%s", "description": "%s", "ownerStaffId": %s, "ownerAgency": %s,
                 "dueDate": "2027-03-01"}
                """.formatted(
                        version,
                        strand,
                        description,
                        staff == null ? "null" : "\"" + staff + "\"",
                        agency == null ? "null" : "\"" + agency + "\"");
    }

    private static String agreement(long version, String on) {
        return """
                {"version": %d, "agreedOn": "%s", "agreedBy": "Case manager with Kai", "childInvolved": true,
                 "parentsInvolved": false}
                """.formatted(version, on);
    }

    private UUID staffId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
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

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
