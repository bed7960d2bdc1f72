package org.desist.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contacts and compliance against PostgreSQL, "today" Monday 1 February 2027: contacts planned and recorded on
 * a referral order, warnings for unacceptable absences prompting a compliance panel and then breach
 * consideration, who may see or change them, stale corrections and the audit trail.
 */
@IntegrationTest
@Import(February2027.class)
class ContactsIntegrationTest {

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
    Intervention order;

    @BeforeEach
    void aReferralOrder() {
        service = data.service("Contacts");
        caseManager = data.account("contacts.cm", Role.CASE_MANAGER, service);
        token = data.apiToken(caseManager);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Jordan", "Ellis", LocalDate.of(2011, 3, 4))));
        order = transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.of(2026, 12, 18),
                        LocalDate.of(2027, 6, 18),
                        null,
                        List.of())));
        TestData.signOut();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private ResultActions api(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token));
    }

    private ResultActions postJson(String path, Object id, String json) throws Exception {
        return api(post(path, id).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String absence(String date) throws Exception {
        String body = postJson("/api/v1/interventions/{id}/contacts", order.id(), """
                        {"date": "%s", "time": "16:00", "type": "OFFICE", "place": "YJS office",
                         "outcome": "UNACCEPTABLE_ABSENCE", "absenceReason": "Said he forgot; no contact from home"}
                        """.formatted(date))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void warn(String contactId, String on) throws Exception {
        postJson("/api/v1/interventions/{id}/warnings", order.id(), """
                        {"contactId": "%s", "givenOn": "%s", "givenBy": "Sam Patel", "method": "LETTER"}
                        """.formatted(contactId, on))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.method").value("LETTER"));
    }

    @Test
    void unacceptableAbsencesLeadToWarningsThenACompliancePanelThenBreachConsideration() throws Exception {
        // Planned for Wednesday: a date and a type; who attended and the outcome come later.
        String planned = JsonPath.read(
                postJson("/api/v1/interventions/{id}/contacts", order.id(), """
                                {"date": "2027-02-03", "time": "15:30", "type": "HOME_VISIT", "place": "Home",
                                 "expected": "Jordan and his mother"}
                                """)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.outcome").doesNotExist())
                        .andExpect(jsonPath("$.version").value(0))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        // A planned contact needs a date and a type.
        postJson("/api/v1/interventions/{id}/contacts", order.id(), "{\"place\": \"Home\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[1].field").value("type"));
        // It has not happened yet: its outcome cannot be recorded.
        api(put("/api/v1/contacts/{id}", planned)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version": 0, "date": "2027-02-03", "time": "15:30", "type": "HOME_VISIT",
                         "outcome": "ATTENDED"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));

        // Recorded without having been planned: attended, then an absence without its reason is refused.
        postJson("/api/v1/interventions/{id}/contacts", order.id(), """
                        {"date": "2027-01-11", "time": "16:00", "type": "OFFICE", "parentAttended": true,
                         "outcome": "ATTENDED", "notes": "Talked about school"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.childAttended").value(true));
        postJson("/api/v1/interventions/{id}/contacts", order.id(), """
                        {"date": "2027-01-18", "time": "16:00", "type": "OFFICE", "outcome": "UNACCEPTABLE_ABSENCE"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("absenceReason"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the reason the child did not attend"));

        String first = absence("2027-01-18");
        // A warning is for an unacceptable absence, not before it.
        postJson("/api/v1/interventions/{id}/warnings", order.id(), """
                        {"contactId": "%s", "givenOn": "2027-01-15", "givenBy": "Sam Patel", "method": "LETTER"}
                        """.formatted(first))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenOn"));
        warn(first, "2027-01-19");
        // One warning for each absence.
        postJson("/api/v1/interventions/{id}/warnings", order.id(), """
                        {"contactId": "%s", "givenOn": "2027-01-19", "givenBy": "Sam Patel", "method": "IN_PERSON"}
                        """.formatted(first))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));
        api(get("/api/v1/interventions/{id}/contacts", order.id()))
                .andExpect(jsonPath("$.stage").value("NONE"))
                .andExpect(jsonPath("$.awaitingWarning.length()").value(0));

        warn(absence("2027-01-25"), "2027-01-26");
        api(get("/api/v1/interventions/{id}/contacts", order.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.upcoming.length()").value(1))
                .andExpect(jsonPath("$.upcoming[0].type").value("HOME_VISIT"))
                .andExpect(jsonPath("$.past[0].date").value("2027-01-25"))
                .andExpect(jsonPath("$.attended").value(1))
                .andExpect(jsonPath("$.unacceptableAbsences").value(2))
                .andExpect(jsonPath("$.warnings.length()").value(2))
                .andExpect(jsonPath("$.stage").value("COMPLIANCE_PANEL_DUE"));
        mvc.perform(get("/interventions/{id}/contacts", order.id())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A compliance panel is due: 2 warnings")));

        // The compliance panel considers the child's circumstances: all three are needed.
        postJson("/api/v1/interventions/{id}/compliance-panels", order.id(), """
                        {"heldOn": "2027-01-28", "decision": "CONTINUE_WITH_CHANGES", "engagement": "Engages when seen"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("motivation"))
                .andExpect(jsonPath("$.errors[1].field").value("barriers"));
        postJson("/api/v1/interventions/{id}/compliance-panels", order.id(), """
                        {"heldOn": "2027-01-28", "decision": "CONTINUE_WITH_CHANGES", "engagement": "Engages when seen",
                         "motivation": "Wants to finish the order", "barriers": "After-school times clash with caring"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decision").value("CONTINUE_WITH_CHANGES"));

        String third = absence("2027-01-29");
        api(get("/api/v1/interventions/{id}/contacts", order.id()))
                .andExpect(jsonPath("$.awaitingWarning[0].id").value(third))
                .andExpect(jsonPath("$.stage").value("COMPLIANCE_PANEL_DUE"));
        warn(third, "2027-02-01");
        api(get("/api/v1/interventions/{id}/warnings", order.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
        api(get("/api/v1/interventions/{id}/contacts", order.id()))
                .andExpect(jsonPath("$.stage").value("BREACH_CONSIDERATION_DUE"))
                .andExpect(jsonPath("$.panels.length()").value(1));
        mvc.perform(get("/interventions/{id}/contacts", order.id())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(content().string(containsString("Breach consideration is due: 3 warnings")));

        // A warned absence stays unacceptable.
        api(put("/api/v1/contacts/{id}", third)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version": 0, "date": "2027-01-29", "time": "16:00", "type": "OFFICE",
                         "outcome": "ACCEPTABLE_ABSENCE", "absenceReason": "Ill"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));

        // Audited with the child: each contact, warning and panel, and the views.
        List<String> types =
                jdbc.sql("""
                        select record_type from audit_event where child_id = :child and action = 'CREATED'
                           and record_type in ('CONTACT', 'CONTACT_WARNING', 'COMPLIANCE_PANEL')
                        """).param("child", child.id()).query(String.class).list();
        assertThat(types).filteredOn("CONTACT"::equals).hasSize(5);
        assertThat(types).filteredOn("CONTACT_WARNING"::equals).hasSize(3);
        assertThat(types).filteredOn("COMPLIANCE_PANEL"::equals).hasSize(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where child_id = :child and action = 'VIEWED'
                           and summary = 'Viewed the contacts of the referral order'
                        """).param("child", child.id()).query(Long.class).single())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPlannedContactsOutcomeIsRecordedAndAStaleCorrectionRefused() throws Exception {
        String id = JsonPath.read(
                postJson("/api/v1/interventions/{id}/contacts", order.id(), """
                                {"date": "2027-01-27", "time": "11:00", "type": "SCHOOL", "place": "Meadow Academy"}
                                """)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        api(put("/api/v1/contacts/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version": 0, "date": "2027-01-27", "time": "11:00", "type": "SCHOOL", "place": "Meadow Academy",
                         "outcome": "ACCEPTABLE_ABSENCE", "absenceReason": "School trip"}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.outcome").value("ACCEPTABLE_ABSENCE"));
        // Someone corrects it from the version they read, then someone else from the old one.
        api(put("/api/v1/contacts/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version": 1, "date": "2027-01-27", "time": "11:00", "type": "SCHOOL",
                         "outcome": "ACCEPTABLE_ABSENCE", "absenceReason": "School trip to the coast"}
                        """))
                .andExpect(status().isOk());
        api(put("/api/v1/contacts/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version": 1, "date": "2027-01-27", "time": "11:00", "type": "SCHOOL", "outcome": "ATTENDED"}
                        """))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.changes[0]")
                        .value("Corrected a contact: school on 2027-01-27 11:00, acceptable absence"));
        api(put("/api/v1/contacts/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"date": "2027-01-27", "type": "SCHOOL", "outcome": "ATTENDED"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("""
                        select record_version from audit_event where record_type = 'CONTACT' and record_id = :id
                         order by id
                        """)
                        .param("id", UUID.fromString(id))
                        .query(Long.class)
                        .list())
                .containsExactly(0L, 1L, 2L);
    }

    @Test
    void anotherServicesInterventionIsNotFoundAndOnlyEditorsMayChangeContacts() throws Exception {
        String outsider = data.apiToken(data.account("contacts.other", Role.CASE_MANAGER, data.service("Elsewhere")));
        mvc.perform(get("/api/v1/interventions/{id}/contacts", order.id())
                        .header("Authorization", "Bearer " + outsider))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/interventions/{id}/contacts", order.id())
                        .header("Authorization", "Bearer " + outsider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2027-02-03\", \"type\": \"OFFICE\"}"))
                .andExpect(status().isNotFound());
        api(get("/api/v1/interventions/{id}/contacts", UUID.randomUUID())).andExpect(status().isNotFound());
        api(get("/api/v1/contacts/{id}", UUID.randomUUID())).andExpect(status().isNotFound());

        String reader = data.account("contacts.qa", Role.QA_LEAD, service);
        String readerToken = data.apiToken(reader);
        mvc.perform(get("/api/v1/interventions/{id}/contacts", order.id())
                        .header("Authorization", "Bearer " + readerToken))
                .andExpect(status().isOk());
        for (String path : List.of("contacts", "warnings", "compliance-panels")) {
            mvc.perform(post("/api/v1/interventions/{id}/" + path, order.id())
                            .header("Authorization", "Bearer " + readerToken)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put("/api/v1/contacts/{id}", UUID.randomUUID())
                        .header("Authorization", "Bearer " + readerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0}"))
                .andExpect(status().isForbidden());
        for (String page : List.of("contacts/plan", "contacts/record", "warnings/new", "compliance-panels/new")) {
            mvc.perform(get("/interventions/{id}/" + page, order.id())
                            .with(authentication(data.authenticationOf(reader))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/interventions/{id}/contacts/record", order.id())
                        .with(authentication(data.authenticationOf(reader)))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/interventions/{id}/contacts", order.id()).with(authentication(data.authenticationOf(reader))))
                .andExpect(status().isOk());
    }

    @Test
    void aStaleCorrectionOnThePageShowsWhoChangedItAndKeepsTheAnswers() throws Exception {
        String id = absence("2027-01-25");
        // Someone corrects it through the API from version 0 ...
        api(put("/api/v1/contacts/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"version": 0, "date": "2027-01-25", "time": "16:00", "type": "OFFICE", "place": "YJS office",
                         "outcome": "ACCEPTABLE_ABSENCE", "absenceReason": "Ill"}
                        """))
                .andExpect(status().isOk());
        // ... while the case manager's page still has version 0.
        mvc.perform(post("/contacts/{id}", id)
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("date.day", "25")
                        .param("date.month", "1")
                        .param("date.year", "2027")
                        .param("time", "16:00")
                        .param("type", "OFFICE")
                        .param("outcome", "UNACCEPTABLE_ABSENCE")
                        .param("absenceReason", "Typed by the case manager"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("while you were editing it")))
                .andExpect(content().string(containsString("Corrected a contact: office on 2027-01-25 16:00")))
                .andExpect(content().string(containsString("Typed by the case manager")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.sql("select absence_reason from contact where id = :id")
                        .param("id", UUID.fromString(id))
                        .query(String.class)
                        .single())
                .isEqualTo("Ill");
        // The trail's diff of the correction comes from the contact's states before and after.
        String changes = jdbc.sql("""
                        select changes::text from audit_event
                         where record_type = 'CONTACT' and record_id = :id and action = 'CHANGED'""")
                .param("id", UUID.fromString(id))
                .query(String.class)
                .single();
        assertThat(changes)
                .contains("\"field\": \"Outcome\"", "\"oldValue\": \"Unacceptable absence\"")
                .contains("\"field\": \"Reason for the absence\"", "\"newValue\": \"Ill\"")
                .doesNotContain("\"field\": \"When\"", "\"field\": \"Type\"", "Typed by the case manager");
    }

    @Test
    void theRecordPageShowsAnErrorSummaryAndKeepsTheAnswers() throws Exception {
        mvc.perform(post("/interventions/{id}/contacts/record", order.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("date.day", "25")
                        .param("date.month", "1")
                        .param("date.year", "2027")
                        .param("time", "16:00")
                        .param("type", "OFFICE")
                        .param("outcome", "UNACCEPTABLE_ABSENCE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#absenceReason\"")))
                .andExpect(content().string(containsString("Enter the reason the child did not attend")));
        mvc.perform(post("/interventions/{id}/contacts/record", order.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("date.day", "25")
                        .param("date.month", "1")
                        .param("date.year", "2027")
                        .param("time", "16:00")
                        .param("type", "OFFICE")
                        .param("outcome", "UNACCEPTABLE_ABSENCE")
                        .param("absenceReason", "No reason given"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/contacts?recorded"));
    }

    @Test
    void everyQuestionPageRendersForACaseManagerAndAClosedInterventionTakesNoMore() throws Exception {
        String planned = JsonPath.read(
                postJson("/api/v1/interventions/{id}/contacts", order.id(), """
                                {"date": "2027-01-29", "time": "09:15", "type": "VIDEO", "expected": "Jordan"}
                                """)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        absence("2027-01-20");
        for (String page : List.of(
                "/interventions/" + order.id() + "/contacts/plan",
                "/interventions/" + order.id() + "/contacts/record",
                "/interventions/" + order.id() + "/warnings/new",
                "/interventions/" + order.id() + "/compliance-panels/new",
                "/contacts/" + planned + "/outcome")) {
            mvc.perform(get(page).with(authentication(data.authenticationOf(caseManager))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("govuk-button")));
        }
        // A planned contact in the past: its outcome is recorded from its page, without JavaScript.
        mvc.perform(post("/contacts/{id}", planned)
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("date.day", "29")
                        .param("date.month", "1")
                        .param("date.year", "2027")
                        .param("time", "09:15")
                        .param("type", "VIDEO")
                        .param("outcome", "ATTENDED")
                        .param("parentAttended", "true"))
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/contacts?recorded"));
        api(get("/api/v1/contacts/{id}", planned))
                .andExpect(jsonPath("$.outcome").value("ATTENDED"))
                .andExpect(jsonPath("$.parentAttended").value(true))
                .andExpect(jsonPath("$.version").value(1));
        // The compliance panel page keeps the answers and explains what is missing.
        mvc.perform(post("/interventions/{id}/compliance-panels", order.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("heldOn.day", "28")
                        .param("heldOn.month", "1")
                        .param("heldOn.year", "2027")
                        .param("engagement", "Engages when seen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#motivation\"")))
                .andExpect(content().string(containsString("Engages when seen")));

        data.actAs(caseManager);
        try {
            Intervention current = interventions.get(order.id());
            transactions.execute(s -> interventions.close(
                    order.id(),
                    current.version(),
                    org.desist.intervention.ClosureReason.COMPLETED,
                    "Support continues through early help",
                    LocalDate.of(2027, 1, 31)));
        } finally {
            TestData.signOut();
        }
        postJson("/api/v1/interventions/{id}/contacts", order.id(), """
                        {"date": "2027-02-03", "time": "15:30", "type": "OFFICE"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("intervention"));
    }

    @Test
    void aCaretakingHostServiceSeesTheContactsButCannotChangeThem() throws Exception {
        YouthJusticeService host = data.service("ContactsHost");
        String hostToken = data.apiToken(data.account("contacts.host", Role.CASE_MANAGER, host));
        data.actAs(caseManager);
        try {
            transactions.execute(
                    s -> interventions.arrangeCaretaking(order.id(), 0, host.id(), LocalDate.of(2027, 1, 4)));
        } finally {
            TestData.signOut();
        }
        mvc.perform(get("/api/v1/interventions/{id}/contacts", order.id())
                        .header("Authorization", "Bearer " + hostToken))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/interventions/{id}/contacts", order.id())
                        .header("Authorization", "Bearer " + hostToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2027-02-03\", \"type\": \"OFFICE\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from contact where intervention_id = :id")
                        .param("id", order.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
