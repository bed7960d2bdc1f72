package org.desist.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.desist.assessment.Classification;
import org.desist.assessment.ClassificationChanged;
import org.desist.assessment.Lens;
import org.desist.child.ChildCircumstancesChanged;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reviews against PostgreSQL, "today" Monday 1 February 2027: the interval review scheduled from the start, the
 * events that call for a review raising one (with its due item on the right date) on each of the child's
 * interventions in progress, a review answering them and scheduling the next, closure cancelling them, who may
 * see or record them, stale reviews, the pages and the API.
 */
@IntegrationTest
@Import(February2027.class)
class ReviewsIntegrationTest {

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
    Offences offences;

    @Autowired
    Directory directory;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<org.desist.chronology.ChronologySource> chronology;

    YouthJusticeService service;
    String caseManager;
    String token;
    Child child;
    Intervention yro;
    Intervention referralOrder;

    @BeforeEach
    void twoInterventionsInProgress() {
        service = data.service("Reviews");
        caseManager = data.account("reviews.cm", Role.CASE_MANAGER, service);
        token = data.apiToken(caseManager);
        data.actAs(caseManager);
        try {
            UUID cm = directory.caseHolders(service.id()).get(0).id();
            child = transactions.execute(
                    s -> records.register(service.id(), TestData.child("Ayo", "Bello", LocalDate.of(2010, 6, 2))));
            yro = transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(
                            InterventionType.YOUTH_REHABILITATION_ORDER,
                            LocalDate.of(2026, 11, 30),
                            LocalDate.of(2027, 11, 29),
                            cm,
                            List.of())));
            referralOrder = transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(
                            InterventionType.REFERRAL_ORDER,
                            LocalDate.of(2026, 12, 18),
                            LocalDate.of(2027, 6, 18),
                            cm,
                            List.of())));
        } finally {
            TestData.signOut();
        }
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

    private void asCaseManager(Runnable change) {
        data.actAs(caseManager);
        try {
            transactions.executeWithoutResult(s -> change.run());
        } finally {
            TestData.signOut();
        }
    }

    /** The intervention's review due items: rule, status and due date, soonest first. */
    private List<String> reviewItems(UUID interventionId) {
        return jdbc.sql("""
                        select rule_id || ' ' || status || ' ' || due_date from due_item
                         where trigger_record_id = :id and rule_id like 'review-%' order by due_date, rule_id, status
                        """).param("id", interventionId).query(String.class).list();
    }

    private List<String> triggers(UUID interventionId) {
        return jdbc.sql("""
                        select kind || ' ' || occurred_on || ' ' || reason from review_trigger
                         where intervention_id = :id order by occurred_on, raised_at
                        """).param("id", interventionId).query(String.class).list();
    }

    @Test
    void startingAnInterventionSchedulesItsIntervalReviewAndACorrectedStartMovesIt() {
        // 3 months after 30 November 2026 is the last day of February.
        assertThat(reviewItems(yro.id())).containsExactly("review-scheduled OPEN 2027-02-28");
        assertThat(reviewItems(referralOrder.id())).containsExactly("review-scheduled OPEN 2027-03-18");
        asCaseManager(() -> interventions.correctStartDate(yro.id(), yro.version(), LocalDate.of(2026, 10, 31)));
        assertThat(reviewItems(yro.id())).containsExactly("review-scheduled OPEN 2027-01-31");
    }

    @Test
    void eachEventThatCallsForAReviewRaisesOneOnEveryInterventionInProgress() throws Exception {
        // A new offence, recorded today (Monday 1 February 2027): due 10 working days later.
        asCaseManager(() -> offences.record(
                childRecords.responsibleChild(child.id()),
                new Offences.NewOffence(
                        LocalDate.of(2027, 1, 30),
                        "Damaged a bus shelter",
                        OffenceCategory.CRIMINAL_DAMAGE,
                        Plea.ADMITTED,
                        null,
                        false,
                        false,
                        2,
                        0,
                        null)));
        // A change of case manager from Monday 4 January 2027.
        String other = data.account("reviews.cm2", Role.CASE_MANAGER, service);
        UUID otherId = directory.caseHolders(service.id()).stream()
                .filter(s -> s.username().equals(other))
                .findFirst()
                .orElseThrow()
                .id();
        asCaseManager(() -> interventions.reallocate(
                yro.id(), yro.version(), otherId, LocalDate.of(2027, 1, 4), "Caseload balancing"));
        // A classification change on Christmas Eve; the first classification is not a change.
        asCaseManager(() -> events.publishEvent(new ClassificationChanged(
                child.id(),
                yro.id(),
                Lens.SAFETY_AND_WELLBEING,
                Classification.MEDIUM,
                Classification.HIGH,
                LocalDate.of(2026, 12, 24))));
        asCaseManager(() -> events.publishEvent(new ClassificationChanged(
                child.id(), yro.id(), Lens.RISK_OF_HARM, null, Classification.LOW, LocalDate.of(2026, 12, 24))));
        // A move of address on Tuesday 29 December 2026.
        asCaseManager(() -> events.publishEvent(
                new ChildCircumstancesChanged(child.id(), List.of("Postcode"), LocalDate.of(2026, 12, 29))));
        // A serious incident, recorded by the case manager, on Friday 8 January 2027.
        postJson("/api/v1/interventions/{id}/review-triggers", referralOrder.id(), """
                        {"kind": "SERIOUS_INCIDENT", "on": "2027-01-08", "whatHappened": "Stabbed in the leg near home"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].reason").value("Serious incident: Stabbed in the leg near home"));

        for (Intervention i : List.of(yro, referralOrder)) {
            assertThat(triggers(i.id()))
                    .containsExactly(
                            "CLASSIFICATION_CHANGED 2026-12-24 Safety and wellbeing classification changed from medium to high",
                            "CIRCUMSTANCES_CHANGED 2026-12-29 Change of circumstances: Postcode",
                            "CASE_MANAGER_CHANGED 2027-01-04 Case manager changed from "
                                    + directory.caseHolders(service.id()).stream()
                                            .filter(s -> s.username().equals(caseManager))
                                            .findFirst()
                                            .orElseThrow()
                                            .displayName()
                                    + " to "
                                    + directory
                                            .staffMember(otherId)
                                            .orElseThrow()
                                            .displayName(),
                            "SERIOUS_INCIDENT 2027-01-08 Serious incident: Stabbed in the leg near home",
                            "NEW_OFFENCE 2027-02-01 New offence recorded (committed on 30 January 2027)");
        }
        // 10 working days after each trigger: across Christmas 2026 (25, 28 December and 1 January are holidays).
        assertThat(reviewItems(referralOrder.id()))
                .containsExactly(
                        "review-triggered OPEN 2027-01-12",
                        "review-triggered OPEN 2027-01-13",
                        "review-triggered OPEN 2027-01-18",
                        "review-triggered OPEN 2027-01-22",
                        "review-triggered OPEN 2027-02-15",
                        "review-scheduled OPEN 2027-03-18");
        // The items of the reallocated order belong to its new case manager.
        assertThat(jdbc.sql("""
                                select distinct owner_id from due_item
                                 where trigger_record_id = :id and rule_id like 'review-%' and status = 'OPEN'
                                """).param("id", yro.id()).query(UUID.class).list()).containsExactly(otherId);

        // Entry to custody: a detention and training order from Monday 21 December 2026 calls for a review of the
        // other interventions and of itself.
        Intervention dto = transactions.execute(s -> {
            data.actAs(caseManager);
            try {
                return interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.DETENTION_AND_TRAINING_ORDER,
                                LocalDate.of(2026, 12, 21),
                                LocalDate.of(2027, 6, 21),
                                null,
                                List.of()));
            } finally {
                TestData.signOut();
            }
        });
        for (Intervention i : List.of(yro, referralOrder, dto)) {
            assertThat(triggers(i.id()))
                    .contains("ENTERED_CUSTODY 2026-12-21 Entered custody: Detention and training order");
            assertThat(reviewItems(i.id())).contains("review-triggered OPEN 2027-01-07");
        }
        assertThat(reviewItems(dto.id()))
                .containsExactly("review-triggered OPEN 2027-01-07", "review-scheduled OPEN 2027-03-21");
    }

    @Test
    void aReviewAnswersTheOpenTriggersMeetsItsDueItemsAndSchedulesTheNext() throws Exception {
        asCaseManager(() -> events.publishEvent(
                new ChildCircumstancesChanged(child.id(), List.of("Looked-after status"), LocalDate.of(2026, 12, 29))));
        postJson("/api/v1/interventions/{id}/review-triggers", yro.id(), """
                        {"kind": "RELEASED_FROM_CUSTODY", "on": "2027-01-08", "whatHappened": "Released on bail"}
                        """).andExpect(status().isCreated());
        String open = api(get("/api/v1/interventions/{id}/review-triggers", yro.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String circumstances = JsonPath.read(open, "$[0].id");
        api(get("/api/v1/interventions/{id}/reviews", yro.id()))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.nextDue").value("2027-01-13"))
                .andExpect(jsonPath("$.overdue").value(true))
                .andExpect(jsonPath("$.reviews.length()").value(0));

        // Every field checked, with messages keyed by field.
        postJson("/api/v1/interventions/{id}/reviews", yro.id(), """
                        {"version": 0, "reviewedOn": "2027-02-02", "planChanged": true}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'reviewedOn')].message")
                        .value("The date of the review must be today or in the past"))
                .andExpect(jsonPath("$.errors[?(@.field == 'childViews')].message")
                        .value("Enter the child’s views, or why they could not be given"))
                .andExpect(jsonPath("$.errors[?(@.field == 'planChange')].message")
                        .value("Enter how the plan was changed"))
                .andExpect(jsonPath("$.errors[?(@.field == 'assessmentNeedsUpdating')]")
                        .isNotEmpty());

        // The review answers the change of circumstances only: the release from custody stays due.
        postJson("/api/v1/interventions/{id}/reviews", yro.id(), """
                        {"version": 0, "reviewedOn": "2027-01-29", "answers": ["%s"],
                         "whatChanged": "Now looked after, placed with foster carers",
                         "childViews": "Ayo likes the placement", "parentsViews": "Mother agrees",
                         "agencies": "Children's social care", "agencyInformation": "Care plan in place",
                         "planChanged": true, "planChange": "Contacts moved to the placement",
                         "assessmentNeedsUpdating": true}
                        """.formatted(circumstances))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.planChanged").value(true))
                .andExpect(jsonPath("$.answered.length()").value(1))
                .andExpect(jsonPath("$.answered[0].kind").value("CIRCUMSTANCES_CHANGED"));
        assertThat(reviewItems(yro.id()))
                .containsExactly(
                        "review-triggered MET 2027-01-13",
                        "review-triggered MET 2027-01-22",
                        "review-triggered OPEN 2027-01-22",
                        "review-scheduled MET 2027-02-28",
                        "review-scheduled OPEN 2027-04-29");
        api(get("/api/v1/interventions/{id}/reviews", yro.id()))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.openTriggers.length()").value(1))
                .andExpect(jsonPath("$.openTriggers[0].kind").value("RELEASED_FROM_CUSTODY"))
                .andExpect(jsonPath("$.reviews[0].reviewedOn").value("2027-01-29"));
        assertThat(jdbc.sql("""
                                select count(*) from audit_event where record_type = 'REVIEW' and child_id = :child
                                   and action = 'CREATED'
                                """).param("child", child.id()).query(Long.class).single())
                .isOne();

        // Someone else recorded a review first: a stale one is refused and nothing is saved.
        postJson("/api/v1/interventions/{id}/reviews", yro.id(), """
                        {"version": 0, "reviewedOn": "2027-02-01", "whatChanged": "Released", "childViews": "Fine",
                         "parentsViews": "Relieved", "planChanged": false, "planUnchangedReason": "Still right",
                         "assessmentNeedsUpdating": false}
                        """).andExpect(status().isConflict());
        // The next one, with no answers named, answers everything still open and meets what is due.
        postJson("/api/v1/interventions/{id}/reviews", yro.id(), """
                        {"version": 1, "reviewedOn": "2027-02-01", "whatChanged": "Released", "childViews": "Fine",
                         "parentsViews": "Relieved", "planChanged": false, "planUnchangedReason": "Still right",
                         "assessmentNeedsUpdating": false}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.answered[0].kind").value("RELEASED_FROM_CUSTODY"));
        assertThat(reviewItems(yro.id()))
                .filteredOn(i -> i.contains("OPEN"))
                .containsExactly("review-scheduled OPEN 2027-05-01");
        assertThat(jdbc.sql("select count(*) from review where intervention_id = :id")
                        .param("id", yro.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // The chronology: each review (plan changed or not) and what called for it.
        var entries = chronology.stream()
                .flatMap(source -> source.entriesFor(data.accessible(caseManager, child.id())).stream())
                .filter(e -> e.type() == org.desist.chronology.ChronologyType.REVIEW)
                .filter(e -> e.href().equals("/interventions/" + yro.id() + "/reviews"))
                .map(e -> e.on() + " " + e.title() + ": " + e.detail())
                .toList();
        assertThat(entries)
                .containsExactlyInAnyOrder(
                        "2027-01-29 Review: plan changed: Contacts moved to the placement",
                        "2027-02-01 Review: plan not changed: Still right",
                        "2026-12-29 Review needed: change of address, placement or looked-after status:"
                                + " Change of circumstances: Looked-after status",
                        "2027-01-08 Review needed: release from custody: Release from custody: Released on bail");
    }

    @Test
    void closingTheInterventionCancelsItsReviewsAndAClosedOneIsNotReviewed() throws Exception {
        asCaseManager(() -> events.publishEvent(
                new ChildCircumstancesChanged(child.id(), List.of("Postcode"), LocalDate.of(2027, 1, 4))));
        asCaseManager(() -> interventions.close(
                yro.id(),
                interventions.get(yro.id()).version(),
                ClosureReason.COMPLETED,
                "Support continues through early help",
                LocalDate.of(2027, 1, 29)));
        assertThat(reviewItems(yro.id()))
                .containsExactly("review-triggered CANCELLED 2027-01-18", "review-scheduled CANCELLED 2027-02-28");
        asCaseManager(() -> events.publishEvent(
                new ChildCircumstancesChanged(child.id(), List.of("Postcode"), LocalDate.of(2027, 2, 1))));
        assertThat(triggers(yro.id())).hasSize(1);
        assertThat(triggers(referralOrder.id())).hasSize(2);
        postJson("/api/v1/interventions/{id}/reviews", yro.id(), """
                        {"version": 0, "reviewedOn": "2027-01-29", "whatChanged": "x", "childViews": "x",
                         "parentsViews": "x", "planChanged": false, "planUnchangedReason": "x",
                         "assessmentNeedsUpdating": false}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("intervention"));
    }

    @Test
    void aCaretakingHostServiceSeesTheReviewsButCannotRecordThem() throws Exception {
        YouthJusticeService host = data.service("ReviewsHost");
        String hostUser = data.account("reviews.host", Role.CASE_MANAGER, host);
        String hostToken = data.apiToken(hostUser);
        asCaseManager(() -> interventions.arrangeCaretaking(yro.id(), 0, host.id(), LocalDate.of(2027, 1, 4)));
        mvc.perform(get("/api/v1/interventions/{id}/reviews", yro.id()).header("Authorization", "Bearer " + hostToken))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/interventions/{id}/reviews", yro.id())
                        .header("Authorization", "Bearer " + hostToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version": 0, "reviewedOn": "2027-01-29", "whatChanged": "x", "childViews": "x",
                                 "parentsViews": "x", "planChanged": false, "planUnchangedReason": "x",
                                 "assessmentNeedsUpdating": false}
                                """))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/interventions/{id}/review-triggers", yro.id())
                        .header("Authorization", "Bearer " + hostToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"SERIOUS_INCIDENT\", \"on\": \"2027-01-08\", \"whatHappened\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/interventions/{id}/reviews/new", yro.id())
                        .with(authentication(data.authenticationOf(hostUser))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from review where intervention_id = :id")
                        .param("id", yro.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void readersSeeReviewsButOnlyThoseWhoChangeRecordsRecordThemAndOtherServicesSeeNothing() throws Exception {
        String reader = data.account("reviews.qa", Role.QA_LEAD, service);
        String readerToken = data.apiToken(reader);
        mvc.perform(get("/api/v1/interventions/{id}/reviews", yro.id())
                        .header("Authorization", "Bearer " + readerToken))
                .andExpect(status().isOk());
        mvc.perform(get("/interventions/{id}/reviews", yro.id()).with(authentication(data.authenticationOf(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record a review"))));
        for (String path : List.of("reviews", "review-triggers")) {
            mvc.perform(post("/api/v1/interventions/{id}/" + path, yro.id())
                            .header("Authorization", "Bearer " + readerToken)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\": 0}"))
                    .andExpect(status().isForbidden());
        }
        for (String page : List.of("reviews/new", "reviews/check", "reviews/incident")) {
            mvc.perform(get("/interventions/{id}/" + page, yro.id())
                            .with(authentication(data.authenticationOf(reader))))
                    .andExpect(status().isForbidden());
        }
        for (String page : List.of("reviews", "reviews/check", "reviews/incident")) {
            mvc.perform(post("/interventions/{id}/" + page, yro.id())
                            .with(authentication(data.authenticationOf(reader)))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        YouthJusticeService elsewhere = data.service("ReviewsElsewhere");
        String stranger = data.apiToken(data.account("reviews.other", Role.CASE_MANAGER, elsewhere));
        mvc.perform(get("/api/v1/interventions/{id}/reviews", yro.id()).header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        api(get("/api/v1/interventions/{id}/reviews", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void aReviewIsRecordedOnItsPagesWithCheckYourAnswers() throws Exception {
        asCaseManager(() -> events.publishEvent(
                new ChildCircumstancesChanged(child.id(), List.of("Postcode"), LocalDate.of(2027, 1, 4))));
        MockHttpSession session = new MockHttpSession();
        var auth = authentication(data.authenticationOf(caseManager));
        mvc.perform(get("/interventions/{id}/reviews", yro.id()).with(auth))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change of circumstances: Postcode")))
                .andExpect(content().string(containsString("18 January 2027")))
                .andExpect(content().string(containsString("Overdue")));
        for (String page : List.of("reviews/new", "reviews/incident")) {
            mvc.perform(get("/interventions/{id}/" + page, yro.id()).with(auth))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("govuk-button")));
        }
        // Missing answers: the error summary links to each field and the answers are kept.
        mvc.perform(post("/interventions/{id}/reviews/check", yro.id())
                        .with(auth)
                        .with(csrf())
                        .session(session)
                        .param("version", "0")
                        .param("reviewedOn.day", "29")
                        .param("reviewedOn.month", "1")
                        .param("reviewedOn.year", "2027")
                        .param("whatChanged", "Moved in with his aunt")
                        .param("planChanged", "no"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#childViews\"")))
                .andExpect(content().string(containsString("href=\"#planUnchangedReason\"")))
                .andExpect(content().string(containsString("Moved in with his aunt")));
        mvc.perform(post("/interventions/{id}/reviews/check", yro.id())
                        .with(auth)
                        .with(csrf())
                        .session(session)
                        .param("version", "0")
                        .param("reviewedOn.day", "29")
                        .param("reviewedOn.month", "1")
                        .param("reviewedOn.year", "2027")
                        .param("_answers", "on")
                        .param("whatChanged", "Moved in with his aunt")
                        .param("childViews", "Happier there")
                        .param("parentsViews", "Aunt supports the plan")
                        .param("planChanged", "yes")
                        .param("planChange", "Home visits at the aunt's")
                        .param("assessmentNeedsUpdating", "no"))
                .andExpect(redirectedUrl("/interventions/" + yro.id() + "/reviews/check"));
        mvc.perform(get("/interventions/{id}/reviews/check", yro.id())
                        .with(auth)
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your answers before recording the review")))
                .andExpect(content().string(containsString("1 trigger stays due.")))
                .andExpect(content().string(containsString("Home visits at the aunt")));
        mvc.perform(post("/interventions/{id}/reviews", yro.id())
                        .with(auth)
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/interventions/" + yro.id() + "/reviews?recorded"));
        mvc.perform(get("/interventions/{id}/reviews", yro.id()).with(auth))
                .andExpect(content().string(containsString("Plan changed")))
                .andExpect(content().string(containsString("Review on 29 January 2027")));
        // Nothing was answered, so the change of circumstances is still waiting and still due.
        assertThat(jdbc.sql("select count(*) from review_trigger where intervention_id = :id and answered_by is null")
                        .param("id", yro.id())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(reviewItems(yro.id()))
                .filteredOn(i -> i.contains("OPEN"))
                .containsExactly("review-triggered OPEN 2027-01-18", "review-scheduled OPEN 2027-04-29");
    }

    @Test
    void aReviewRecordedByAnotherFirstShowsTheStalePanelOnCheckYourAnswersAndTheNextConfirmRecordsIt()
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        var auth = authentication(data.authenticationOf(caseManager));
        mvc.perform(post("/interventions/{id}/reviews/check", yro.id())
                        .with(auth)
                        .with(csrf())
                        .session(session)
                        .param("version", "0")
                        .param("reviewedOn.day", "1")
                        .param("reviewedOn.month", "2")
                        .param("reviewedOn.year", "2027")
                        .param("whatChanged", "Started college")
                        .param("childViews", "Keen")
                        .param("parentsViews", "Pleased")
                        .param("planChanged", "no")
                        .param("planUnchangedReason", "Still right")
                        .param("assessmentNeedsUpdating", "no"))
                .andExpect(redirectedUrl("/interventions/" + yro.id() + "/reviews/check"));
        // Meanwhile a review is recorded through the API from the same version.
        postJson("/api/v1/interventions/{id}/reviews", yro.id(), """
                        {"version": 0, "reviewedOn": "2027-01-29", "whatChanged": "Moved", "childViews": "Fine",
                         "parentsViews": "Fine", "planChanged": false, "planUnchangedReason": "Still right",
                         "assessmentNeedsUpdating": false}
                        """).andExpect(status().isCreated());
        // Confirming: the stale panel (who, what) on check your answers, nothing saved, the answers kept.
        mvc.perform(post("/interventions/{id}/reviews", yro.id())
                        .with(auth)
                        .with(csrf())
                        .session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Check your answers before recording the review")))
                .andExpect(content().string(containsString("while you were editing it")))
                .andExpect(content().string(containsString("Recorded a review on 29 January 2027")))
                .andExpect(content()
                        .string(containsString(
                                "Nothing was saved: check what your review answers, then record it again.")))
                .andExpect(content().string(containsString("Started college")));
        assertThat(jdbc.sql("select count(*) from review where intervention_id = :id")
                        .param("id", yro.id())
                        .query(Long.class)
                        .single())
                .isOne();
        // Confirming again, knowing of the other review, records this one.
        mvc.perform(post("/interventions/{id}/reviews", yro.id())
                        .with(auth)
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/interventions/" + yro.id() + "/reviews?recorded"));
        assertThat(jdbc.sql("select what_changed from review where intervention_id = :id order by reviewed_on")
                        .param("id", yro.id())
                        .query(String.class)
                        .list())
                .containsExactly("Moved", "Started college");
    }
}
