package org.desist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.platform.StaleRecordException;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared base of the concurrent-save ("lost update") tests of every module: a service, a case manager, a
 * manager and a child, the {@link LostUpdateRace} and the {@link CommittedEvents}. It runs in the context the
 * {@link February2027} tests share, so it adds none.
 */
@IntegrationTest
@Import(February2027.class)
public abstract class LostUpdateTest {

    @Autowired
    protected ChildRecords childRecords;

    @Autowired
    protected LostUpdateRace race;

    @Autowired
    protected CommittedEvents events;

    @Autowired
    protected TestData data;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TransactionTemplate transactions;

    @Autowired
    protected ChildRecordService records;

    @Autowired
    protected Offences offences;

    @Autowired
    protected org.springframework.test.web.servlet.MockMvc mvc;

    /** API tokens of {@link #caseManager} and {@link #manager}. */
    protected String cmToken;

    protected String mgrToken;

    protected YouthJusticeService service;
    protected String caseManager;
    protected String manager;
    protected Child child;

    @BeforeEach
    void aServiceAndAChild() {
        service = data.service("Race");
        caseManager = data.account("race.cm", Role.CASE_MANAGER, service);
        manager = data.account("race.mgr", Role.OPERATIONAL_MANAGER, service);
        cmToken = data.apiToken(caseManager);
        mgrToken = data.apiToken(manager);
        child = as(
                caseManager,
                () -> records.register(service.id(), TestData.child("Rory", "Race", LocalDate.of(2010, 3, 14))));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    /** Runs {@code work} in a transaction, signed in as {@code username}. */
    protected <T> T as(String username, java.util.function.Supplier<T> work) {
        data.actAs(username);
        try {
            return transactions.execute(status -> work.get());
        } finally {
            TestData.signOut();
        }
    }

    protected UUID offence(LocalDate on) {
        return as(
                        caseManager,
                        () -> offences.record(
                                childRecords.responsibleChild(child.id()),
                                new Offences.NewOffence(
                                        on,
                                        "Took a bicycle from outside a shop",
                                        OffenceCategory.THEFT_AND_HANDLING,
                                        Plea.GUILTY,
                                        null,
                                        false,
                                        false,
                                        3,
                                        0,
                                        null)))
                .id();
    }

    /** The version the row now has. */
    protected long version(String table, UUID id) {
        return jdbc.sql("select version from " + table + " where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** How many CHANGED rows the audit trail holds for {@code recordType} {@code id} at {@code version}. */
    protected long changedAuditRows(String recordType, UUID id, long version) {
        return jdbc.sql("""
                        select count(*) from audit_event
                         where record_type = :type and record_id = :id and record_version = :version
                           and action = 'CHANGED'
                        """)
                .param("type", recordType)
                .param("id", id)
                .param("version", version)
                .query(Long.class)
                .single();
    }

    /**
     * The standard outcome of a race from version {@code seen}: A won, B is stale and was told who saved, the row is
     * at {@code seen + 1}, and the trail has exactly one change for that version.
     */
    protected StaleRecordException oneWins(
            LostUpdateRace.Outcome outcome, String table, String recordType, UUID id, long seen) {
        StaleRecordException stale = outcome.loserIsStale();
        assertThat(stale.currentVersion()).isEqualTo(seen + 1);
        assertThat(version(table, id)).isEqualTo(seen + 1);
        assertThat(changedAuditRows(recordType, id, seen + 1)).isEqualTo(1);
        assertThat(changedAuditRows(recordType, id, seen + 2)).isZero();
        return stale;
    }

    /** An API call with {@code token}, with a JSON body unless null. */
    protected org.springframework.test.web.servlet.ResultActions api(
            String token,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json)
            throws Exception {
        request.header("Authorization", "Bearer " + token);
        if (json != null) {
            request.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content(json);
        }
        return mvc.perform(request);
    }

    /** The id of what an API call created (or answered with). */
    protected UUID created(
            String token,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json)
            throws Exception {
        String body = api(token, request, json).andReturn().getResponse().getContentAsString();
        assertThat(body).as("created").contains("\"id\"");
        return UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
    }

    protected UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    /** A referral order started on 18 December 2026, through the API; its id. */
    protected UUID referralOrder() throws Exception {
        return created(
                cmToken,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/children/{id}/interventions", child.id()),
                """
                {"type": "REFERRAL_ORDER", "startDate": "2026-12-18", "endDate": "2027-06-18"}""");
    }

    /** A complete draft assessment of the intervention at version 1, through the API; its id. */
    protected UUID completeDraftAssessment(UUID interventionId) throws Exception {
        UUID id = created(
                cmToken,
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/api/v1/interventions/{id}/assessments", interventionId),
                null);
        api(
                        cmToken,
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/assessments/{id}", id),
                        """
                        {"version": 0, "details": {
                          "desistance": {"offendingFactors": "Older peers", "desistanceFactors": "Boxing club",
                            "strengths": "Close to his gran", "maturityAndMotivation": "Wants to change",
                            "diversityAndContext": "Lives with mum and two younger siblings",
                            "structuralBarriers": "Excluded from school", "likelihoodOfReoffending": "MEDIUM"},
                          "safetyAndWellbeing": {"concerns": "Owes money to older peers",
                            "concernTypes": ["DRUG_DEBTS", "EXPLOITATION"], "classification": "LOW",
                            "analysis": "The debt is being chased"},
                          "riskOfHarm": {"harm": "Assault with a weapon", "to": ["PEERS"],
                            "likelihood": "When challenged", "seriousness": "Serious injury", "classification": "LOW"},
                          "sources": {"consulted": ["POLICE", "EDUCATION"], "childViews": "Wants to stay at home",
                            "parentsViews": "Mum is worried about his friends"},
                          "screening": {"speechLanguageAndCommunication": "Referred for SLCN assessment"}
                        }}""")
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk());
        return id;
    }

    /** What two racing API saves answered. */
    protected record ApiOutcome(int a, int b, String bBody, boolean bWaitedForA) {}

    /**
     * Two API saves of {@code username}'s ({@code token} for A, a second token for B) racing as {@link LostUpdateRace} makes them: each request runs in the
     * race's transaction on its own thread (the service joins it), so A commits only once B waits for its lock.
     */
    protected ApiOutcome apiRace(
            String username,
            String token,
            java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> a,
            String jsonA,
            java.util.function.Supplier<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> b,
            String jsonB) {
        // B signs in with a token of its own: using one token would make B wait on the token's row, not the record's.
        String tokenB = data.apiToken(username);
        java.util.concurrent.atomic.AtomicInteger statusA = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger statusB = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> bodyB = new java.util.concurrent.atomic.AtomicReference<>();
        LostUpdateRace.Outcome outcome = race.race(
                username,
                () -> {
                    var response = call(token, a.get(), jsonA);
                    statusA.set(response.getStatus());
                    return response.getStatus();
                },
                () -> {
                    var response = call(tokenB, b.get(), jsonB);
                    statusB.set(response.getStatus());
                    bodyB.set(content(response));
                    return response.getStatus();
                });
        assertThat(outcome.aFailure()).as("save A").isNull();
        return new ApiOutcome(statusA.get(), statusB.get(), bodyB.get(), outcome.bWaitedForA());
    }

    /** A's API save won, B's was answered 409 stale, the row is at {@code seen + 1} with one audited change. */
    protected void oneWinsViaApi(ApiOutcome outcome, String table, String recordType, UUID id, long seen) {
        assertThat(outcome.bWaitedForA()).as("save B waited for A's row lock").isTrue();
        assertThat(outcome.a()).as("save A").isBetween(200, 299);
        assertThat(outcome.b()).as("save B: " + outcome.bBody()).isEqualTo(409);
        assertThat(outcome.bBody()).contains("stale-version");
        assertThat(version(table, id)).isEqualTo(seen + 1);
        assertThat(changedAuditRows(recordType, id, seen + 1)).isEqualTo(1);
        assertThat(changedAuditRows(recordType, id, seen + 2)).isZero();
    }

    private org.springframework.mock.web.MockHttpServletResponse call(
            String token,
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json) {
        try {
            return api(token, request, json).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String content(org.springframework.mock.web.MockHttpServletResponse response) {
        try {
            return response.getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
