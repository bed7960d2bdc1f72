package org.desist.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.February2027;
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
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A residence requirement considered for a 16-year-old's pre-sentence report due Monday 4 January 2027 makes the
 * liaison with social care due 2 working days before it (Wednesday 30 December 2026: Friday 1 January is a bank
 * holiday); recording the liaison meets it, late. "Today" is Monday 1 February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class SocialCareLiaisonsIntegrationTest {

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

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;

    @BeforeEach
    void aService() {
        service = data.service("Liaison");
        caseManager = data.account("liaison.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aResidenceRequirementConsideredForAPreSentenceReport() throws Exception {
        Child child = child("Ari", LocalDate.of(2010, 5, 6));
        String report = report(child, "2027-01-04");

        String page = mvc.perform(post("/children/{id}/social-care-liaison", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("requirement", "RESIDENCE")
                        .param("consideredOn.day", "14")
                        .param("consideredOn.month", "12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("There is a problem", "Select the report to court it is being considered for");

        var created = mvc.perform(post("/children/{id}/social-care-liaison", child.id())
                        .with(cm)
                        .with(csrf())
                        .param("requirement", "RESIDENCE")
                        .param("reportId", report)
                        .param("consideredOn.day", "14")
                        .param("consideredOn.month", "12")
                        .param("consideredOn.year", "2026"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).contains("/social-care?considered");
        mvc.perform(get("/api/v1/children/{id}/social-care-liaison", child.id()).with(cm))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].requirement").value("RESIDENCE"))
                .andExpect(jsonPath("$[0].reportDue").value("2027-01-04"))
                .andExpect(jsonPath("$[0].dueOn").value("2026-12-30"))
                .andExpect(jsonPath("$[0].overdue").value(true));
        UUID liaison = jdbc.sql("select id from social_care_liaison where child_id = :c")
                .param("c", child.id())
                .query(UUID.class)
                .single();
        assertThat(openItems(liaison)).containsExactly("2026-12-30");
        assertThat(tab(child)).contains("Orders that need social care", "Residence", "Overdue");

        mvc.perform(post("/api/v1/children/{id}/social-care-liaison/{l}/liaison", child.id(), liaison)
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "liaisedOn": "2027-01-04", "contact": "Jo Hughes, social worker",
                                 "outcome": "Social care supports the child living with the aunt"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.liaisedOn").value("2027-01-04"))
                .andExpect(jsonPath("$.overdue").value(false));
        assertThat(openItems(liaison)).isEmpty();
        assertThat(jdbc.sql("select met_on from due_item where trigger_record_id = :l and status = 'MET'")
                        .param("l", liaison)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2027, 1, 4));
        mvc.perform(post("/api/v1/children/{id}/social-care-liaison/{l}/liaison", child.id(), liaison)
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "liaisedOn": "2027-01-05", "contact": "x", "outcome": "y"}"""))
                .andExpect(status().isBadRequest());
        assertThat(tab(child)).contains("Done late, 4 January 2027", "With Jo Hughes, social worker");
    }

    @Test
    void aResidenceRequirementIsOnlyFor16And17YearOldsAndOnlyEditorsRecord() throws Exception {
        Child child = child("Bo", LocalDate.of(2012, 1, 1));
        String report = report(child, "2027-01-04");
        mvc.perform(post("/api/v1/children/{id}/social-care-liaison", child.id())
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requirement\": \"RESIDENCE\", \"reportId\": \"" + report
                                + "\", \"consideredOn\": \"2026-12-14\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requirement"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A residence requirement is only for a child aged 16 or 17 when sentenced"));
        mvc.perform(post("/api/v1/children/{id}/social-care-liaison", child.id())
                        .with(cm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requirement\": \"INTENSIVE_FOSTERING\", \"reportId\": \"" + report
                                + "\", \"consideredOn\": \"2026-12-14\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dueOn").value("2026-12-30"));
        assertThat(tab(child)).contains("The child becomes looked after if the order is made");

        var headOfService =
                authentication(data.authenticationOf(data.account("liaison.hos", Role.HEAD_OF_SERVICE, service)));
        mvc.perform(get("/children/{id}/social-care-liaison/new", child.id()).with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/children/{id}/social-care-liaison", child.id())
                        .with(headOfService)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children/{id}/social-care-liaison", child.id()).with(headOfService))
                .andExpect(status().isOk());
        var stranger = authentication(
                data.authenticationOf(data.account("liaison.other", Role.CASE_MANAGER, data.service("Faraway"))));
        mvc.perform(get("/api/v1/children/{id}/social-care-liaison", child.id()).with(stranger))
                .andExpect(status().isNotFound());
    }

    private String tab(Child child) throws Exception {
        return mvc.perform(get("/children/{id}/social-care", child.id()).with(cm))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private java.util.List<String> openItems(UUID liaison) {
        return jdbc.sql("""
                        select due_date::text from due_item where trigger_record_id = :l and status = 'OPEN'
                           and rule_id = 'social-care-liaison-before-proposal'
                        """).param("l", liaison).query(String.class).list();
    }

    private String report(Child child, String due) throws Exception {
        String offence = id(json(post("/api/v1/children/{id}/offences", child.id()), """
                {"offenceDate": "2026-11-20", "description": "Took a bicycle from outside a shop",
                 "category": "THEFT_AND_HANDLING", "plea": "NOT_GUILTY", "gravityScore": 3}
                """));
        String appearance =
                id(json(post("/api/v1/children/{id}/court-appearances", child.id()), """
                {"appearanceDate": "2026-12-11", "courtName": "Northbridge Youth Court", "courtKind": "YOUTH_COURT",
                 "hearingType": "FIRST", "offenceIds": ["%s"], "outcome": "ADJOURNED", "nextHearingDate": "2027-01-12"}
                """.formatted(offence)));
        UUID author = jdbc.sql("select id from user_account where username = :u")
                .param("u", caseManager)
                .query(UUID.class)
                .single();
        return id(
                json(post("/api/v1/children/{id}/court-reports", child.id()), """
                {"appearanceId": "%s", "type": "PRE_SENTENCE", "dueDate": "%s", "authorId": "%s"}
                """.formatted(appearance, due, author)));
    }

    private String json(MockHttpServletRequestBuilder request, String body) throws Exception {
        String answer = mvc.perform(
                        request.with(cm).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(answer).as("created").contains("\"id\"");
        return answer;
    }

    private static String id(String json) {
        return json.replaceFirst("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Liaison", born)));
        } finally {
            TestData.signOut();
        }
    }
}
