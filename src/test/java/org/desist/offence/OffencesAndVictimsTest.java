package org.desist.offence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.transaction.support.TransactionTemplate;

/** Offences with their gravity score; victims protected from everyone who does not need them. */
@IntegrationTest
class OffencesAndVictimsTest {

    static final String VICTIM_NAME = "Dorothy Pemberton-Vale";

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
    Child child;

    @BeforeEach
    void aChild() {
        service = data.service("Offence");
        caseManager = data.account("off.cm", Role.CASE_MANAGER, service);
        victimWorker = data.account("off.victims", Role.SPECIALIST_WORKER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Connor", "Ashby", LocalDate.of(2010, 8, 8))));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private String offence(String token, String json) throws Exception {
        return mvc.perform(post("/api/v1/children/{id}/offences", child.id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anOffenceIsRecordedWithItsGravityScoreAndItsRulesAreChecked() throws Exception {
        String token = data.apiToken(caseManager);
        String invalid = offence(token, """
                {"offenceDate": "2019-01-01", "description": "", "category": "ROBBERY", "plea": "ADMITTED",
                 "gravityScore": 3, "gravityAdjustment": 1}
                """);
        assertThat(invalid)
                .contains("below the age of criminal responsibility")
                .contains("Describe the offence")
                .contains("Explain the aggravating factors");
        String created = offence(token, """
                {"offenceDate": "2026-09-14", "description": "Took a phone by threatening force", "category": "ROBBERY",
                 "plea": "ADMITTED", "seriousYouthViolence": true, "gravityScore": 3, "gravityAdjustment": 1,
                 "gravityRationale": "Group offence at night"}
                """);
        assertThat(created).contains("\"score\":3,\"adjustment\":1").doesNotContain("errors");
        mvc.perform(get("/api/v1/children/{id}/offences", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].gravity.score").value(3))
                .andExpect(jsonPath("$[0].gravity.adjustment").value(1))
                .andExpect(jsonPath("$[0].seriousYouthViolence").value(true));
    }

    @Test
    void victimsAreOnlyForRolesThatNeedThemAndNeverOnTheChildsSide() throws Exception {
        String created = offence(data.apiToken(caseManager), """
                {"offenceDate": "2026-09-14", "description": "Assault", "category": "VIOLENCE_AGAINST_THE_PERSON",
                 "plea": "GUILTY", "gravityScore": 4}
                """);
        UUID offence = UUID.fromString(created.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1"));

        String workerToken = data.apiToken(victimWorker);
        mvc.perform(post("/api/v1/offences/{id}/victims", offence)
                        .header("Authorization", "Bearer " + workerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"PERSON\", \"name\": \"" + VICTIM_NAME
                                + "\", \"contact\": \"07700 900123\", \"wishes\": \"Would like a letter of apology\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/offences/{id}/victims", offence).header("Authorization", "Bearer " + workerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value(VICTIM_NAME));

        // The case manager works with the child: no victim details for them, on any page or API answer.
        String caseManagerToken = data.apiToken(caseManager);
        mvc.perform(get("/api/v1/offences/{id}/victims", offence).header("Authorization", "Bearer " + caseManagerToken))
                .andExpect(status().isForbidden());
        var asCaseManager = authentication(data.authenticationOf(caseManager));
        mvc.perform(get("/offences/{id}/victims", offence).with(asCaseManager)).andExpect(status().isForbidden());
        var manager = authentication(data.authenticationOf(data.account("off.mgr", Role.OPERATIONAL_MANAGER, service)));
        for (String path : new String[] {
            "",
            "/details",
            "/people",
            "/flags",
            "/offences",
            "/out-of-court",
            "/court",
            "/interventions",
            "/due-items",
            "/history"
        }) {
            var who = path.equals("/history") ? manager : asCaseManager;
            String page = mvc.perform(get("/children/" + child.id() + path).with(who))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).as(path).doesNotContain(VICTIM_NAME).doesNotContain("07700 900123");
        }
        for (String path : new String[] {
            "/api/v1/children/" + child.id(),
            "/api/v1/children/" + child.id() + "/offences",
            "/api/v1/children/" + child.id() + "/victim-work",
            "/api/v1/children/" + child.id() + "/out-of-court-referrals",
            "/api/v1/children/" + child.id() + "/court-appearances",
            "/api/v1/children/" + child.id() + "/court-reports",
            "/api/v1/children/" + child.id() + "/interventions"
        }) {
            String json = mvc.perform(get(path).header("Authorization", "Bearer " + caseManagerToken))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(json).as(path).doesNotContain(VICTIM_NAME);
        }
        assertThat(jdbc.sql("select count(*) from audit_event where summary like :name or changes::text like :name")
                        .param("name", "%" + VICTIM_NAME + "%")
                        .query(Long.class)
                        .single())
                .as("victims' details never enter the audit trail")
                .isZero();
    }
}
