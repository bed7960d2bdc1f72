package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The victims' shared wishes reach the referral order's panel and contract pages and the plan's victims section,
 * and the panel's time takes the victim's availability first — never who the victim is, on any page, export or API
 * answer of the child's side (the case manager, the head of service, the child's chronology, summary and history).
 */
@IntegrationTest
class VictimWishesOnThePlanAndPanelIntegrationTest {

    static final String NAME = "Philippa Thackeray-Dunn";
    static final String CONTACT = "07700 900789, 4 Sorrel Close";
    static final String OTHER_NAME = "Leopold Marchbanks";
    static final String SHARED = "Wants an apology letter and the shop window paid for";
    static final String AVAILABILITY = "Tuesday or Thursday mornings";
    static final String PRIVATE_WISHES = "Told the victim worker in confidence about a past break-in";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService service;
    String caseManager;
    String head;
    String manager;
    Child child;
    String order;
    String panel;
    String plan;

    @BeforeEach
    void aReferralOrderWithAPlanAndAVictimWhoSharedTheirWishes() throws Exception {
        service = data.service("VictimWishes");
        caseManager = data.account("vw.cm", Role.CASE_MANAGER, service);
        head = data.account("vw.head", Role.HEAD_OF_SERVICE, service);
        manager = data.account("vw.mgr", Role.OPERATIONAL_MANAGER, service);
        String victimWorker = data.account("vw.victims", Role.VICTIM_WORKER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Tyler", "Brabazon", LocalDate.of(2010, 6, 6))));
        TestData.signOut();
        String token = data.apiToken(caseManager);
        String caseManagerId = data.userId(caseManager).toString();
        String offence = id(send(post("/api/v1/children/{id}/offences", child.id()), token, """
                {"offenceDate": "2026-11-02", "description": "Broke a shop window", "category": "CRIMINAL_DAMAGE",
                 "plea": "GUILTY", "gravityScore": 2}
                """));
        String workerToken = data.apiToken(victimWorker);
        String victim =
                id(send(post("/api/v1/offences/{id}/victims", UUID.fromString(offence)), workerToken, """
                {"kind": "PERSON", "name": "%s", "contact": "%s", "wishes": "%s", "consentsToContact": true}
                """.formatted(
                                NAME, CONTACT, PRIVATE_WISHES)));
        String other =
                id(send(post("/api/v1/offences/{id}/victims", UUID.fromString(offence)), workerToken, """
                {"kind": "PERSON", "name": "%s", "contact": "%s", "consentsToContact": true}
                """.formatted(
                                OTHER_NAME, CONTACT)));
        jdbc.sql("update victim set shared_wishes = :shared, panel_availability = :availability where id = :id")
                .param("shared", SHARED)
                .param("availability", AVAILABILITY)
                .param("id", UUID.fromString(victim))
                .update();
        jdbc.sql("""
                        insert into victim_contact (id, victim_id, service_id, occurred_at, method, with_whom, made, recorded_at, recorded_by)
                        values (:id, :victim, :service, now(), 'PHONE', 'VICTIM', true, now(), 'fixture')
                        """)
                .param("id", UUID.randomUUID())
                .param("victim", UUID.fromString(victim))
                .param("service", service.id())
                .update();
        jdbc.sql("""
                        insert into victim_consent (id, victim_id, service_id, subject, decision, decided_on, lawful_basis, recorded_at, recorded_by)
                        values (:id, :victim, :service, 'CONTACT', 'REFUSED', current_date, 'Consent', now(), 'fixture')
                        """)
                .param("id", UUID.randomUUID())
                .param("victim", UUID.fromString(other))
                .param("service", service.id())
                .update();

        String sentencing =
                id(send(post("/api/v1/children/{id}/court-appearances", child.id()), token, """
                {"appearanceDate": "2026-12-01", "courtName": "Northbridge Youth Court", "courtKind": "YOUTH_COURT",
                 "hearingType": "SENTENCE", "offenceIds": ["%s"], "outcome": "SENTENCED"}
                """.formatted(offence)));
        order = JsonPath.read(
                send(post("/api/v1/court-appearances/{id}/sentence", UUID.fromString(sentencing)), token, """
                        {"type": "REFERRAL_ORDER", "lengthMonths": 6, "caseManagerId": "%s"}
                        """.formatted(
                                caseManagerId)),
                "$.interventionId");
        panel = JsonPath.read(
                send(post("/api/v1/orders/{id}/panels", UUID.fromString(order)), token, """
                        {"version": 0, "kind": "INITIAL", "heldOn": "2026-12-15", "communityMembers": ["Ann Lee", "Bo Chan"],
                         "yosMember": "Priya Shah", "parentAttended": true, "reportSharedOn": "2026-12-10",
                         "outcome": "CONTRACT_AGREED"}
                        """), "$.panels[0].id");
        String assessment =
                id(send(post("/api/v1/interventions/{id}/assessments", UUID.fromString(order)), token, null));
        send(put("/api/v1/assessments/{id}", UUID.fromString(assessment)), token, """
                {"version": 0, "details": {
                  "desistance": {"offendingFactors": "Peers", "desistanceFactors": "Football",
                    "strengths": "Honest", "maturityAndMotivation": "Wants to change",
                    "diversityAndContext": "Lives with dad", "structuralBarriers": "None",
                    "likelihoodOfReoffending": "LOW"},
                  "safetyAndWellbeing": {"concerns": "None", "concernTypes": [], "classification": "LOW", "analysis": "None"},
                  "riskOfHarm": {"harm": "Damage", "to": ["ACTUAL_VICTIMS"], "likelihood": "Unlikely",
                    "seriousness": "Minor", "classification": "LOW"},
                  "sources": {"consulted": ["POLICE"], "childViews": "Sorry", "parentsViews": "Supportive"},
                  "screening": {}
                }}
                """);
        send(post("/api/v1/assessments/{id}/submit", UUID.fromString(assessment)), token, "{\"version\": 1}");
        plan = id(send(post("/api/v1/interventions/{id}/plans", UUID.fromString(order)), token, null));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void thePanelAndTheContractSeeTheSharedWishesAndTheTimeTakesTheVictimFirst() throws Exception {
        for (String path : new String[] {
            "/orders/" + order, "/orders/" + order + "/panels/new", "/orders/" + order + "/contract/new"
        }) {
            String page = page(caseManager, path);
            assertThat(page).as(path).contains(SHARED).contains(AVAILABILITY).contains("Victim contacted");
            assertNoVictimDetails(page, path);
        }
        assertThat(page(caseManager, "/orders/" + order + "/contract/new"))
                .contains("Let the victims' wishes below shape the contract's reparation");

        String time = page(caseManager, "/orders/" + order + "/panels/" + panel + "/social-care");
        assertThat(time).contains(AVAILABILITY);
        assertThat(time.replaceAll("\\s+", " "))
                .containsPattern("value=\"VICTIM_WISHES_FIRST\"[^>]*checked")
                .doesNotContainPattern("value=\"AGREED_WITH_SOCIAL_WORKER\"[^>]*checked");
        assertNoVictimDetails(time, "where the panel's time is set");
    }

    @Test
    void thePlansVictimsSectionShowsTheSharedWishesBesideItsOwn() throws Exception {
        String page = page(caseManager, "/plans/" + plan);
        assertThat(page)
                .contains("From the victim worker")
                .contains("Needs and wishes of victims")
                .contains(SHARED)
                .contains("Victim asked for no contact");
        assertNoVictimDetails(page, "the plan page");
        assertNoVictimDetails(page(head, "/plans/" + plan), "the plan page for the head of service");
        String question = page(caseManager, "/plans/" + plan + "/edit/victims");
        assertThat(question).contains("From the victim worker").contains(SHARED);
        assertNoVictimDetails(question, "the plan's victims question page");
    }

    @Test
    void noVictimsDetailsOnAnyChildSidePageExportOrApiAnswer() throws Exception {
        String id = child.id().toString();
        for (String path : new String[] {
            "/children/" + id,
            "/children/" + id + "/offences",
            "/children/" + id + "/interventions",
            "/children/" + id + "/due-items",
            "/children/" + id + "/chronology",
            "/children/" + id + "/case-summary",
            "/orders/" + order,
            "/plans/" + plan
        }) {
            assertNoVictimDetails(page(caseManager, path), path + " (case manager)");
            assertNoVictimDetails(page(head, path), path + " (head of service)");
        }
        assertNoVictimDetails(page(manager, "/children/" + id + "/history"), "the child's history");
        String token = data.apiToken(caseManager);
        for (String path : new String[] {
            "/api/v1/children/" + id,
            "/api/v1/children/" + id + "/offences",
            "/api/v1/children/" + id + "/victim-work",
            "/api/v1/children/" + id + "/interventions",
            "/api/v1/children/" + id + "/due-items",
            "/api/v1/orders/" + order,
            "/api/v1/plans/" + plan,
            "/api/v1/interventions/" + order + "/plans"
        }) {
            var response = mvc.perform(get(path).header("Authorization", "Bearer " + token))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertNoVictimDetails(response.getContentAsString(), path);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where summary like :n or changes::text like :n")
                        .param("n", "%" + NAME + "%")
                        .query(Long.class)
                        .single())
                .as("victims' details never enter the audit trail")
                .isZero();
    }

    private static void assertNoVictimDetails(String shown, String where) {
        assertThat(shown)
                .as(where)
                .doesNotContain(NAME)
                .doesNotContain(OTHER_NAME)
                .doesNotContain(CONTACT)
                .doesNotContain("Sorrel Close")
                .doesNotContain(PRIVATE_WISHES);
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(data.authenticationOf(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
        return response.getContentAsString();
    }

    private static String id(String json) {
        return JsonPath.read(json, "$.id");
    }
}
