package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case moves between services with its whole record, in one transaction: the child, offences, victims,
 * interventions and due items; the old service then gets 404 and the new one sees it all.
 */
@IntegrationTest
class CaseTransferIntegrationTest {

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
    TransferFailureForTests failure;

    YouthJusticeService from;
    YouthJusticeService to;
    String manager;
    String caseManager;
    String receiver;
    Child child;
    String interventionId;
    String offenceId;

    @BeforeEach
    void aCaseWithItsWork() throws Exception {
        from = data.service("Leaving");
        to = data.service("Receiving");
        manager = data.account("tr.manager", Role.OPERATIONAL_MANAGER, from);
        caseManager = data.account("tr.cm", Role.CASE_MANAGER, from);
        receiver = data.account("tr.receiver", Role.CASE_MANAGER, to);
        child = aChild("Kai", "Brennan");
        jdbc.sql("update child set case_manager_id = :cm where id = :id")
                .param("cm", staffId(caseManager))
                .param("id", child.id())
                .update();
        offenceId = anOffence(child);
        interventionId = aReferralOrder(child, offenceId);
        call(
                        manager,
                        post("/api/v1/offences/{id}/victims", offenceId)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"kind\": \"PERSON\", \"name\": \"Vera Victim\"}"))
                .andExpect(status().isCreated());
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theWholeRecordMovesAndTheOldServiceNoLongerSeesIt() throws Exception {
        call(manager, transfer(child.id(), child.version(), to.id(), "Moved to live with an aunt for good"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.toServiceId").value(to.id().toString()))
                .andExpect(jsonPath("$.caseManagerKept").value(false));

        for (String user : List.of(manager, caseManager)) {
            call(user, get("/api/v1/children/{id}", child.id())).andExpect(status().isNotFound());
            call(user, get("/api/v1/interventions/{id}", interventionId)).andExpect(status().isNotFound());
            call(user, get("/api/v1/children/{id}/offences", child.id())).andExpect(status().isNotFound());
        }

        call(receiver, get("/api/v1/children/{id}", child.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceId").value(to.id().toString()))
                .andExpect(jsonPath("$.details.caseManagerId").doesNotExist());
        call(receiver, get("/api/v1/children/{id}/offences", child.id()))
                .andExpect(jsonPath("$[0].id").value(offenceId))
                .andExpect(jsonPath("$[0].serviceId").value(to.id().toString()));
        call(receiver, get("/api/v1/interventions/{id}", interventionId))
                .andExpect(jsonPath("$.serviceId").value(to.id().toString()))
                .andExpect(jsonPath("$.caseManagerId").doesNotExist());
        call(receiver, get("/api/v1/interventions/{id}/allocations", interventionId))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].caseManagerId").doesNotExist())
                .andExpect(jsonPath("$[1].reason").value("The case moved to " + to.name() + ", which allocates it"));
        call(receiver, get("/api/v1/children/{id}/due-items", child.id()))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].rule")
                        .value("referral-order-initial-panel"))
                .andExpect(jsonPath("$[?(@.rule == 'referral-order-initial-panel')].status")
                        .value("OPEN"));
        assertThat(serviceOf("due_item", "child_id", child.id())).containsOnly(to.id());
        assertThat(jdbc.sql("select count(*) from due_item where child_id = :c and owner_id is not null")
                        .param("c", child.id())
                        .query(Long.class)
                        .single())
                .as("the old case manager no longer owns the work")
                .isZero();
        assertThat(serviceOf("victim", "child_id", child.id())).containsOnly(to.id());
        assertThat(mvc.perform(get("/children/{id}", child.id()).with(authentication(data.authenticationOf(receiver))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Kai Brennan");

        // Both services' trails show the transfer; the trail from before keeps its service.
        List<String> trail =
                jdbc.sql("""
                        select service_id || ' ' || summary from audit_event
                         where child_id = :child and action <> 'VIEWED' order by id
                        """).param("child", child.id()).query(String.class).list();
        assertThat(trail)
                .anyMatch(line -> line.startsWith(from.id().toString()) && line.contains("Created the record"))
                .anyMatch(line -> line.equals(from.id() + " Transferred the case of Kai Brennan to " + to.name()))
                .anyMatch(line -> line.equals(to.id() + " Received the case of Kai Brennan from " + from.name()))
                .anyMatch(line -> line.startsWith(to.id().toString()) && line.contains("Offence received"))
                .anyMatch(line -> line.startsWith(to.id().toString()) && line.contains("Received from " + from.name()))
                .noneMatch(line -> line.contains("Vera"));
    }

    @Test
    void aFailureHalfWayRollsBackEverything() {
        failure.failTransfersOf(child.id());
        data.actAs(manager);
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        s -> records.transfer(child.id(), child.version(), to.id(), "Moving away")))
                .hasMessageContaining("could not take the case");
        TestData.signOut();

        assertThat(serviceOf("child", "id", child.id())).containsOnly(from.id());
        assertThat(serviceOf("offence", "child_id", child.id())).containsOnly(from.id());
        assertThat(serviceOf("victim", "child_id", child.id())).containsOnly(from.id());
        assertThat(serviceOf("intervention", "child_id", child.id())).containsOnly(from.id());
        assertThat(serviceOf("due_item", "child_id", child.id())).containsOnly(from.id());
        assertThat(jdbc.sql("select count(*) from due_item where child_id = :c and owner_id is null")
                        .param("c", child.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = :c and summary like 'Transferred%'")
                        .param("c", child.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theTargetMustExistAndDifferAndAReasonIsRequired() throws Exception {
        call(manager, transfer(child.id(), child.version(), UUID.randomUUID(), "Moving"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("toServiceId"))
                .andExpect(jsonPath("$.errors[0].message").value("Select a youth justice service that exists"));
        call(manager, transfer(child.id(), child.version(), from.id(), " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'toServiceId')].message")
                        .value("Select another service: the case is already with " + from.name()))
                .andExpect(jsonPath("$.errors[?(@.field == 'reason')].message")
                        .value("Enter why the case is moving to another service"));
        call(manager, transfer(child.id(), child.version() + 5, to.id(), "Moving"))
                .andExpect(status().isConflict());
        assertThat(serviceOf("child", "id", child.id())).containsOnly(from.id());
        assertThat(serviceOf("offence", "child_id", child.id())).containsOnly(from.id());
    }

    @Test
    void onlyAnOperationalManagerOfTheChildsServiceMayTransfer() throws Exception {
        String headOfService = data.account("tr.head", Role.HEAD_OF_SERVICE, from);
        String qa = data.account("tr.qa", Role.QA_LEAD, from);
        for (String user : List.of(caseManager, headOfService, qa)) {
            call(user, transfer(child.id(), child.version(), to.id(), "Moving")).andExpect(status().isForbidden());
        }
        String otherManager = data.account("tr.othermgr", Role.OPERATIONAL_MANAGER, to);
        call(otherManager, transfer(child.id(), child.version(), to.id(), "Moving"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/{id}/transfer", child.id()).with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isForbidden());
        assertThat(serviceOf("child", "id", child.id())).containsOnly(from.id());
    }

    @Test
    void thePagesAskCheckAndConfirm() throws Exception {
        var as = authentication(data.authenticationOf(manager));
        var session = new org.springframework.mock.web.MockHttpSession();
        assertThat(mvc.perform(get("/children/{id}", child.id()).with(as))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Transfer this case");
        assertThat(mvc.perform(post("/children/{id}/transfer", child.id())
                                .with(as)
                                .with(csrf())
                                .session(session)
                                .param("toServiceId", to.id().toString())
                                .param("reason", ""))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("There is a problem", "Enter why the case is moving to another service");
        mvc.perform(post("/children/{id}/transfer", child.id())
                        .with(as)
                        .with(csrf())
                        .session(session)
                        .param("toServiceId", to.id().toString())
                        .param("reason", "Lives with his father in the other area now"))
                .andExpect(status().is3xxRedirection());
        assertThat(serviceOf("child", "id", child.id())).containsOnly(from.id());
        assertThat(mvc.perform(get("/children/{id}/transfer/check", child.id())
                                .with(as)
                                .session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Check your answers", to.name(), "Lives with his father in the other area now");
        mvc.perform(post("/children/{id}/transfer/confirm", child.id())
                        .with(as)
                        .with(csrf())
                        .session(session))
                .andExpect(status().is3xxRedirection());
        assertThat(serviceOf("child", "id", child.id())).containsOnly(to.id());
        mvc.perform(get("/children/{id}", child.id()).with(as)).andExpect(status().isNotFound());
    }

    private Child aChild(String given, String family) {
        data.actAs(caseManager);
        try {
            return transactions.execute(
                    s -> records.register(from.id(), TestData.child(given, family, LocalDate.of(2010, 3, 3))));
        } finally {
            TestData.signOut();
        }
    }

    private String anOffence(Child child) throws Exception {
        String body = call(
                        caseManager,
                        post("/api/v1/children/{id}/offences", child.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"offenceDate": "2026-09-14", "description": "Took a bicycle", "category": "THEFT_AND_HANDLING",
                                 "plea": "ADMITTED", "gravityScore": 2}
                                """))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String aReferralOrder(Child child, String offence) throws Exception {
        UUID cm = staffId(caseManager);
        String body = call(
                        caseManager,
                        post("/api/v1/children/{id}/interventions", child.id())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-10\", \"endDate\":"
                                        + " \"2027-06-10\", \"caseManagerId\": \"" + cm + "\", \"offenceIds\": [\""
                                        + offence
                                        + "\"]}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private UUID staffId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private List<UUID> serviceOf(String table, String column, UUID id) {
        return jdbc.sql("select service_id from " + table + " where " + column + " = :id")
                .param("id", id)
                .query(UUID.class)
                .list();
    }

    private static MockHttpServletRequestBuilder transfer(UUID childId, long version, UUID toService, String reason) {
        return post("/api/v1/children/{id}/transfer", childId)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": " + version + ", \"toServiceId\": \"" + toService + "\", \"reason\": \""
                        + reason + "\"}");
    }

    private org.springframework.test.web.servlet.ResultActions call(
            String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + data.apiToken(username)));
    }
}
