package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Victims in the child's case on PostgreSQL: the state of each victim's work on the child's side, the prompts on
 * the victim worker's <em>My work</em> (never the child's due items) and the measures — and never who the victims
 * are, for the case manager or the head of service on the child's pages. The victim work rows that the victim work
 * pages will record are written here as SQL fixtures on the V33 tables.
 */
@IntegrationTest
class VictimWorkInTheCaseIntegrationTest {

    /** Four victims of one offence, all recorded on Tuesday 1 December 2026. */
    static final String NOT_YET = "Marguerite Okonkwo-Hale";

    static final String CONTACTED = "Bartholomew Fennimore";
    static final String NO_CONTACT = "Ysolde Achterberg";
    static final String UNALLOCATED = "Cressida Wolstenholme";
    static final List<String> NAMES = List.of(NOT_YET, CONTACTED, NO_CONTACT, UNALLOCATED);
    static final String CONTACT_DETAILS = "07700 900456, 12 Larch Row";
    static final String SHARED = "Would like the fence repaired by the young person";
    static final String AVAILABILITY = "Weekday evenings after 6pm";

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
    String victimWorker;
    String manager;
    String head;
    String board;
    Child child;
    UUID offence;
    UUID notYet;
    UUID contacted;
    UUID noContact;
    UUID unallocated;

