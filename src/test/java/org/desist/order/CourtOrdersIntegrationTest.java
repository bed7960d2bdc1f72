package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What court orders involve, against PostgreSQL: a referral order's panels and contract driving its due
 * items across Christmas, YRO requirements, DTO halves, a breach with resentence, and who may see or change
 * an order.
 */
@IntegrationTest
class CourtOrdersIntegrationTest {

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

    YouthJusticeService service;
    String caseManager;
    String token;
    Child child;

    @BeforeEach
    void aChild() {
        service = data.service("Orders");
        caseManager = data.account("orders.cm", Role.CASE_MANAGER, service);
        token = data.apiToken(caseManager);
        data.actAs(caseManager);
        // 15 on 18 December 2026; 16 on 1 June 2027.
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Casey", "Moore", LocalDate.of(2011, 6, 1))));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private Intervention start(InterventionType type, LocalDate start, LocalDate end) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(type, start, end, null, List.of())));
        } finally {
            TestData.signOut();
        }
    }

    private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private ResultActions postJson(String path, Object id, String json) throws Exception {
        return api(post(path, id).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String panel(long version, String kind, String date, String members) {
        return """
                {"version": %d, "kind": "%s", "heldOn": "%s", "communityMembers": [%s], "yosMember": "Priya Shah",
                 "parentAttended": true, "reportSharedOn": "2027-01-08", "outcome": "%s"}
                """.formatted(
                        version, kind, date, members, kind.equals("INITIAL") ? "CONTRACT_AGREED" : "PROGRESS_REVIEWED");
    }

    @Test
    void aReferralOrdersPanelsAndContractDriveItsDueItems() throws Exception {
        Intervention order =
                start(InterventionType.REFERRAL_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 6, 18));

        // 18 December 2026 + 20 WD, skipping 25 and 28 December and 1 January: 20 January 2027.
        api(get("/api/v1/orders/{id}", order.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.dueItems[?(@.rule.id == 'referral-order-initial-panel')].rule.id")
                        .value("referral-order-initial-panel"))
                .andExpect(jsonPath("$.dueItems[?(@.rule.id == 'referral-order-initial-panel')].dueDate")
                        .value("2027-01-20"));

        // One community panel member: not properly constituted, refused, nothing saved.
        postJson("/api/v1/orders/{id}/panels", order.id(), panel(0, "INITIAL", "2027-01-14", "\"Ann Lee\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("communityMembers"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A youth offender panel needs at least two community panel members: with only 1 it was"
                                + " not properly constituted"));

        // Under 16 and no parent, no reason: refused too.
        postJson("/api/v1/orders/{id}/panels", order.id(), """
                        {"version": 0, "kind": "INITIAL", "heldOn": "2027-01-14", "communityMembers": ["Ann Lee", "Bo Chan"],
                         "yosMember": "Priya Shah", "parentAttended": false, "outcome": "CONTRACT_AGREED"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentAbsenceReason"));

        postJson(
                        "/api/v1/orders/{id}/panels",
                        order.id(),
                        panel(0, "INITIAL", "2027-01-14", "\"Ann Lee\", \"Bo Chan\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.panels[0].kind").value("INITIAL"))
                .andExpect(jsonPath("$.panels[0].reportFlag").doesNotExist())
                .andExpect(jsonPath("$.socialCare").doesNotExist())
                .andExpect(jsonPath("$.dueItems[?(@.rule.id == 'referral-order-initial-panel')].status")
                        .value("MET"))
                .andExpect(jsonPath("$.dueItems[?(@.rule.id == 'referral-order-initial-panel')].metOn")
                        .value("2027-01-14"));

        postJson("/api/v1/orders/{id}/contract", order.id(), """
                        {"version": 1, "signedOn": "2027-01-14", "reparation": "Four sessions at the community garden",
                         "activities": ["Victim awareness", "Knife crime workshop"]}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contract.signedOn").value("2027-01-14"))
                .andExpect(jsonPath("$.runs.from").value("2027-01-14"))
                .andExpect(jsonPath("$.runs.to").value("2027-07-14"));
        api(get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-04-14')].rule")
                        .value("referral-order-progress-panel"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-04-14')].dueDate")
                                .value("2027-04-14"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-04-14')].status")
                                .value("OPEN"));

        // Somebody read version 1 before the contract was recorded: their save is refused.
        postJson(
                        "/api/v1/orders/{id}/panels",
                        order.id(),
                        panel(1, "PROGRESS", "2027-04-12", "\"Ann Lee\", \"Bo Chan\""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changes[0]").value("Recorded the referral order contract signed on 2027-01-14"));

        // A progress panel two days early meets it; the rule repeats from that day: 12 July 2027.
        postJson(
                        "/api/v1/orders/{id}/panels",
                        order.id(),
                        panel(2, "PROGRESS", "2027-04-12", "\"Ann Lee\", \"Bo Chan\""))
                .andExpect(status().isCreated());
        api(get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-04-14')].rule")
                        .value("referral-order-progress-panel"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-04-14')].status")
                                .value("MET"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-04-14')].metOn")
                                .value("2027-04-12"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-07-12')].rule")
                        .value("referral-order-progress-panel"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-07-12')].dueDate")
                                .value("2027-07-12"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-07-12')].status")
                                .value("OPEN"));

        // The final panel ends the panels: no further progress panel is due.
        postJson("/api/v1/orders/{id}/panels", order.id(), panel(3, "FINAL", "2027-07-08", "\"Ann Lee\", \"Bo Chan\""))
                .andExpect(status().isCreated());
        api(get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-07-12')].rule")
                        .value("referral-order-progress-panel"))
                .andExpect(
                        jsonPath("$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-07-12')].status")
                                .value("CANCELLED"))
                .andExpect(jsonPath(
                                "$[?(@.rule == 'referral-order-progress-panel' && @.dueDate == '2027-07-12')].cancelledReason")
                        .value("Final panel held on 2027-07-08"));

        // Every change is audited against the child and the order.
        assertThat(jdbc.sql("""
                                select count(*) from audit_event
                                 where record_type = 'COURT_ORDER' and record_id = :order and child_id = :child
                                   and action = 'CREATED'
                                """)
                        .param("order", order.id())
                        .param("child", child.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);

        // The order page shows the running dates beside the sentence dates.
        mvc.perform(get("/orders/{id}", order.id()).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Made 18 December 2026, to 18 June 2027")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "14 January 2027 to 14 July 2027 (6 months from the signing of the contract)")));
    }

    @Test
    void aPanelReportSharedLateIsFlagged() throws Exception {
        Intervention order =
                start(InterventionType.REFERRAL_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 6, 18));
        postJson("/api/v1/orders/{id}/panels", order.id(), """
                        {"version": 0, "kind": "INITIAL", "heldOn": "2027-01-14", "communityMembers": ["Ann Lee", "Bo Chan"],
                         "yosMember": "Priya Shah", "parentAttended": false, "parentAbsenceReason": "Mother in hospital",
                         "reportSharedOn": "2027-01-14", "outcome": "CONTRACT_AGREED"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.panels[0].reportFlag")
                        .value("Panel report shared late: it must reach panel members before the meeting"))
                .andExpect(jsonPath("$.panels[0].parentAbsenceReason").value("Mother in hospital"));
        mvc.perform(get("/orders/{id}", order.id()).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Panel report shared late")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Why: Mother in hospital")));
    }

    @Test
    void unpaidWorkIsRefusedForAFifteenYearOld() throws Exception {
        Intervention yro = start(
                InterventionType.YOUTH_REHABILITATION_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 12, 17));
        postJson("/api/v1/orders/{id}/requirements", yro.id(), """
                        {"version": 0, "type": "UNPAID_WORK", "startDate": "2026-12-18", "endDate": "2027-12-17", "hours": 60}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Unpaid work can only be required of a child aged 16 or 17 when the order was made (this"
                                + " child was 15)"));
        postJson("/api/v1/orders/{id}/requirements", yro.id(), """
                        {"version": 0, "type": "CURFEW", "startDate": "2026-12-18", "endDate": "2027-06-17",
                         "curfewFrom": "19:00", "curfewUntil": "07:00", "details": "1 Test Street"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requirements[0].quantity").value("19:00 to 07:00 (12 hours a day)"));
        postJson("/api/v1/orders/{id}/requirements", yro.id(), """
                        {"version": 1, "type": "INTENSIVE_FOSTERING", "startDate": "2026-12-18", "endDate": "2027-06-17",
                         "conditionsConfirmed": true}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.socialCareRequirements[0].type").value("INTENSIVE_FOSTERING"));
        mvc.perform(get("/orders/{id}", yro.id()).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Involves children's social care")));

        // The question pages: choose the type (an answer is required), then its own questions.
        var signedIn = authentication(data.authenticationOf(caseManager));
        mvc.perform(get("/orders/{id}/requirements/new", yro.id())
                        .param("step", "type")
                        .with(signedIn))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#type\"")));
        mvc.perform(get("/orders/{id}/requirements/new", yro.id())
                        .param("type", "CURFEW")
                        .with(signedIn))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Curfew starts each day at")));
        mvc.perform(post("/orders/{id}/requirements", yro.id())
                        .with(signedIn)
                        .with(csrf())
                        .param("version", "2")
                        .param("type", "CURFEW")
                        .param("startDate.day", "1")
                        .param("startDate.month", "7")
                        .param("startDate.year", "2027")
                        .param("endDate.day", "30")
                        .param("endDate.month", "9")
                        .param("endDate.year", "2027")
                        .param("curfewFrom", "21.00")
                        .param("curfewUntil", "6:30")
                        .param("details", "2 Test Street"))
                .andExpect(status().is3xxRedirection());
        api(get("/api/v1/orders/{id}", yro.id()))
                .andExpect(jsonPath("$.requirements[2].quantity").value("21:00 to 06:30 (9.5 hours a day)"));
        // A panel belongs to a referral order only.
        postJson("/api/v1/orders/{id}/panels", yro.id(), panel(2, "INITIAL", "2027-01-14", "\"Ann Lee\", \"Bo Chan\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("order"));
    }

    @Test
    void nothingMoreIsRecordedOnAnOrderThatHasEnded() throws Exception {
        Intervention yro = start(
                InterventionType.YOUTH_REHABILITATION_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 12, 17));
        postJson("/api/v1/interventions/{id}/close", yro.id(), """
                        {"version": 0, "reason": "REVOKED", "closedOn": "2027-01-05"}
                        """).andExpect(status().isOk());
        postJson("/api/v1/orders/{id}/requirements", yro.id(), """
                        {"version": 0, "type": "CURFEW", "startDate": "2026-12-18", "endDate": "2027-06-17",
                         "curfewFrom": "19:00", "curfewUntil": "07:00", "details": "1 Test Street"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("order"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This order has ended: nothing more can be recorded on it"));
        api(get("/api/v1/orders/{id}", yro.id()))
                .andExpect(jsonPath("$.requirements").isEmpty());
    }

    @Test
    void aDetentionAndTrainingOrderIsHalvedAtItsReleaseDate() throws Exception {
        Intervention dto = start(
                InterventionType.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 4, 18));
        api(get("/api/v1/orders/{id}", dto.id()))
                .andExpect(jsonPath("$.detentionAndTraining.releaseDate").value("2027-02-18"))
                .andExpect(jsonPath("$.detentionAndTraining.custody.from").value("2026-12-18"))
                .andExpect(jsonPath("$.detentionAndTraining.supervision.to").value("2027-04-18"));
        mvc.perform(get("/orders/{id}", dto.id()).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("18 February 2027, the halfway point")));
    }

    @Test
    void aGraveCrimeSentencesReleaseAndLicenceAreRecorded() throws Exception {
        Intervention s250 = start(InterventionType.LONGER_DETENTION, LocalDate.of(2026, 12, 18), null);
        postJson("/api/v1/orders/{id}/licence", s250.id(), """
                        {"version": 0, "releaseDate": "2028-06-18", "licenceEndDate": "2028-06-18"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("licenceEndDate"));
        postJson("/api/v1/orders/{id}/licence", s250.id(), """
                        {"version": 0, "releaseDate": "2028-06-18", "licenceEndDate": "2029-12-18"}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.licence.releaseDate").value("2028-06-18"))
                .andExpect(jsonPath("$.licence.licenceEndDate").value("2029-12-18"));
    }

    @Test
    void aBreachWithResentenceClosesTheOldOrderAndLinksTheNew() throws Exception {
        Intervention old =
                start(InterventionType.REFERRAL_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 6, 18));
        Intervention replacement =
                start(InterventionType.YOUTH_REHABILITATION_ORDER, LocalDate.of(2027, 2, 10), LocalDate.of(2028, 2, 9));

        // A fine or a resentence is the court's decision.
        postJson("/api/v1/orders/{id}/breaches", old.id(), """
                        {"version": 0, "breachedOn": "2027-02-10", "breachedWhat": "CONDITIONS", "details": "Missed three appointments",
                         "decidedBy": "YOUTH_OFFENDER_PANEL", "outcome": "REVOKED_AND_RESENTENCED", "newInterventionId": "%s"}
                        """.formatted(replacement.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decidedBy"));

        postJson("/api/v1/orders/{id}/breaches", old.id(), """
                        {"version": 0, "breachedOn": "2027-02-10", "breachedWhat": "CONDITIONS", "details": "Missed three appointments",
                         "decidedBy": "COURT", "outcome": "REVOKED_AND_RESENTENCED", "newInterventionId": "%s"}
                        """.formatted(replacement.id()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sentence.status").value("CLOSED"))
                .andExpect(jsonPath("$.sentence.closureReason").value("RESENTENCED"))
                .andExpect(jsonPath("$.sentence.closedOn").value("2027-02-10"))
                .andExpect(jsonPath("$.replacedBy.interventionId")
                        .value(replacement.id().toString()))
                .andExpect(jsonPath("$.dueItems[0].status").value("CANCELLED"));
        api(get("/api/v1/orders/{id}", replacement.id()))
                .andExpect(jsonPath("$.replaces.interventionId").value(old.id().toString()))
                .andExpect(jsonPath("$.replaces.on").value("2027-02-10"));
    }

    @Test
    void anotherServicesOrderIsNotFoundAndOnlyEditorsMayChangeOne() throws Exception {
        Intervention order =
                start(InterventionType.REFERRAL_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 6, 18));
        Intervention caution = start(InterventionType.YOUTH_CAUTION, LocalDate.of(2026, 11, 2), null);

        String outsider = data.apiToken(data.account("orders.other", Role.CASE_MANAGER, data.service("Elsewhere")));
        mvc.perform(get("/api/v1/orders/{id}", order.id()).header("Authorization", "Bearer " + outsider))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/orders/{id}/panels", order.id())
                        .header("Authorization", "Bearer " + outsider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(panel(0, "INITIAL", "2027-01-14", "\"Ann Lee\", \"Bo Chan\"")))
                .andExpect(status().isNotFound());
        // An intervention that is not a court order has no order page.
        api(get("/api/v1/orders/{id}", caution.id())).andExpect(status().isNotFound());
        api(get("/api/v1/orders/{id}", UUID.randomUUID())).andExpect(status().isNotFound());

        for (Role reader : List.of(Role.QA_LEAD, Role.HEAD_OF_SERVICE)) {
            String username = data.account("orders.reader", reader, service);
            String readerToken = data.apiToken(username);
            mvc.perform(get("/api/v1/orders/{id}", order.id()).header("Authorization", "Bearer " + readerToken))
                    .andExpect(status().isOk());
            for (String path : List.of("panels", "contract", "requirements", "breaches", "licence")) {
                mvc.perform(post("/api/v1/orders/{id}/" + path, order.id())
                                .header("Authorization", "Bearer " + readerToken)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"version\": 0}"))
                        .andExpect(status().isForbidden());
            }
            mvc.perform(post("/orders/{id}/panels", order.id())
                            .with(authentication(data.authenticationOf(username)))
                            .with(csrf())
                            .param("version", "0"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/orders/{id}/panels/new", order.id())
                            .with(authentication(data.authenticationOf(username))))
                    .andExpect(status().isForbidden());
        }
        String panelMember = data.account("orders.panel", Role.PANEL_MEMBER, service);
        mvc.perform(get("/orders/{id}", order.id()).with(authentication(data.authenticationOf(panelMember))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePanelPageShowsAnErrorSummaryAndKeepsTheAnswers() throws Exception {
        Intervention order =
                start(InterventionType.REFERRAL_ORDER, LocalDate.of(2026, 12, 18), LocalDate.of(2027, 6, 18));
        mvc.perform(post("/orders/{id}/panels", order.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "INITIAL")
                        .param("heldOn.day", "14")
                        .param("heldOn.month", "1")
                        .param("heldOn.year", "2027")
                        .param("communityMembers", "Ann Lee")
                        .param("yosMember", "Priya Shah")
                        .param("parentAttended", "true")
                        .param("outcome", "CONTRACT_AGREED"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("govuk-error-summary")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"#communityMembers\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Priya Shah")));
        mvc.perform(post("/orders/{id}/panels", order.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "INITIAL")
                        .param("heldOn.day", "14")
                        .param("heldOn.month", "1")
                        .param("heldOn.year", "2027")
                        .param("communityMembers", "Ann Lee\r\nBo Chan")
                        .param("yosMember", "Priya Shah")
                        .param("parentAttended", "true")
                        .param("outcome", "CONTRACT_AGREED"))
                .andExpect(status().is3xxRedirection());

        // Someone else saved first: nothing is saved, the answers stay, and the next save is deliberate.
        mvc.perform(post("/orders/{id}/panels", order.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "PROGRESS")
                        .param("heldOn.day", "12")
                        .param("heldOn.month", "4")
                        .param("heldOn.year", "2027")
                        .param("communityMembers", "Ann Lee\r\nBo Chan")
                        .param("yosMember", "Sam Ortiz")
                        .param("parentAttended", "true")
                        .param("outcome", "PROGRESS_REVIEWED"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "while you were editing it. Your changes have not been saved.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sam Ortiz")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"version\" value=\"1\"")));
    }
}
