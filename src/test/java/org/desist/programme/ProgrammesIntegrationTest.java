package org.desist.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
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
 * Programmes and referrals against PostgreSQL, "today" Monday 1 February 2027: each service's own catalogue,
 * a child enrolled on a programme with sessions and completion, referrals to specialists and partners chased
 * after 20 working days across Christmas, who may see or change them, stale changes, the audit trail and the
 * chronology.
 */
@IntegrationTest
@Import(February2027.class)
class ProgrammesIntegrationTest {

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
    ProgrammeCatalogue catalogue;

    @Autowired
    List<ChronologySource> chronology;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String manager;
    String caseManager;
    String token;
    Child child;
    Intervention order;
    Programme knifeCrime;

    @BeforeEach
    void aReferralOrderAndTheServicesCatalogue() {
        service = data.service("Programmes");
        manager = data.account("programmes.om", Role.OPERATIONAL_MANAGER, service);
        caseManager = data.account("programmes.cm", Role.CASE_MANAGER, service);
        token = data.apiToken(caseManager);
        data.actAs(manager);
        knifeCrime = transactions.execute(s -> catalogue.add(
                service.id(),
                new ProgrammeDetails(
                        "Choices: knife crime awareness",
                        Delivery.GROUP,
                        ProgrammeTopic.KNIFE_CRIME,
                        6,
                        "Six weekly group sessions",
                        null)));
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Kai", "Morris", LocalDate.of(2011, 5, 14))));
        order = transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 6, 1),
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

