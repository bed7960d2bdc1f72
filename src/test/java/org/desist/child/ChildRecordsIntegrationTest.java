package org.desist.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditEntry;
import org.desist.audit.AuditTrail;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
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

/**
 * The child's record against PostgreSQL: tenancy (another service's children are invisible, pages and
 * API), the audit trail of views and changes, optimistic locking, and validation.
 */
@IntegrationTest
class ChildRecordsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService north;
    YouthJusticeService south;
    String northCaseManager;
    String northManager;
    String southCaseManager;
    Child child;

    @BeforeEach
    void twoServicesAndAChildInTheFirst() {
        north = data.service("North");
        south = data.service("South");
        northCaseManager = data.account("north.cm", Role.CASE_MANAGER, north);
        northManager = data.account("north.mgr", Role.OPERATIONAL_MANAGER, north);
        southCaseManager = data.account("south.cm", Role.CASE_MANAGER, south);
        data.actAs(northCaseManager);
        child = transactions.execute(
                s -> records.register(north.id(), TestData.child("Kacper", "Nowakowski", LocalDate.of(2011, 5, 17))));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void anotherServiceCannotFindReadOrChangeTheChild() throws Exception {
        var south = authentication(data.authenticationOf(southCaseManager));
        mvc.perform(get("/children/{id}", child.id()).with(south)).andExpect(status().isNotFound());
        mvc.perform(get("/children/{id}/edit", child.id()).with(south)).andExpect(status().isNotFound());
        mvc.perform(post("/children/{id}/edit", child.id())
                        .with(south)
                        .with(csrf())
                        .param("version", "0")
                        .param("givenName", "Changed"))
                .andExpect(status().isNotFound());
        String results = mvc.perform(
                        get("/children").param("q", "Kacper Nowakowski").with(south))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(results).doesNotContain("/children/" + child.id()).contains("0 children found");

        String token = data.apiToken(southCaseManager);
        mvc.perform(get("/api/v1/children/{id}", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/children").param("q", "Nowakowski").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(put("/api/v1/children/{id}", child.id())
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"givenName\":\"X\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select given_name from child where id = :id")
                        .param("id", child.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Kacper");
    }

    @Test
    void theOwnServiceFindsTheChildByMisspeltNameDateOfBirthAndReference() throws Exception {
        var north = authentication(data.authenticationOf(northCaseManager));
        for (Map<String, String> query : List.of(
                Map.of("q", "Kacpr Nowakowsky"),
                Map.of("q", "nowakowski"),
                Map.of("q", child.details().localReference().toLowerCase()),
                Map.of("dob-day", "17", "dob-month", "5", "dob-year", "2011"))) {
            var request = get("/children").with(north);
            query.forEach(request::param);
            assertThat(mvc.perform(request).andReturn().getResponse().getContentAsString())
                    .as(query.toString())
                    .contains("/children/" + child.id());
        }
    }

    @Test
    void aUserOfBothServicesSeesBoth() {
        String both = data.account("both", Role.CASE_MANAGER, north, south);
        data.actAs(both);
        assertThat(transactions.execute(s -> records.view(child.id(), "test")).id())
                .isEqualTo(child.id());
    }

    @Test
    void viewsAndChangesAreAuditedWithEachFieldsOldAndNewValue() throws Exception {
        var north = authentication(data.authenticationOf(northCaseManager));
        mvc.perform(get("/children/{id}/details", child.id()).with(north)).andExpect(status().isOk());
        mvc.perform(post("/children/{id}/edit", child.id())
                        .with(north)
                        .with(csrf())
                        .params(formOf(child, Map.of("postcode", "NB2 7AA", "countyLines", "true"))))
                .andExpect(status().is3xxRedirection());

        List<AuditEntry> trail = audit.forChild(child.id(), 10);
        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CHANGED, AuditAction.VIEWED, AuditAction.CREATED);
        AuditEntry change = trail.get(0);
        assertThat(change.actorUsername()).isEqualTo(northCaseManager);
        assertThat(change.serviceId()).isEqualTo(this.north.id());
        assertThat(change.changes())
                .extracting(c -> c.field() + ": " + c.oldValue() + " → " + c.newValue())
                .containsExactly("Postcode: NB1 4QT → NB2 7AA", "County lines: No → Yes");
        assertThat(trail.get(1).summary()).isEqualTo("Viewed personal details");
    }

    @Test
    void anInvalidSaveChangesNothingAndAuditsNoChange() throws Exception {
        var north = authentication(data.authenticationOf(northCaseManager));
        String page = mvc.perform(post("/children/{id}/edit", child.id())
                        .with(north)
                        .with(csrf())
                        .params(formOf(child, Map.of("pncNumber", "12/1A", "givenName", ""))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("There is a problem")
                .contains("href=\"#givenName\"")
                .contains("href=\"#pncNumber\"");
        assertThat(audit.forChild(child.id(), 10))
                .extracting(AuditEntry::action)
                .containsOnly(AuditAction.CREATED);
        assertThat(jdbc.sql("select version from child where id = :id")
                        .param("id", child.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theAuditTrailCannotBeAlteredOrDeleted() {
        // The application's database role may only read and append (ADR 12); the append-only trigger stays behind
        // that for the owner (RuntimeRolePrivilegesTest).
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_username = 'someone else' where child_id = :id")
                        .param("id", child.id())
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where child_id = :id")
                        .param("id", child.id())
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause()
                .hasMessageContaining("permission denied for table audit_event");
    }

    @Test
    void aStaleSaveIsRefusedWithWhoChangedWhat() {
        transactions.executeWithoutResult(
                s -> records.amend(child.id(), 0, ChildDetailsFixtures.with(child.details(), "postcode", "NB9 9ZZ")));
        assertThatThrownBy(() -> transactions.executeWithoutResult(s ->
                        records.amend(child.id(), 0, ChildDetailsFixtures.with(child.details(), "town", "Elsewhere"))))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo(northCaseManager);
                    assertThat(e.changes()).containsExactly("Postcode: NB1 4QT → NB9 9ZZ");
                    assertThat(e.currentVersion()).isEqualTo(1);
                });
        assertThat(jdbc.sql("select town from child where id = :id")
                        .param("id", child.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Northbridge");
    }

    @Test
    void duplicateReferencesAndPncNumbersAreRefusedWithinAService() {
        var details = ChildDetailsFixtures.with(
                TestData.child("Other", "Child", LocalDate.of(2012, 1, 1)),
                "localReference",
                child.details().localReference());
        assertThatThrownBy(() -> transactions.execute(s -> records.register(north.id(), details)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("localReference"));
    }

    @Test
    void aRecordThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> transactions.execute(s -> records.view(UUID.randomUUID(), "test")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theApiValidatesLikeThePages() throws Exception {
        String token = data.apiToken(northCaseManager);
        mvc.perform(post("/api/v1/children")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"localReference": "API-1", "givenName": "", "familyName": "Smith",
                                 "dateOfBirth": "2030-01-01", "gender": "MALE", "ethnicity": "WHITE_BRITISH",
                                 "pncNumber": "12/1A"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'givenName')].message").value("Enter the child's first name"))
                .andExpect(jsonPath("$.errors[?(@.field == 'dateOfBirth')].message")
                        .value("Date of birth must be in the past"))
                .andExpect(jsonPath("$.errors[?(@.field == 'pncNumber')]").exists());
        mvc.perform(
                        put("/api/v1/children/{id}", child.id())
                                .header("Authorization", "Bearer " + token)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"version\": 7, \"localReference\": \"X\", \"givenName\": \"A\", \"familyName\": \"B\","
                                                + " \"dateOfBirth\": \"2011-05-17\", \"gender\": \"MALE\", \"ethnicity\": \"WHITE_BRITISH\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(0));
        mvc.perform(post("/api/v1/children")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"localReference": "API-2", "givenName": "Zara", "familyName": "Ali",
                                 "dateOfBirth": "2012-03-04", "gender": "FEMALE", "ethnicity": "ASIAN_PAKISTANI",
                                 "pncNumber": "12/1H"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.details.pncNumber").value("2012/0000001H"))
                .andExpect(jsonPath("$.ethnicGroup").value("ASIAN"));
    }

    /** The edit form as a browser would post it, with some answers changed. */
    private static org.springframework.util.MultiValueMap<String, String> formOf(
            Child child, Map<String, String> changes) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        var d = child.details();
        form.add("version", String.valueOf(child.version()));
        form.add("localReference", d.localReference());
        form.add("givenName", d.givenName());
        form.add("familyName", d.familyName());
        form.add("dateOfBirth.day", String.valueOf(d.dateOfBirth().getDayOfMonth()));
        form.add("dateOfBirth.month", String.valueOf(d.dateOfBirth().getMonthValue()));
        form.add("dateOfBirth.year", String.valueOf(d.dateOfBirth().getYear()));
        form.add("gender", d.gender().name());
        form.add("ethnicity", d.ethnicity().name());
        form.add("addressLine1", d.addressLine1());
        form.add("town", d.town());
        form.add("postcode", d.postcode());
        form.add("localAuthority", d.localAuthority());
        form.add("lookedAfterStatus", d.lookedAfterStatus().name());
        changes.forEach(form::set);
        return form;
    }
}
