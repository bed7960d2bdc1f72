package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.platform.Clocks;
import org.desist.security.Role;
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

/** The victims API: 401, 403 (a case manager), 404 (another service), 409 and 400 first; then each change. */
@IntegrationTest
class VictimsApiIntegrationTest {

    static final String NAME = "Marigold Testperson-Quince";
    static final String OUTCOME = "Spoke about the letter of apology at length";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    Victims victims;

    @Autowired
    Interventions interventions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    VictimFixture fixture;
    VictimFixture.Setup s;
    String otherVictimWorker;

    @BeforeEach
    void aVictim() {
        fixture = new VictimFixture(data, records, offences, victims, interventions, transactions);
        s = fixture.setUp("VictimApi", NAME, OffenceCategory.VIOLENCE_AGAINST_THE_PERSON);
        otherVictimWorker = data.account("vapi.other", Role.VICTIM_WORKER, data.service("VictimApiOther"));
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

    private String victim() {
        return "/api/v1/victims/" + s.victimId();
    }

    private static final String ATTEMPT = """
            {"version": %d, "occurredAt": "2026-12-01T10:30:00Z", "method": "PHONE", "withWhom": "VICTIM",
             "made": false}""";

    @Test
    void withoutATokenTheCapabilityOrTheServiceTheApiRefuses() throws Exception {
        call(null, get("/api/v1/victims"), null).andExpect(status().isUnauthorized());
        call(null, get(victim()), null).andExpect(status().isUnauthorized());
        call(null, post(victim() + "/contacts"), ATTEMPT.formatted(0)).andExpect(status().isUnauthorized());

        call(s.caseManager(), get("/api/v1/victims"), null).andExpect(status().isForbidden());
        call(s.caseManager(), get(victim()), null).andExpect(status().isForbidden());
        call(s.caseManager(), post(victim() + "/contacts"), ATTEMPT.formatted(0))
                .andExpect(status().isForbidden());
        String headOfService = data.account("vapi.hos", Role.HEAD_OF_SERVICE, s.service());
        call(headOfService, get(victim()), null).andExpect(status().isOk());
        call(headOfService, post(victim() + "/contacts"), ATTEMPT.formatted(0)).andExpect(status().isForbidden());

        call(otherVictimWorker, get(victim()), null).andExpect(status().isNotFound());
        call(otherVictimWorker, post(victim() + "/contacts"), ATTEMPT.formatted(0))
                .andExpect(status().isNotFound());
        String update = "{\"version\": 0, \"keyPoint\": \"OTHER\", \"givenOn\": \"" + LocalDate.now(Clocks.UK) + "\"}";
        call(null, post(victim() + "/updates"), update).andExpect(status().isUnauthorized());
        call(s.caseManager(), post(victim() + "/updates"), update).andExpect(status().isForbidden());
        call(headOfService, post(victim() + "/updates"), update).andExpect(status().isForbidden());
        call(otherVictimWorker, post(victim() + "/updates"), update).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from victim_update where victim_id = :v")
                        .param("v", s.victimId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from victim_contact where victim_id = :v")
                        .param("v", s.victimId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaleVersionIsAConflictAndBadInputIsAProblemDetailNamingTheField() throws Exception {
        call(s.victimWorker(), post(victim() + "/contacts"), ATTEMPT.formatted(0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        call(s.victimWorker(), post(victim() + "/contacts"), ATTEMPT.formatted(0))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Stale version"));
        call(s.victimWorker(), post(victim() + "/contacts"), """
                        {"version": 1, "occurredAt": "2026-12-01T11:00:00Z", "method": "PHONE", "withWhom": "VICTIM",
                         "made": true}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        call(s.victimWorker(), post(victim() + "/consents"), """
                        {"version": 1, "subject": "CONTACT", "decision": "GIVEN", "decidedOn": "2099-01-01"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("decidedOn", "lawfulBasis")));
        call(s.victimWorker(), post(victim() + "/offers"), "{\"offer\": \"INFORMATION\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("select version from victim where id = :v")
                        .param("v", s.victimId())
                        .query(Long.class)
                        .single())
                .as("refused changes write nothing")
                .isEqualTo(1L);
    }

    @Test
    void theVictimWorkerRecordsTheWorkAndTheAuditTrailCarriesNoDetails() throws Exception {
        call(s.victimWorker(), get("/api/v1/victims?worker=all"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + s.victimId() + "')].name").value(NAME))
                .andExpect(jsonPath("$[?(@.id == '" + s.victimId() + "')].workerId")
                        .isEmpty());
        String me = data.userId(s.victimWorker()).toString();
        call(s.victimWorker(), put(victim() + "/allocation"), "{\"version\": 0, \"workerId\": \"" + me + "\"}")
                .andExpect(status().isOk());
        call(s.caseManager(), put(victim() + "/allocation"), "{\"version\": 1, \"workerId\": \"" + me + "\"}")
                .andExpect(status().isForbidden());
        call(
                        s.victimWorker(),
                        put(victim() + "/allocation"),
                        "{\"version\": 1, \"workerId\": \"" + data.userId(s.caseManager()) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workerId"));
        call(s.victimWorker(), get("/api/v1/victims"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].contactConsent").value("NOT_ASKED"))
                .andExpect(jsonPath("$[0].offersOutstanding", hasSize(4)));
        call(s.victimWorker(), post(victim() + "/contacts"), ATTEMPT.formatted(1))
                .andExpect(status().isOk());
        call(s.victimWorker(), post(victim() + "/contacts"), """
                        {"version": 2, "occurredAt": "2026-12-02T14:00:00Z", "method": "VISIT", "withWhom": "VICTIM",
                         "made": true, "outcome": "%s"}""".formatted(OUTCOME))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts", hasSize(2)));
        call(s.victimWorker(), post(victim() + "/consents"), """
                        {"version": 3, "subject": "SHARING", "decision": "GIVEN", "decidedOn": "2026-12-02",
                         "lawfulBasis": "CONSENT"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharingConsent").value("GIVEN"));
        call(s.victimWorker(), put(victim() + "/wishes"), """
                        {"version": 4, "wishes": "A letter of apology", "needs": "Evening calls only",
                         "sharedWishes": "Would welcome a letter of apology", "panelAvailability": "Weekday evenings",
                         "wantsUpdates": true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharedWishes").value("Would welcome a letter of apology"))
                .andExpect(jsonPath("$.wantsUpdates").value(true));
        call(s.victimWorker(), post(victim() + "/offers"), """
                        {"version": 5, "offer": "RESTORATIVE_JUSTICE", "offeredOn": "2026-12-02",
                         "response": "ACCEPTED"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offers[0].response").value("ACCEPTED"));
        call(s.victimWorker(), post(victim() + "/support-referrals"), """
                        {"version": 6, "service": "Northbridge Victim Support Hub", "referredOn": "2026-12-03"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supportReferrals[0].service").value("Northbridge Victim Support Hub"));
        call(s.victimWorker(), post(victim() + "/consents"), """
                        {"version": 7, "subject": "CONTACT", "decision": "WITHDRAWN", "decidedOn": "2026-12-04",
                         "lawfulBasis": "CONSENT"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        call(s.victimWorker(), post(victim() + "/consents"), """
                        {"version": 7, "subject": "CONTACT", "decision": "REFUSED", "decidedOn": "2026-12-04",
                         "lawfulBasis": "PUBLIC_TASK", "note": "Asked for no more calls"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contactConsent").value("REFUSED"))
                .andExpect(jsonPath("$.firstContactDue").doesNotExist());
        call(s.victimWorker(), post(victim() + "/contacts"), ATTEMPT.formatted(8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(s.victimWorker(), post(victim() + "/contacts"), """
                        {"version": 8, "occurredAt": "2026-12-05T09:00:00Z", "method": "LETTER", "withWhom": "VICTIM",
                         "made": false, "reason": "The court asked us to confirm the order was made"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[2].reason").value("The court asked us to confirm the order was made"));
        // the reason in its own column (V39), the outcome left as it was given (none for an attempt)
        assertThat(jdbc.sql("select count(*) from victim_contact where reason = :r and outcome is null")
                        .param("r", "The court asked us to confirm the order was made")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        call(s.victimWorker(), put(victim() + "/vlu-referral"), "{\"version\": 9, \"referredOn\": \"2026-12-05\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referredOn"));
        call(s.victimWorker(), put(victim() + "/closure"), """
                        {"version": 9, "closedOn": "%s", "reason": "The victim asked for no more contact"}""".formatted(LocalDate.now(org.desist.platform.Clocks.UK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closedOn")
                        .value(LocalDate.now(org.desist.platform.Clocks.UK).toString()));
        call(s.victimWorker(), post(victim() + "/offers"), """
                        {"version": 10, "offer": "INFORMATION", "offeredOn": "2026-12-06"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("closed"));
        call(s.victimWorker(), get("/api/v1/victims"), null).andExpect(jsonPath("$", hasSize(0)));

        assertThat(jdbc.sql("""
                        select count(*) from audit_event where record_id = :v and action = 'CHANGED'
                        """).param("v", s.victimId()).query(Long.class).single())
                .isEqualTo(10L);
        for (String detail : new String[] {
            NAME, OUTCOME, "apology", "Evening calls", "Victim Support Hub", "no more", "court asked", "07700"
        }) {
            assertThat(jdbc.sql("""
                            select count(*) from audit_event
                             where summary ilike :d or coalesce(changes::text, '') ilike :d
                            """)
                            .param("d", "%" + detail + "%")
                            .query(Long.class)
                            .single())
                    .as("the audit trail carries no victim's details: " + detail)
                    .isZero();
        }
    }

    @Test
    void aVictimOfViolenceWithTwelveMonthsCustodyIsReferredToTheVictimLiaisonUnit() throws Exception {
        call(s.victimWorker(), get(victim()), null)
                .andExpect(jsonPath("$.eligibleForVictimContactService").value(false));
        fixture.custody(
                s, InterventionType.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2026, 11, 2), LocalDate.of(2027, 11, 2));
        call(s.victimWorker(), get(victim()), null)
                .andExpect(jsonPath("$.eligibleForVictimContactService").value(true));
        call(s.victimWorker(), put(victim() + "/vlu-referral"), """
                        {"version": 0, "referredOn": "2026-11-20", "note": "Through the seconded probation officer"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vluReferredOn").value("2026-11-20"));
        call(s.victimWorker(), put(victim() + "/vlu-referral"), "{\"version\": 1, \"referredOn\": \"2026-11-21\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("referredOn"));
    }

    @Test
    void aVictimIsLinkedToAnotherOffenceOfTheServiceOnly() throws Exception {
        data.actAs(s.caseManager());
        var second = fixture.offence(s.child(), OffenceCategory.CRIMINAL_DAMAGE);
        TestData.signOut();
        call(s.victimWorker(), post(victim() + "/offences"), "{\"version\": 0, \"offenceId\": \"" + second.id() + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.offenceIds", hasSize(2)));
        call(s.victimWorker(), post(victim() + "/offences"), "{\"version\": 1, \"offenceId\": \"" + second.id() + "\"}")
                .andExpect(status().isBadRequest());
        var other = fixture.setUp("VictimApiElsewhere", "Someone Else-Testname", OffenceCategory.ROBBERY);
        call(
                        s.victimWorker(),
                        post(victim() + "/offences"),
                        "{\"version\": 1, \"offenceId\": \"" + other.offence().id() + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offenceId"));
    }
}
