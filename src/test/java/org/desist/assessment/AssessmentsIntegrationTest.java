package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An order's assessment from its due date to a manager's countersignature, across Christmas 2026; "today" is
 * Monday 1 February 2027.
 */
@IntegrationTest
@Import(February2027.class)
@RecordApplicationEvents
class AssessmentsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    YouthJusticeService service;
    String author;
    String manager;
    Child child;
    String interventionId;

    @BeforeEach
    void anOrderStartedOnFriday18December() throws Exception {
        service = data.service("Assess");
        author = data.apiToken(data.account("assess.author", Role.OPERATIONAL_MANAGER, service));
        manager = data.apiToken(data.account("assess.manager", Role.OPERATIONAL_MANAGER, service));
        data.actAs(data.account("assess.cm", Role.CASE_MANAGER, service));
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Jordan", "Hale", LocalDate.of(2010, 3, 4))));
        TestData.signOut();
        String created = body(as(author, post("/api/v1/children/{id}/interventions", child.id()))
                .content("{\"type\": \"REFERRAL_ORDER\", \"startDate\": \"2026-12-18\", \"endDate\": \"2027-06-18\"}"));
        interventionId = id(created);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aHighRoshAssessmentIsSubmittedThenCountersignedByAnotherManager() throws Exception {
        // Friday 18 December 2026 + 15 WD, skipping 25 and 28 December and 1 January: Wednesday 13 January 2027.
        mvc.perform(as(author, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].dueDate").value("2027-01-13"))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].dueDateReason")
                        .value("15 working days after 18 December 2026"))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].status").value("OPEN"));

        String draft = body(as(author, post("/api/v1/interventions/{id}/assessments", interventionId)));
        String id = id(draft);
        mvc.perform(as(author, get("/api/v1/assessments/{id}", id)))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.version").value(0))
                // The family relationships rating is kept on the aggregate, not part of this answer.
                .andExpect(jsonPath("$.familyRelationshipsRating").doesNotExist());

        // Incomplete: every missing answer is named.
        mvc.perform(as(author, post("/api/v1/assessments/{id}/submit", id)).content("{\"version\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'childViews')].message").value("Record the child's views"))
                .andExpect(jsonPath("$.errors[?(@.field == 'parentsViews')].message")
                        .value("Record the views of the parents or carers"));

        mvc.perform(as(author, put("/api/v1/assessments/{id}", id)).content(edit(0, "MEDIUM", "HIGH")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        // Somebody else's edit of version 0 is stale.
        mvc.perform(as(author, put("/api/v1/assessments/{id}", id)).content(edit(0, "LOW", "LOW")))
                .andExpect(status().isConflict());

        mvc.perform(as(author, post("/api/v1/assessments/{id}/submit", id)).content("{\"version\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.countersignatureRequired").value(true))
                .andExpect(jsonPath("$.submittedOn").value("2027-02-01"));

        // Submitting met the due item, on the day it was submitted (late: it was due on 13 January).
        mvc.perform(as(author, get("/api/v1/children/{id}/due-items", child.id())))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].status").value("MET"))
                .andExpect(jsonPath("$[?(@.rule == 'assessment-due')].metOn").value("2027-02-01"));

        // The first classifications are kept and published.
        mvc.perform(as(author, get("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(jsonPath("$.assessments[0].id").value(id))
                .andExpect(jsonPath("$.classificationHistory.length()").value(2))
                .andExpect(jsonPath("$.classificationHistory[?(@.lens == 'RISK_OF_HARM')].to")
                        .value("HIGH"))
                .andExpect(jsonPath("$.classificationHistory[?(@.lens == 'SAFETY_AND_WELLBEING')].to")
                        .value("MEDIUM"));
        assertThat(events.stream(ClassificationChanged.class))
                .contains(
                        new ClassificationChanged(
                                child.id(),
                                java.util.UUID.fromString(interventionId),
                                Lens.RISK_OF_HARM,
                                null,
                                Classification.HIGH,
                                LocalDate.of(2027, 2, 1)),
                        new ClassificationChanged(
                                child.id(),
                                java.util.UUID.fromString(interventionId),
                                Lens.SAFETY_AND_WELLBEING,
                                null,
                                Classification.MEDIUM,
                                LocalDate.of(2027, 2, 1)));

        // Awaiting countersignature: in another manager's queue; the author cannot countersign it.
        mvc.perform(as(author, post("/api/v1/assessments/{id}/countersign", id)).content("{\"version\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Another manager must countersign: you cannot countersign your own assessment"));
        mvc.perform(as(manager, post("/api/v1/assessments/{id}/countersign", id))
                        .content("{\"version\": 2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COUNTERSIGNED"))
                .andExpect(jsonPath("$.countersignedOn").value("2027-02-01"));

        // Things changed: a later assessment replaces it, and only a changed classification is recorded.
        events.clear();
        String later = body(as(author, post("/api/v1/interventions/{id}/assessments", interventionId)));
        String laterId = id(later);
        mvc.perform(as(author, put("/api/v1/assessments/{id}", laterId)).content(edit(0, "MEDIUM", "MEDIUM")))
                .andExpect(status().isOk());
        mvc.perform(as(author, post("/api/v1/assessments/{id}/submit", laterId)).content("{\"version\": 1}"))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.countersignatureRequired").value(false));
        mvc.perform(as(author, get("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(jsonPath("$.assessments.length()").value(2))
                .andExpect(jsonPath("$.assessments[0].id").value(laterId))
                .andExpect(jsonPath("$.classificationHistory.length()").value(3))
                .andExpect(jsonPath("$.classificationHistory[2].lens").value("RISK_OF_HARM"))
                .andExpect(jsonPath("$.classificationHistory[2].from").value("HIGH"))
                .andExpect(jsonPath("$.classificationHistory[2].to").value("MEDIUM"));
        assertThat(events.stream(ClassificationChanged.class))
                .containsExactly(new ClassificationChanged(
                        child.id(),
                        java.util.UUID.fromString(interventionId),
                        Lens.RISK_OF_HARM,
                        Classification.HIGH,
                        Classification.MEDIUM,
                        LocalDate.of(2027, 2, 1)));
    }

    @Test
    void rolesWithoutChildEditAreRefusedAndOtherServicesSeeNothing() throws Exception {
        String head = data.apiToken(data.account("assess.head", Role.HEAD_OF_SERVICE, service));
        mvc.perform(as(head, get("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(status().isOk());
        mvc.perform(as(head, post("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(status().isForbidden());
        String draft = body(as(author, post("/api/v1/interventions/{id}/assessments", interventionId)));
        String id = id(draft);
        mvc.perform(as(head, put("/api/v1/assessments/{id}", id)).content(edit(0, "LOW", "LOW")))
                .andExpect(status().isForbidden());
        mvc.perform(as(head, post("/api/v1/assessments/{id}/submit", id)).content("{\"version\": 0}"))
                .andExpect(status().isForbidden());
        String caseManager = data.apiToken(data.account("assess.cm2", Role.CASE_MANAGER, service));
        mvc.perform(as(caseManager, post("/api/v1/assessments/{id}/countersign", id))
                        .content("{\"version\": 0}"))
                .andExpect(status().isForbidden());

        String outsider =
                data.apiToken(data.account("assess.other", Role.OPERATIONAL_MANAGER, data.service("Elsewhere")));
        mvc.perform(as(outsider, get("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(status().isNotFound());
        mvc.perform(as(outsider, get("/api/v1/assessments/{id}", id))).andExpect(status().isNotFound());
        mvc.perform(as(outsider, post("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(status().isNotFound());
        mvc.perform(as(outsider, put("/api/v1/assessments/{id}", id)).content(edit(0, "LOW", "LOW")))
                .andExpect(status().isNotFound());

        // A second draft is refused while one is open.
        mvc.perform(as(author, post("/api/v1/interventions/{id}/assessments", interventionId)))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("There is already a draft assessment: continue with it"));
    }

    private static String edit(long version, String safety, String harm) {
        return """
                {"version": %d, "details": {
                  "desistance": {"offendingFactors": "Older peers", "desistanceFactors": "Boxing club",
                    "strengths": "Close to his gran", "maturityAndMotivation": "Wants to change",
                    "diversityAndContext": "Lives with mum and two younger siblings",
                    "structuralBarriers": "Excluded from school", "likelihoodOfReoffending": "MEDIUM"},
                  "safetyAndWellbeing": {"concerns": "Owes money to older peers",
                    "concernTypes": ["DRUG_DEBTS", "EXPLOITATION"], "classification": "%s",
                    "analysis": "The debt is being chased"},
                  "riskOfHarm": {"harm": "Assault with a weapon", "to": ["PEERS"],
                    "likelihood": "When challenged", "seriousness": "Serious injury", "classification": "%s"},
                  "sources": {"consulted": ["POLICE", "EDUCATION"], "childViews": "Wants to stay at home",
                    "parentsViews": "Mum is worried about his friends"},
                  "screening": {"speechLanguageAndCommunication": "Referred for SLCN assessment"}
                }}
                """.formatted(version, safety, harm);
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request);
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(result.andReturn().getResponse().getStatus()).as(body).isBetween(200, 299);
        return body;
    }

    private static String id(String json) {
        return json.replaceAll("(?s)^\\{\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