    @BeforeEach
    void fourVictimsOfOneOffence() throws Exception {
        service = data.service("VictimCase");
        caseManager = data.account("vc.cm", Role.CASE_MANAGER, service);
        victimWorker = data.account("vc.victims", Role.VICTIM_WORKER, service);
        manager = data.account("vc.mgr", Role.OPERATIONAL_MANAGER, service);
        head = data.account("vc.head", Role.HEAD_OF_SERVICE, service);
        board = data.account("vc.board", Role.BOARD_MEMBER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kieran", "Lowther", LocalDate.of(2010, 3, 3))));
        TestData.signOut();
        String created = body(as(data.apiToken(caseManager), post("/api/v1/children/{id}/offences", child.id()))
                .content("""
                        {"offenceDate": "2026-11-20", "description": "Damaged a garden fence", "category": "CRIMINAL_DAMAGE",
                         "plea": "GUILTY", "gravityScore": 2}
                        """));
        offence = id(created);
        String worker = data.apiToken(victimWorker);
        notYet = victim(worker, NOT_YET);
        contacted = victim(worker, CONTACTED);
        noContact = victim(worker, NO_CONTACT);
        unallocated = victim(worker, UNALLOCATED);
        jdbc.sql("""
                        update victim set created_at = timestamptz '2026-12-01 10:00 Europe/London', worker_id = :worker
                         where offence_id = :offence
                        """)
                .param("worker", data.userId(victimWorker))
                .param("offence", offence)
                .update();
        jdbc.sql("update victim set worker_id = null where id = :id")
                .param("id", unallocated)
                .update();
        jdbc.sql("""
                        update victim set shared_wishes = :shared, panel_availability = :availability, wants_updates = true
                         where id = :id
                        """)
                .param("shared", SHARED)
                .param("availability", AVAILABILITY)
                .param("id", contacted)
                .update();
        contact(contacted, "2026-12-02 11:00", false);
        contact(contacted, "2026-12-03 16:30", true);
        consent(contacted, "CONTACT", "GIVEN", "2026-12-03");
        consent(contacted, "SHARING", "GIVEN", "2026-12-03");
        consent(noContact, "CONTACT", "GIVEN", "2026-12-01");
        consent(noContact, "CONTACT", "REFUSED", "2026-12-02");
        jdbc.sql("""
                        insert into victim_offer (id, victim_id, service_id, offer, offered_on, response, recorded_at, recorded_by)
                        values (:id, :victim, :service, 'SUPPORT_SERVICES', date '2026-12-03', 'ACCEPTED', now(), 'fixture')
                        """)
                .param("id", UUID.randomUUID())
                .param("victim", contacted)
                .param("service", service.id())
                .update();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void recordingTheDisposalUpdateClearsItsPromptFromMyWork() throws Exception {
        body(as(data.apiToken(caseManager), post("/api/v1/children/{id}/interventions", child.id()))
                .content("""
                        {"type": "REFERRAL_ORDER", "startDate": "2026-12-02", "endDate": "2027-12-01",
                         "caseManagerId": "%s", "offenceIds": ["%s"]}
                        """.formatted(data.userId(caseManager), offence)));
        assertThat(page(victimWorker, "/work")).contains("Update to a victim: the disposal");
        String worker = data.apiToken(victimWorker);
        long version = version(body(as(worker, get("/api/v1/victims/{id}", contacted))));

        var stale = mvc.perform(as(worker, post("/api/v1/victims/{id}/updates", contacted))
                        .content("{\"version\": %d, \"keyPoint\": \"DISPOSAL\", \"givenOn\": \"2026-12-03\"}"
                                .formatted(version - 1)))
                .andReturn()
                .getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        var bad = mvc.perform(as(worker, post("/api/v1/victims/{id}/updates", contacted))
                        .content("{\"version\": %d, \"givenOn\": \"2026-11-30\"}".formatted(version)))
                .andReturn()
                .getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("keyPoint").contains("givenOn");
        assertThat(page(victimWorker, "/work")).contains("Update to a victim: the disposal");

        String saved =
                body(as(worker, post("/api/v1/victims/{id}/updates", contacted)).content("""
                        {"version": %d, "keyPoint": "DISPOSAL", "givenOn": "2026-12-03", "note": "Told by phone"}
                        """.formatted(version)));
        assertThat(version(saved)).isEqualTo(version + 1);
        assertThat(saved).contains("\"keyPoint\":\"DISPOSAL\"").contains("Told by phone");
        assertThat(page(victimWorker, "/work")).doesNotContain("Update to a victim: the disposal");
        assertThat(page(victimWorker, "/victims/" + contacted))
                .contains("Updates given")
                .contains("The disposal")
                .contains("3 December 2026")
                .contains("Told by phone");
        String history = jdbc.sql("select string_agg(summary, ' ') from audit_event where record_id = :id")
                .param("id", contacted)
                .query(String.class)
                .single();
        assertThat(history)
                .contains("Recorded an update given to a victim: the disposal, given on 3 December 2026")
                .doesNotContain("Told by phone");
    }

    @Test
    void theChildsSideSeesWhereTheWorkStandsAndNeverWhoTheVictimsAre() throws Exception {
        String json = body(as(data.apiToken(caseManager), get("/api/v1/children/{id}/victim-work", child.id())));
        assertThat(json)
                .contains("First contact attempt due by 15 December 2026")
                .contains("Victim contacted, wishes shared, offered support, asked to be kept informed")
                .contains("Victim asked for no contact")
                .contains(SHARED)
                .contains(AVAILABILITY);
        assertThat(json.split("First contact attempt", -1))
                .as("the two victims not yet contacted")
                .hasSize(3);
        assertNoVictimDetails(json, "the API answer");
        for (UUID victim : List.of(notYet, contacted, noContact, unallocated)) {
            assertThat(json).doesNotContain(victim.toString());
        }

        String page = page(caseManager, "/children/" + child.id() + "/offences");
        assertThat(page)
                .contains("Victim work")
                .contains("First contact attempt due by 15 December 2026")
                .contains("Victim asked for no contact")
                .contains(SHARED);
        assertNoVictimDetails(page, "the offences page");
        assertNoVictimDetails(page(head, "/children/" + child.id() + "/offences"), "the head of service's view");
        assertNoVictimDetails(page(manager, "/children/" + child.id() + "/history"), "the child's history");
        assertNoVictimDetails(page(caseManager, "/children/" + child.id() + "/due-items"), "the child's due items");
        assertThat(page(caseManager, "/children/" + child.id() + "/due-items")).doesNotContain("First contact");
    }

    @Test
    void sharingRefusedKeepsTheWishesFromTheCase() throws Exception {
        consent(contacted, "SHARING", "WITHDRAWN", "2026-12-04");

        String json = body(as(data.apiToken(caseManager), get("/api/v1/children/{id}/victim-work", child.id())));

        assertThat(json)
                .contains("Victim contacted, victim did not agree to share their wishes")
                .doesNotContain(SHARED)
                .doesNotContain(AVAILABILITY);
    }

    @Test
    void thePromptsAreOnTheVictimWorkersMyWorkAndTheManagersForTheUnallocated() throws Exception {
        String worker = page(victimWorker, "/work");
        assertThat(worker)
                .contains("Victim work (1)")
                .contains("First contact attempt with a victim")
                .contains("15 December 2026")
                .contains("10 working days after 1 December 2026, the day the victim was recorded");
        assertNoVictimDetails(worker, "the victim worker's My work");

        String managers = page(manager, "/work");
        assertThat(managers).contains("Victim work (1)").contains("First contact attempt with a victim");
        assertNoVictimDetails(managers, "the manager's My work");

        assertThat(page(caseManager, "/work")).doesNotContain("Victim work").doesNotContain("First contact attempt");
    }

    @Test
    void aDisposalMovesTheFirstContactAndPromptsTheUpdateTheVictimAskedFor() throws Exception {
        body(as(data.apiToken(caseManager), post("/api/v1/children/{id}/interventions", child.id()))
                .content("""
                        {"type": "REFERRAL_ORDER", "startDate": "2026-12-10", "endDate": "2027-12-09",
                         "caseManagerId": "%s", "offenceIds": ["%s"]}
                        """.formatted(data.userId(caseManager), offence)));
        String json = body(as(data.apiToken(caseManager), get("/api/v1/children/{id}/victim-work", child.id())));
        // 10 working days after Thursday 10 December 2026 is Thursday 24 December; 5 working days is 17 December.
        assertThat(json)
                .contains("First contact attempt due by 24 December 2026")
                .contains("asked to be kept informed, update on the disposal due by 17 December 2026");

        jdbc.sql("""
                        insert into victim_update (id, victim_id, service_id, key_point, given_on, recorded_at, recorded_by)
                        values (:id, :victim, :service, 'DISPOSAL', date '2026-12-11', now(), 'fixture')
                        """)
                .param("id", UUID.randomUUID())
                .param("victim", contacted)
                .param("service", service.id())
                .update();
        json = body(as(data.apiToken(caseManager), get("/api/v1/children/{id}/victim-work", child.id())));
        assertThat(json).contains("kept informed (1 update)").doesNotContain("update on the disposal");
    }

    @Test
    void theMeasuresCountTheVictimsOfThePeriodAndOnlyTheVictimCapabilityReachesThem() throws Exception {
        String period = "from-day=1&from-month=12&from-year=2026&to-day=31&to-month=12&to-year=2026";
        String measures = page(head, "/victims/measures?" + period);
        assertThat(measures)
                .contains("Victims recorded in the period")
                .contains("25% of 4")
                .contains("See the victims");
        assertNoVictimDetails(measures, "the measures page");

        String drilled = page(head, "/victims/measures/victims?measure=contacted&" + period);
        assertThat(drilled).contains(CONTACTED).doesNotContain(NOT_YET);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where record_type = 'VICTIM' and record_id = :victim
                           and summary = 'Viewed a victim in the victim measures'
                        """).param("victim", contacted).query(Long.class).single())
                .isEqualTo(1);

        // A Board member may not see the victims or the children behind them: counts below 5 are not shown, nor is a
        // share of a total below 5 (it would give the count away).
        String boards = page(board, "/victims/measures?" + period);
        assertThat(boards)
                .contains("Figures from fewer than 5 victims are not shown")
                .contains("Fewer than 5")
                .contains("Not shown")
                .doesNotContain("25% of 4", "See the victims");
        mvc.perform(get("/victims/measures/victims?measure=contacted&" + period)
                        .with(authentication(data.authenticationOf(board))))
                .andExpect(status().isForbidden());

        String api = body(as(data.apiToken(head), get("/api/v1/victims/measures?from=2026-12-01&to=2026-12-31")));
        assertThat(api)
                .contains("\"key\":\"victims\",\"label\":\"Victims recorded in the period\",\"count\":4")
                .contains(
                        "\"key\":\"contacted\",\"label\":\"Victims contacted\",\"count\":1,\"denominatorKey\":\"victims\","
                                + "\"denominator\":4,\"percent\":25,\"suppressed\":false")
                .contains("\"key\":\"keptInformed\"");
        assertNoVictimDetails(api, "the measures API");
        String boardApi = body(as(data.apiToken(board), get("/api/v1/victims/measures?from=2026-12-01&to=2026-12-31")));
        assertThat(boardApi)
                // no count, denominator or percent at all (nulls are left out of answers)
                .contains("\"key\":\"victims\",\"label\":\"Victims recorded in the period\",\"suppressed\":true")
                .contains("\"key\":\"contacted\",\"label\":\"Victims contacted\",\"denominatorKey\":\"victims\","
                        + "\"suppressed\":true")
                .doesNotContain("\"count\":1,", "\"count\":4");
        api = api + boardApi;
        assertNoVictimDetails(api, "the measures API");
        for (UUID victim : List.of(notYet, contacted, noContact, unallocated)) {
            assertThat(api).doesNotContain(victim.toString());
        }
    }

    @Test
    void theMeasuresApiIsForThePermittedRolesAndTheirServiceOnly() throws Exception {
        mvc.perform(get("/api/v1/victims/measures?from=2026-12-01&to=2026-12-31"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/victims/measures?from=2026-12-01&to=2026-12-31")
                        .header("Authorization", "Bearer " + data.apiToken(caseManager)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/victims/measures").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        YouthJusticeService other = data.service("VictimCaseOther");
        mvc.perform(get("/api/v1/victims/measures?from=2026-12-01&to=2026-12-31&service=" + other.id())
                        .header("Authorization", "Bearer " + data.apiToken(head)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/victims/measures?from=2026-12-31&to=2026-12-01")
                        .header("Authorization", "Bearer " + data.apiToken(head)))
                .andExpect(status().isBadRequest());
        String typo = page(
                head, "/victims/measures?from-day=31&from-month=2&from-year=2026&to-day=1&to-month=3&to-year=2026");
        assertThat(typo).contains("There is a problem");
    }

    @Test
    void theChildsVictimWorkApiIsForThoseWhoMaySeeTheChildInTheirService() throws Exception {
        mvc.perform(get("/api/v1/children/{id}/victim-work", child.id())).andExpect(status().isUnauthorized());
        // A Board member sees no child at all.
        mvc.perform(get("/api/v1/children/{id}/victim-work", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(board)))
                .andExpect(status().isForbidden());
        String elsewhere = data.account("vc.other", Role.CASE_MANAGER, data.service("VictimCaseElsewhere"));
        mvc.perform(get("/api/v1/children/{id}/victim-work", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(elsewhere)))
                .andExpect(status().isNotFound());
    }

    private void assertNoVictimDetails(String shown, String where) {
        for (String name : NAMES) {
            assertThat(shown).as(where).doesNotContain(name);
        }
        assertThat(shown).as(where).doesNotContain(CONTACT_DETAILS).doesNotContain("Larch Row");
    }

    private UUID victim(String token, String name) throws Exception {
        return id(body(as(token, post("/api/v1/offences/{id}/victims", offence))
                .content("{\"kind\": \"PERSON\", \"name\": \"" + name + "\", \"contact\": \"" + CONTACT_DETAILS
                        + "\", \"consentsToContact\": true}")));
    }

    private void contact(UUID victim, String at, boolean made) {
        jdbc.sql("""
                        insert into victim_contact (id, victim_id, service_id, occurred_at, method, with_whom, made, recorded_at, recorded_by)
                        values (:id, :victim, :service, cast(:at as timestamp) at time zone 'Europe/London', 'PHONE', 'VICTIM', :made, now(), 'fixture')
                        """)
                .param("id", UUID.randomUUID())
                .param("victim", victim)
                .param("service", service.id())
                .param("at", at)
                .param("made", made)
                .update();
    }

    private void consent(UUID victim, String subject, String decision, String on) {
        jdbc.sql("""
                        insert into victim_consent (id, victim_id, service_id, subject, decision, decided_on, lawful_basis, recorded_at, recorded_by)
                        values (:id, :victim, :service, :subject, :decision, cast(:on as date), 'CONSENT', now(), 'fixture')
                        """)
                .param("id", UUID.randomUUID())
                .param("victim", victim)
                .param("service", service.id())
                .param("subject", subject)
                .param("decision", decision)
                .param("on", on)
                .update();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(authentication(data.authenticationOf(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isLessThan(300);
        return response.getContentAsString();
    }

    private static long version(String json) {
        return Long.parseLong(json.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
    }

    private static UUID id(String json) {
        return UUID.fromString(json.replaceAll("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1"));
    }
}
