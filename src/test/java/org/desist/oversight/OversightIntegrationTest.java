package org.desist.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.intervention.ClosureReason;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Management oversight on PostgreSQL, "today" Monday 1 February 2027: recorded by a manager who does not hold
 * the case, checked, audited, corrected from the version read; refused to the case's own case manager, to a
 * case manager and to a caretaking host; the cases without recent oversight, scoped to the manager's services.
 * And closing an intervention with due items still open: refused to a case manager, a manager's override.
 */
@IntegrationTest
@Import(February2027.class)
class OversightIntegrationTest {

    @Autowired
    ChildRecords childRecords;

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

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ChronologySource> chronology;

    YouthJusticeService service;
    String caseManager;
    String manager;
    String managingManager;
    Child child;
    Intervention order;

    @BeforeEach
    void aReferralOrderHeldByAManager() {
        service = data.service("Oversight");
        caseManager = data.account("ov.cm", Role.CASE_MANAGER, service);
        manager = data.account("ov.manager", Role.OPERATIONAL_MANAGER, service);
        managingManager = data.account("ov.holder", Role.OPERATIONAL_MANAGER, service);
        child = registered("Casey", "Morgan");
        order = started(child, InterventionType.REFERRAL_ORDER, "2026-12-18", "2027-06-18", id(managingManager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private Child registered(String given, String family) {
        data.actAs(caseManager);
        try {
            return transactions.execute(
                    s -> records.register(service.id(), TestData.child(given, family, LocalDate.of(2011, 5, 6))));
        } finally {
            TestData.signOut();
        }
    }

    private Intervention started(Child who, InterventionType type, String start, String end, UUID caseManagerId) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(who.id()),
                    new Interventions.NewIntervention(
                            type,
                            LocalDate.parse(start),
                            end == null ? null : LocalDate.parse(end),
                            caseManagerId,
                            List.of())));
        } finally {
            TestData.signOut();
        }
    }

    private UUID id(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private ResultActions as(
            String username, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + data.apiToken(username)));
    }

    private static String oversight(String on, String judgement, String nextDue) {
        return """
                {"recordedOn": "%s", "areas": ["ASSESSMENT", "TIMELINESS"], "judgement": "%s",
                 "direction": "Submit the assessment this week", "actions": "Book the initial panel",
                 "actionsDue": "%s", "nextDue": "%s"}
                """.formatted(on, judgement, on, nextDue);
    }

    private ResultActions record(String username, UUID interventionId, String json) throws Exception {
        return as(
                username,
                post("/api/v1/interventions/{id}/oversight", interventionId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }

    @Test
    void aManagerWhoDoesNotHoldTheCaseRecordsOversightAuditedAndCorrectsItFromTheVersionRead() throws Exception {
        // The case's own case manager (a manager too) may not oversee it.
        record(managingManager, order.id(), oversight("2027-02-01", "NEEDS_ACTION", "2027-05-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("manager"));
        // Work that needs action needs the direction and the actions; the next oversight comes after this one.
        record(manager, order.id(), """
                        {"recordedOn": "2027-02-02", "areas": [], "judgement": "NEEDS_ACTION", "nextDue": "2027-01-01"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'recordedOn')].message")
                        .value("The date of the oversight must be today or in the past"))
                .andExpect(jsonPath("$.errors[?(@.field == 'areas')].message").value("Select what you looked at"))
                .andExpect(jsonPath("$.errors[?(@.field == 'direction')].message")
                        .value("Enter the direction you gave the case manager"))
                .andExpect(jsonPath("$.errors[?(@.field == 'actions')].message")
                        .value("Enter the actions the case manager must take"))
                .andExpect(jsonPath("$.errors[?(@.field == 'nextDue')].message")
                        .value("The next oversight must be due after this one"));
        String created = record(manager, order.id(), oversight("2027-02-01", "NEEDS_ACTION", "2027-05-01"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.judgement").value("NEEDS_ACTION"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        as(caseManager, get("/api/v1/interventions/{id}/oversight", order.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].areas[0]").value("ASSESSMENT"))
                .andExpect(jsonPath("$[0].direction").value("Submit the assessment this week"))
                .andExpect(jsonPath("$[0].nextDue").value("2027-05-01"));
        assertThat(jdbc.sql("""
                        select summary from audit_event
                         where record_type = 'OVERSIGHT' and record_id = :id and action = 'CREATED'
                        """)
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .list())
                .containsExactly("Recorded management oversight of the referral order: needs action");
        // In the child's chronology.
        assertThat(chronology.stream().flatMap(s -> s.entriesFor(data.accessible(caseManager, child.id())).stream()))
                .anySatisfy(e -> {
                    assertThat(e.type()).isEqualTo(ChronologyType.OVERSIGHT);
                    assertThat(e.title()).isEqualTo("Management oversight: needs action");
                    assertThat(e.on()).isEqualTo(LocalDate.of(2027, 2, 1));
                    assertThat(e.href()).isEqualTo("/interventions/" + order.id() + "/oversight");
                });

        // Corrected from the version read; a second correction from the same version is stale.
        as(
                        manager,
                        put("/api/v1/oversight/{id}", id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(oversight("2027-02-01", "SUFFICIENT", "2027-04-30")
                                        .replace("{", "{\"version\": 0,")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.judgement").value("SUFFICIENT"))
                .andExpect(jsonPath("$.version").value(1));
        as(
                        manager,
                        put("/api/v1/oversight/{id}", id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(oversight("2027-02-01", "NEEDS_ACTION", "2027-03-01")
                                        .replace("{", "{\"version\": 0,")))
                .andExpect(status().isConflict());
        // Only the manager who recorded it corrects it.
        String other = data.account("ov.other", Role.OPERATIONAL_MANAGER, service);
        as(
                        other,
                        put("/api/v1/oversight/{id}", id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(oversight("2027-02-01", "SUFFICIENT", "2027-03-01")
                                        .replace("{", "{\"version\": 1,")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("manager"));
        as(caseManager, get("/api/v1/oversight/{id}", id))
                .andExpect(jsonPath("$.nextDue").value("2027-04-30"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void caseManagersAndOtherRolesCannotRecordItAndACaretakingHostOnlySeesIt() throws Exception {
        // Nobody signed in: 401 from the API.
        mvc.perform(get("/api/v1/oversight/cases-without-recent-oversight")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/interventions/{id}/oversight", order.id())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(oversight("2027-02-01", "SUFFICIENT", "2027-05-01")))
                .andExpect(status().isUnauthorized());
        record(caseManager, order.id(), oversight("2027-02-01", "SUFFICIENT", "2027-05-01"))
                .andExpect(status().isForbidden());
        String qa = data.account("ov.qa", Role.QA_LEAD, service);
        record(qa, order.id(), oversight("2027-02-01", "SUFFICIENT", "2027-05-01"))
                .andExpect(status().isForbidden());
        as(caseManager, get("/api/v1/oversight/cases-without-recent-oversight")).andExpect(status().isForbidden());
        mvc.perform(get("/oversight/cases-without-recent-oversight")
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/interventions/{id}/oversight/new", order.id())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        // Another service's manager does not see the case at all.
        String outsider = data.account("ov.outsider", Role.OPERATIONAL_MANAGER, data.service("OversightElsewhere"));
        record(outsider, order.id(), oversight("2027-02-01", "SUFFICIENT", "2027-05-01"))
                .andExpect(status().isNotFound());

        // A caretaking host's manager sees the oversight but cannot record it.
        YouthJusticeService host = data.service("OversightHost");
        String hostManager = data.account("ov.host", Role.OPERATIONAL_MANAGER, host);
        data.actAs(caseManager);
        try {
            transactions.execute(
                    s -> interventions.arrangeCaretaking(order.id(), 0, host.id(), LocalDate.of(2027, 1, 4)));
        } finally {
            TestData.signOut();
        }
        as(hostManager, get("/api/v1/interventions/{id}/oversight", order.id())).andExpect(status().isOk());
        record(hostManager, order.id(), oversight("2027-02-01", "SUFFICIENT", "2027-05-01"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from oversight where intervention_id = :id")
                        .param("id", order.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void casesWithoutRecentOversightAreTheManagersOwnOldestFirst() throws Exception {
        // Never overseen, started 1 October 2026: 123 days.
        Intervention never = started(
                registered("Never", "Seen"),
                InterventionType.YOUTH_REHABILITATION_ORDER,
                "2026-10-01",
                "2027-09-30",
                null);
        // Last overseen 31 October 2026: 3 months later is 31 January 2027, so on 1 February it is not recent.
        Intervention lapsed = started(
                registered("Lapsed", "Oversight"),
                InterventionType.YOUTH_REHABILITATION_ORDER,
                "2026-09-01",
                "2027-08-31",
                null);
        record(manager, lapsed.id(), oversight("2026-10-31", "SUFFICIENT", "2027-01-31"))
                .andExpect(status().isCreated());
        // Overseen 1 November 2026: still recent on 1 February 2027 (3 months to the day).
        Intervention recent = started(
                registered("Recent", "Oversight"),
                InterventionType.YOUTH_REHABILITATION_ORDER,
                "2026-09-01",
                "2027-08-31",
                null);
        record(manager, recent.id(), oversight("2026-11-01", "SUFFICIENT", "2027-02-01"))
                .andExpect(status().isCreated());
        // Closed: no longer in progress.
        Intervention ended =
                started(registered("Closed", "Case"), InterventionType.YOUTH_CAUTION, "2026-10-01", null, null);
        data.actAs(caseManager);
        try {
            transactions.execute(
                    s -> interventions.close(ended.id(), 0, ClosureReason.REVOKED, null, LocalDate.of(2026, 11, 1)));
        } finally {
            TestData.signOut();
        }
        // Another service's case, never overseen: not this manager's.
        YouthJusticeService elsewhere = data.service("OversightOther");
        String otherCaseManager = data.account("ov.othercm", Role.CASE_MANAGER, elsewhere);
        data.actAs(otherCaseManager);
        try {
            Child theirs = transactions.execute(s ->
                    records.register(elsewhere.id(), TestData.child("Other", "Service", LocalDate.of(2011, 1, 1))));
            transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(theirs.id()),
                    new Interventions.NewIntervention(
                            InterventionType.YOUTH_CAUTION, LocalDate.of(2026, 9, 1), null, null, List.of())));
        } finally {
            TestData.signOut();
        }

        as(manager, get("/api/v1/oversight/cases-without-recent-oversight"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                // Never overseen first, the longest running first: the YRO from 1 October, then the order
                // from 18 December; then the lapsed one.
                .andExpect(jsonPath("$[0].interventionId").value(never.id().toString()))
                .andExpect(jsonPath("$[0].daysSince").value(123))
                .andExpect(jsonPath("$[0].caseManager").value("Not allocated"))
                .andExpect(jsonPath("$[1].interventionId").value(order.id().toString()))
                .andExpect(jsonPath("$[1].caseManager").value("Test ov.holder"))
                .andExpect(jsonPath("$[2].interventionId").value(lapsed.id().toString()))
                .andExpect(jsonPath("$[2].lastOversight").value("2026-10-31"))
                .andExpect(jsonPath("$[2].daysSince").value(93));
        mvc.perform(get("/oversight/cases-without-recent-oversight")
                        .with(authentication(data.authenticationOf(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Never Seen")))
                .andExpect(content().string(containsString("Lapsed Oversight")))
                .andExpect(content().string(not(containsString("Recent Oversight"))))
                .andExpect(content().string(not(containsString("Other Service"))))
                .andExpect(content().string(containsString("in the last 3 months")));
        // A head of service (team caseload, no countersigning) sees the list too.
        String head = data.account("ov.head", Role.HEAD_OF_SERVICE, service);
        as(head, get("/api/v1/oversight/cases-without-recent-oversight"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));

        // Recording oversight takes the case off the list.
        record(manager, never.id(), oversight("2027-02-01", "SUFFICIENT", "2027-05-01"))
                .andExpect(status().isCreated());
        as(manager, get("/api/v1/oversight/cases-without-recent-oversight"))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].interventionId").value(order.id().toString()));
    }

    @Test
    void theOversightPagesWorkWithoutJavaScript() throws Exception {
        mvc.perform(get("/interventions/{id}/oversight", order.id())
                        .with(authentication(data.authenticationOf(manager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No oversight has been recorded")))
                .andExpect(content().string(containsString("/assessments/awaiting-countersignature")))
                .andExpect(content().string(containsString("Record oversight")));
        mvc.perform(post("/interventions/{id}/oversight", order.id())
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("recordedOn.day", "1")
                        .param("recordedOn.month", "2")
                        .param("recordedOn.year", "2027")
                        .param("judgement", "NEEDS_ACTION")
                        .param("nextDue.day", "1")
                        .param("nextDue.month", "5")
                        .param("nextDue.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#areas\"")))
                .andExpect(content().string(containsString("href=\"#direction\"")));
        mvc.perform(post("/interventions/{id}/oversight", order.id())
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("recordedOn.day", "1")
                        .param("recordedOn.month", "2")
                        .param("recordedOn.year", "2027")
                        .param("areas", "PLAN", "RISK_AND_SAFEGUARDING")
                        .param("judgement", "SUFFICIENT")
                        .param("nextDue.day", "1")
                        .param("nextDue.month", "5")
                        .param("nextDue.year", "2027"))
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/oversight?recorded"));
        // The case's own case manager is told why they cannot.
        mvc.perform(get("/interventions/{id}/oversight", order.id())
                        .with(authentication(data.authenticationOf(managingManager))))
                .andExpect(content().string(containsString("another manager records oversight of it")))
                .andExpect(content().string(containsString("Risk and safeguarding")));
    }

    @Test
    void aStaleCorrectionOnThePageShowsWhoChangedItAndKeepsTheAnswers() throws Exception {
        String created = record(manager, order.id(), oversight("2027-02-01", "NEEDS_ACTION", "2027-05-01"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        // The manager corrects it through the API from version 0 ...
        as(
                        manager,
                        put("/api/v1/oversight/{id}", id)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(oversight("2027-02-01", "SUFFICIENT", "2027-04-30")
                                        .replace("{", "{\"version\": 0,")))
                .andExpect(status().isOk());
        // ... and then on the page they loaded before it: the stale panel, their answers kept, the version now seen.
        mvc.perform(post("/oversight/{id}", id)
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("recordedOn.day", "1")
                        .param("recordedOn.month", "2")
                        .param("recordedOn.year", "2027")
                        .param("areas", "PLAN")
                        .param("judgement", "SUFFICIENT")
                        .param("direction", "Page answer kept")
                        .param("nextDue.day", "1")
                        .param("nextDue.month", "3")
                        .param("nextDue.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("while you were editing it")))
                .andExpect(content().string(containsString("Nothing was saved: check your answers and save again.")))
                .andExpect(content().string(containsString("Page answer kept")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        as(caseManager, get("/api/v1/oversight/{id}", id))
                .andExpect(jsonPath("$.nextDue").value("2027-04-30"))
                .andExpect(jsonPath("$.version").value(1));
    }

    // Closure ---------------------------------------------------------------------------------------------

    @Test
    void aCaseManagerCannotCloseWithDueItemsOpenAManagerCanWithAReasonAudited() throws Exception {
        Intervention caution =
                started(registered("Close", "Me"), InterventionType.YOUTH_CAUTION, "2026-12-01", null, null);
        // Its assessment (15 working days after 1 December 2026: 22 December) was never submitted.
        mvc.perform(get("/interventions/{id}/close", caution.id())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Assessment (due 22 December 2026)")))
                .andExpect(content()
                        .string(containsString("Only a manager can close an intervention with due items open")))
                .andExpect(content().string(not(containsString("name=\"overrideReason\""))));
        mvc.perform(post("/interventions/{id}/close", caution.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("reason", "COMPLETED")
                        .param("closedOn.day", "29")
                        .param("closedOn.month", "1")
                        .param("closedOn.year", "2027")
                        .param("exitStrategy", "Youth club")
                        .param("childFeedback", "It helped"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#openDueItems\"")))
                .andExpect(content().string(containsString("Ask a manager to close the intervention")))
                .andExpect(content().string(containsString("It helped")));
        as(caseManager, get("/api/v1/interventions/{id}", caution.id()))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        // A manager sees the items and must give the reason.
        mvc.perform(get("/interventions/{id}/close", caution.id()).with(authentication(data.authenticationOf(manager))))
                .andExpect(content().string(containsString("name=\"overrideReason\"")));
        as(
                        manager,
                        post("/api/v1/interventions/{id}/close", caution.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 0, \"reason\": \"COMPLETED\", \"closedOn\": \"2027-01-29\","
                                        + " \"exitStrategy\": \"Youth club\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("overrideReason"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        startsWith(
                                                "Give the reason for closing with these due items still open: Assessment (due 22 December 2026)")));
        mvc.perform(post("/interventions/{id}/close", caution.id())
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("reason", "COMPLETED")
                        .param("closedOn.day", "29")
                        .param("closedOn.month", "1")
                        .param("closedOn.year", "2027")
                        .param("exitStrategy", "Youth club")
                        .param("childFeedback", "It helped")
                        .param("parentsFeedback", "Calmer at home")
                        .param("overrideReason", "Assessed by the police panel; nothing more to add"))
                .andExpect(redirectedUrl("/children/" + caution.childId() + "/interventions?closed"));
        as(caseManager, get("/api/v1/interventions/{id}/closure", caution.id()))
                .andExpect(jsonPath("$.childFeedback").value("It helped"))
                .andExpect(jsonPath("$.parentsFeedback").value("Calmer at home"))
                .andExpect(jsonPath("$.overriddenBy").value(manager))
                .andExpect(jsonPath("$.overrideReason").value("Assessed by the police panel; nothing more to add"))
                .andExpect(jsonPath("$.overriddenItems[0]").value("Assessment (due 22 December 2026)"));
        // The items are cancelled as before, and the override is audited.
        as(caseManager, get("/api/v1/children/{id}/due-items", caution.childId()))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].status").value("CANCELLED"));
        String audited =
                jdbc.sql("""
                        select summary || ' ' || changes::text from audit_event
                         where record_type = 'INTERVENTION' and record_id = :id and summary like 'Closed%'
                        """).param("id", caution.id()).query(String.class).single();
        assertThat(audited)
                .contains("a manager's override of 1 open due item")
                .contains("Assessed by the police panel; nothing more to add")
                .contains("Assessment (due 22 December 2026)");
        mvc.perform(get("/interventions/{id}", caution.id()).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(content().string(containsString("manager’s override")));

        // A revoked order needs no override, whoever closes it.
        as(
                        caseManager,
                        post("/api/v1/interventions/{id}/close", order.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 0, \"reason\": \"REVOKED\", \"closedOn\": \"2027-01-29\"}"))
                .andExpect(status().isOk());
    }
}