    private String enrol() throws Exception {
        return JsonPath.read(
                postJson("/api/v1/interventions/{id}/programme-enrolments", order.id(), """
                                {"programmeId": "%s", "startDate": "2027-01-04", "deliveredBy": "Sam Patel (YJS)"}
                                """.formatted(knifeCrime.id()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void aChildIsEnrolledSessionsAreRecordedAgainstThePlanAndTheProgrammeEnds() throws Exception {
        // Who delivers it and from when are needed.
        postJson("/api/v1/interventions/{id}/programme-enrolments", order.id(), """
                        {"programmeId": "%s"}
                        """.formatted(knifeCrime.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[1].field").value("deliveredBy"));
        // Not before the order began.
        postJson("/api/v1/interventions/{id}/programme-enrolments", order.id(), """
                        {"programmeId": "%s", "startDate": "2026-11-30", "deliveredBy": "Sam Patel"}
                        """.formatted(knifeCrime.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"));
        String enrolment = enrol();
        // Not twice at once.
        postJson("/api/v1/interventions/{id}/programme-enrolments", order.id(), """
                        {"programmeId": "%s", "startDate": "2027-01-11", "deliveredBy": "Sam Patel"}
                        """.formatted(knifeCrime.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The child is already on this programme"));

        for (String[] session : List.of(
                new String[] {"2027-01-04", "ATTENDED"},
                new String[] {"2027-01-11", "ATTENDED"},
                new String[] {"2027-01-18", "ACCEPTABLE_ABSENCE"},
                new String[] {"2027-01-25", "UNACCEPTABLE_ABSENCE"})) {
            postJson("/api/v1/programme-enrolments/{id}/sessions", enrolment, """
                            {"date": "%s", "attendance": "%s", "notes": "Group session"}
                            """.formatted(session[0], session[1]))
                    .andExpect(status().isCreated());
        }
        // A session next week has not happened yet.
        postJson("/api/v1/programme-enrolments/{id}/sessions", enrolment, """
                        {"date": "2027-02-08", "attendance": "ATTENDED"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        api(get("/api/v1/programme-enrolments/{id}", enrolment))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programmeName").value("Choices: knife crime awareness"))
                .andExpect(jsonPath("$.sessions.length()").value(4))
                .andExpect(jsonPath("$.counts.attended").value(2))
                .andExpect(jsonPath("$.counts.acceptableAbsences").value(1))
                .andExpect(jsonPath("$.counts.unacceptableAbsences").value(1))
                .andExpect(jsonPath("$.counts.planned").value(6))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/interventions/{id}/programmes", order.id())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 of 6 planned sessions attended")))
                .andExpect(content().string(containsString("In progress")));

        // Not completed needs its reason; the end cannot be before the last session.
        postJson("/api/v1/programme-enrolments/{id}/completion", enrolment, """
                        {"version": 0, "completion": "NOT_COMPLETED", "completedOn": "2027-01-20"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[1].field").value("completedOn"));
        postJson("/api/v1/programme-enrolments/{id}/completion", enrolment, """
                        {"completion": "COMPLETED", "completedOn": "2027-01-29"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        postJson("/api/v1/programme-enrolments/{id}/completion", enrolment, """
                        {"version": 0, "completion": "NOT_COMPLETED", "completedOn": "2027-01-29",
                         "reason": "Excluded from the group after a fight; continues one-to-one"}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completion").value("NOT_COMPLETED"))
                .andExpect(jsonPath("$.version").value(1));
        // Someone else, from the version they read before: refused with who and what.
        postJson("/api/v1/programme-enrolments/{id}/completion", enrolment, """
                        {"version": 0, "completion": "COMPLETED", "completedOn": "2027-01-29"}
                        """)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.changes[0]").value(containsString("not completed on 2027-01-29")));
        // Ended: no more sessions.
        postJson("/api/v1/programme-enrolments/{id}/sessions", enrolment, """
                        {"date": "2027-02-01", "attendance": "ATTENDED"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enrolment"));

        assertThat(jdbc.sql("""
                        select record_type from audit_event where child_id = :child and action in ('CREATED', 'CHANGED')
                           and record_type like 'PROGRAMME%'
                        """).param("child", child.id()).query(String.class).list())
                .containsExactlyInAnyOrder(
                        "PROGRAMME_ENROLMENT",
                        "PROGRAMME_SESSION",
                        "PROGRAMME_SESSION",
                        "PROGRAMME_SESSION",
                        "PROGRAMME_SESSION",
                        "PROGRAMME_ENROLMENT");

        data.actAs(caseManager);
        List<ChronologyEntry> entries = transactions.execute(s -> chronology.stream()
                .flatMap(c -> c.entriesFor(data.accessible(caseManager, child.id())).stream())
                .filter(e -> e.type() == ChronologyType.PROGRAMME)
                .toList());
        assertThat(entries)
                .extracting(ChronologyEntry::on, ChronologyEntry::title)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2027, 1, 4), "Enrolled on Choices: knife crime awareness"),
                        org.assertj.core.groups.Tuple.tuple(
                                LocalDate.of(2027, 1, 29), "Choices: knife crime awareness: not completed"));
    }

    @Test
    void eachServiceHasItsOwnCatalogueAndOnlyItsManagersChangeIt() throws Exception {
        YouthJusticeService other = data.service("ProgrammesElsewhere");
        String otherManager = data.account("programmes.other", Role.OPERATIONAL_MANAGER, other);
        data.actAs(otherManager);
        Programme theirs = transactions.execute(s -> catalogue.add(
                other.id(),
                new ProgrammeDetails(
                        "Their mentoring", Delivery.ONE_TO_ONE, ProgrammeTopic.MENTORING, 12, null, null)));
        TestData.signOut();

        // Another service's programme cannot be used, nor seen.
        postJson("/api/v1/interventions/{id}/programme-enrolments", order.id(), """
                        {"programmeId": "%s", "startDate": "2027-01-04", "deliveredBy": "Sam Patel"}
                        """.formatted(theirs.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("programmeId"))
                .andExpect(jsonPath("$.errors[0].message").value("Select a programme your service runs"));
        api(get("/api/v1/programmes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Their mentoring')]").isEmpty())
                .andExpect(jsonPath("$[?(@.name == 'Choices: knife crime awareness')]")
                        .isNotEmpty());
        mvc.perform(get("/programmes/{id}/edit", theirs.id()).with(authentication(data.authenticationOf(manager))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes").with(authentication(data.authenticationOf(caseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choices: knife crime awareness")))
                .andExpect(content().string(not(containsString("Their mentoring"))))
                .andExpect(content().string(not(containsString("Add a programme"))));

        // A manager adds one from the page; the same name twice is refused; a case manager may not.
        mvc.perform(post("/programmes")
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("serviceId", service.id().toString())
                        .param("name", "Girls’ group")
                        .param("delivery", "GROUP")
                        .param("topic", "GIRLS_GROUP")
                        .param("sessionsPlanned", "10"))
                .andExpect(redirectedUrl("/programmes?added"));
        mvc.perform(post("/programmes")
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("serviceId", service.id().toString())
                        .param("name", "girls’ group")
                        .param("delivery", "GROUP")
                        .param("topic", "GIRLS_GROUP")
                        .param("sessionsPlanned", "many"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#sessionsPlanned\"")))
                .andExpect(content().string(containsString("The number of sessions planned must be a number")));
        mvc.perform(post("/programmes")
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("serviceId", service.id().toString())
                        .param("name", "girls’ group")
                        .param("delivery", "GROUP")
                        .param("topic", "GIRLS_GROUP")
                        .param("sessionsPlanned", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The service already has a programme with this name")));
        mvc.perform(post("/programmes")
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("serviceId", other.id().toString())
                        .param("name", "Sneaked in")
                        .param("delivery", "GROUP")
                        .param("topic", "OTHER")
                        .param("sessionsPlanned", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the service that runs the programme")));
        for (String page : List.of("/programmes/new", "/programmes/" + knifeCrime.id() + "/edit")) {
            mvc.perform(get(page).with(authentication(data.authenticationOf(caseManager))))
                    .andExpect(status().isForbidden());
            mvc.perform(get(page).with(authentication(data.authenticationOf(manager))))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/programmes")
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        // Withdrawn: no new enrolments. A stale change is refused and explained.
        mvc.perform(post("/programmes/{id}", knifeCrime.id())
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", knifeCrime.name())
                        .param("delivery", "GROUP")
                        .param("topic", "KNIFE_CRIME")
                        .param("sessionsPlanned", "6")
                        .param("active", "false"))
                .andExpect(redirectedUrl("/programmes?changed"));
        mvc.perform(post("/programmes/{id}", knifeCrime.id())
                        .with(authentication(data.authenticationOf(manager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", knifeCrime.name())
                        .param("delivery", "GROUP")
                        .param("topic", "KNIFE_CRIME")
                        .param("sessionsPlanned", "8")
                        .param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This record was changed by " + manager)))
                .andExpect(content().string(containsString("Nothing was saved: check the programme and try again.")))
                .andExpect(content().string(containsString("Withdrew the programme")));
        postJson("/api/v1/interventions/{id}/programme-enrolments", order.id(), """
                        {"programmeId": "%s", "startDate": "2027-01-04", "deliveredBy": "Sam Patel"}
                        """.formatted(knifeCrime.id()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This programme has been withdrawn: select a programme still offered"));
        assertThat(jdbc.sql("""
                        select summary from audit_event where record_type = 'PROGRAMME' and record_id = :id order by id
                        """)
                        .param("id", knifeCrime.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Added the programme Choices: knife crime awareness to the catalogue",
                        "Withdrew the programme Choices: knife crime awareness");
    }

    @Test
    void referralsAwaitingAnOutcomeFor20WorkingDaysAreFlaggedToChase() throws Exception {
        // 10 December 2026: 20 working days later, across Christmas, is 12 January 2027; today is 1 February.
        String old = JsonPath.read(
                postJson("/api/v1/interventions/{id}/specialist-referrals", order.id(), """
                                {"agency": "CAMHS_HEALTH", "organisation": "Northbridge CAMHS", "referredOn": "2026-12-10",
                                 "reason": "Low mood, poor sleep, says he is anxious going out"}
                                """)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.outcome").value("AWAITING"))
                        .andExpect(jsonPath("$.chaseFrom").value("2027-01-12"))
                        .andExpect(jsonPath("$.chase").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        postJson("/api/v1/interventions/{id}/specialist-referrals", order.id(), """
                        {"agency": "SPEECH_AND_LANGUAGE_THERAPY", "referredOn": "2027-01-20",
                         "reason": "Struggles to follow instructions in sessions"}
                        """)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.chaseFrom").value("2027-02-17"))
                .andExpect(jsonPath("$.chase").value(false));
        postJson("/api/v1/interventions/{id}/specialist-referrals", order.id(), """
                        {"agency": "OTHER", "referredOn": "2027-01-20", "reason": "Boxing"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"));
        api(get("/api/v1/interventions/{id}/programmes", order.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referralsToChase").value(1))
                .andExpect(jsonPath("$.chaseAfterWorkingDays").value(20))
                .andExpect(jsonPath("$.referrals[0].agency").value("SPEECH_AND_LANGUAGE_THERAPY"));
        mvc.perform(get("/interventions/{id}/programmes", order.id())
                        .with(authentication(data.authenticationOf(caseManager))))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "1 referral has been awaiting an outcome for 20 working days or more: chase the partner.")))
                .andExpect(content().string(containsString("Chase: awaiting outcome")));

        // The outcome, not before the referral; then a later one from the version read; a stale one refused.
        postJson("/api/v1/specialist-referrals/{id}/outcome", old, """
                        {"version": 0, "outcome": "ACCEPTED", "outcomeOn": "2026-12-09"}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcomeOn"));
        postJson("/api/v1/specialist-referrals/{id}/outcome", old, """
                        {"version": 0, "outcome": "ACCEPTED", "outcomeOn": "2027-01-14", "notes": "First appointment 28 January"}
                        """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.chase").value(false))
                .andExpect(jsonPath("$.version").value(1));
        postJson("/api/v1/specialist-referrals/{id}/outcome", old, """
                        {"version": 0, "outcome": "DECLINED", "outcomeOn": "2027-01-14"}
                        """)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1));
        postJson("/api/v1/specialist-referrals/{id}/outcome", old, """
                        {"version": 1, "outcome": "ENGAGED", "outcomeOn": "2027-01-28"}
                        """).andExpect(status().isOk());
        api(get("/api/v1/interventions/{id}/specialist-referrals", order.id()))
                .andExpect(jsonPath("$[1].outcome").value("ENGAGED"))
                .andExpect(jsonPath("$[1].outcomeOn").value("2027-01-28"));
        api(get("/api/v1/interventions/{id}/programmes", order.id()))
                .andExpect(jsonPath("$.referralsToChase").value(0));

        data.actAs(caseManager);
        List<String> titles = transactions.execute(s -> chronology.stream()
                .flatMap(c -> c.entriesFor(data.accessible(caseManager, child.id())).stream())
                .filter(e -> e.type() == ChronologyType.PROGRAMME)
                .map(ChronologyEntry::title)
                .toList());
        assertThat(titles)
                .containsExactlyInAnyOrder(
                        "Referral made to CAMHS or health (Northbridge CAMHS)",
                        "Referral to CAMHS or health (Northbridge CAMHS): engaged",
                        "Referral made to Speech and language therapy");
    }

    @Test
    void aCaretakingHostServiceSeesTheProgrammesButCannotChangeThem() throws Exception {
        String enrolment = enrol();
        YouthJusticeService host = data.service("ProgrammesHost");
        String hostCaseManager = data.account("programmes.host", Role.CASE_MANAGER, host);
        String hostToken = data.apiToken(hostCaseManager);
        data.actAs(caseManager);
        try {
            transactions.execute(
                    s -> interventions.arrangeCaretaking(order.id(), 0, host.id(), LocalDate.of(2027, 1, 4)));
        } finally {
            TestData.signOut();
        }
        mvc.perform(get("/api/v1/interventions/{id}/programmes", order.id())
                        .header("Authorization", "Bearer " + hostToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enrolments.length()").value(1));
        mvc.perform(get("/interventions/{id}/programmes", order.id())
                        .with(authentication(data.authenticationOf(hostCaseManager))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Record a session"))))
                .andExpect(content().string(not(containsString("Make a referral"))));
        mvc.perform(post("/api/v1/programme-enrolments/{id}/sessions", enrolment)
                        .header("Authorization", "Bearer " + hostToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2027-01-11\", \"attendance\": \"ATTENDED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/interventions/{id}/specialist-referrals", order.id())
                        .header("Authorization", "Bearer " + hostToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agency": "HOUSING", "referredOn": "2027-01-20", "reason": "Sofa-surfing"}
                                """))
                .andExpect(status().isForbidden());
        mvc.perform(get("/interventions/{id}/programmes/enrol", order.id())
                        .with(authentication(data.authenticationOf(hostCaseManager))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/interventions/{id}/programmes/enrol", order.id())
                        .with(authentication(data.authenticationOf(hostCaseManager)))
                        .with(csrf())
                        .param("programmeId", knifeCrime.id().toString())
                        .param("startDate.day", "11")
                        .param("startDate.month", "1")
                        .param("startDate.year", "2027")
                        .param("deliveredBy", "Host worker"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from programme_session where enrolment_id = :id")
                        .param("id", UUID.fromString(enrolment))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void readersReadOutsidersAreNotFoundAndOnlyEditorsChange() throws Exception {
        String enrolment = enrol();
        String outsider = data.apiToken(data.account("programmes.out", Role.CASE_MANAGER, data.service("Outside")));
        mvc.perform(get("/api/v1/interventions/{id}/programmes", order.id())
                        .header("Authorization", "Bearer " + outsider))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programme-enrolments/{id}", enrolment).header("Authorization", "Bearer " + outsider))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/interventions/{id}/specialist-referrals", order.id())
                        .header("Authorization", "Bearer " + outsider)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"agency": "HOUSING", "referredOn": "2027-01-20", "reason": "Sofa-surfing"}
                                """))
                .andExpect(status().isNotFound());
        api(get("/api/v1/specialist-referrals/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/interventions/{id}/programme-enrolments", order.id()))
                .andExpect(status().isUnauthorized());

        String reader = data.account("programmes.qa", Role.QA_LEAD, service);
        String readerToken = data.apiToken(reader);
        mvc.perform(get("/api/v1/interventions/{id}/programme-enrolments", order.id())
                        .header("Authorization", "Bearer " + readerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + readerToken))
                .andExpect(status().isOk());
        for (String path : List.of(
                "/api/v1/interventions/" + order.id() + "/programme-enrolments",
                "/api/v1/interventions/" + order.id() + "/specialist-referrals",
                "/api/v1/programme-enrolments/" + enrolment + "/sessions",
                "/api/v1/programme-enrolments/" + enrolment + "/completion",
                "/api/v1/specialist-referrals/" + UUID.randomUUID() + "/outcome")) {
            mvc.perform(post(path)
                            .header("Authorization", "Bearer " + readerToken)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
        }
        for (String page : List.of(
                "/interventions/" + order.id() + "/programmes/enrol",
                "/interventions/" + order.id() + "/specialist-referrals/new",
                "/programme-enrolments/" + enrolment + "/sessions/new",
                "/programme-enrolments/" + enrolment + "/completion",
                "/programmes/new")) {
            mvc.perform(get(page).with(authentication(data.authenticationOf(reader))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/interventions/{id}/programmes", order.id())
                        .with(authentication(data.authenticationOf(reader))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Enrol on a programme"))));
        String panel = data.account("programmes.panel", Role.PANEL_MEMBER, service);
        mvc.perform(get("/interventions/{id}/programmes", order.id())
                        .with(authentication(data.authenticationOf(panel))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes").with(authentication(data.authenticationOf(panel))))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyQuestionPageRendersAndShowsItsErrorSummary() throws Exception {
        String enrolment = enrol();
        String referral = JsonPath.read(
                postJson("/api/v1/interventions/{id}/specialist-referrals", order.id(), """
                                {"agency": "HOUSING", "referredOn": "2027-01-20", "reason": "Sofa-surfing"}
                                """)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        for (String page : List.of(
                "/interventions/" + order.id() + "/programmes",
                "/interventions/" + order.id() + "/programmes/enrol",
                "/interventions/" + order.id() + "/specialist-referrals/new",
                "/programme-enrolments/" + enrolment + "/sessions/new",
                "/programme-enrolments/" + enrolment + "/completion",
                "/specialist-referrals/" + referral + "/outcome")) {
            mvc.perform(get(page).with(authentication(data.authenticationOf(caseManager))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("govuk-button")));
        }
        mvc.perform(post("/programme-enrolments/{id}/completion", enrolment)
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("completion", "NOT_COMPLETED")
                        .param("completedOn.day", "29")
                        .param("completedOn.month", "1")
                        .param("completedOn.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Enter why the child did not complete the programme")));
        mvc.perform(post("/specialist-referrals/{id}/outcome", referral)
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("version", "0")
                        .param("outcome", "ACCEPTED")
                        .param("outcomeOn.day", "21")
                        .param("outcomeOn.month", "1")
                        .param("outcomeOn.year", "2027"))
                .andExpect(redirectedUrl("/interventions/" + order.id() + "/programmes?outcome"));
        mvc.perform(post("/programme-enrolments/{id}/sessions", enrolment)
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("date.day", "11")
                        .param("date.month", "13")
                        .param("date.year", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#date-day\"")))
                .andExpect(content().string(containsString("The date of the session must be a real date")));
    }
}
