package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rest of the remand, custody, care-leaver and out-of-borough duties (the joint protocol between children's social care and the YOS) with real dates
 * across Christmas 2026 (25 and 28 December and 1 January are bank holidays). "Today" is Monday 1 February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class CustodyAndCareLeaversIntegrationTest {

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
    TransactionTemplate transactions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;

    @BeforeEach
    void aService() {
        service = data.service("Custody");
        caseManager = data.account("cl.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aCareLeaverSentencedTheFridayBeforeChristmas() throws Exception {
        Child child = careLeaver("Cara");
        start(
                child,
                InterventionType.DETENTION_AND_TRAINING_ORDER,
                LocalDate.of(2026, 12, 18),
                LocalDate.of(2027, 6, 18));
        mvc.perform(get("/api/v1/children/{id}/looked-after", child.id()).with(cm))
                .andExpect(jsonPath("$.careLeaverCategory").value("RELEVANT"));
        // 10 WD from Friday 18 December: 21–24, 29–31 December, 4, 5 and 6 January.
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_FIRST_VISIT')].dueDate")
                        .value("2027-01-06"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_FIRST_VISIT')].owner")
                        .value("SOCIAL_CARE"));
        UUID sentence = sentence(child);

        // The expected release date, recorded on the Social care tab: the two duties before release fall due.
        assertThat(page("/children/" + child.id() + "/social-care/custody/" + sentence + "/release"))
                .contains("Expected release date");
        redirected(release(child, sentence, "1", "4", "2027", 0));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_PATHWAY_REVIEW')].dueDate")
                        .value("2027-03-01"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_RELEASE_ARRANGEMENTS')].dueDate")
                        .value("2027-03-18"));
        // The release moves to 15 April: so do both.
        redirected(release(child, sentence, "15", "4", "2027", 0));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_PATHWAY_REVIEW')].dueDate")
                        .value("2027-03-15"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_RELEASE_ARRANGEMENTS')].dueDate")
                        .value("2027-04-01"));
        mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(cm))
                .andExpect(jsonPath("$.sentences[0].careLeaver").value(true))
                .andExpect(jsonPath("$.sentences[0].expectedRelease").value("2027-04-15"))
                .andExpect(jsonPath("$.sentences[0].pathwayReviewBy").value("2027-03-15"));
        // Someone saving against the version before that change is told, not overwritten.
        assertThat(mvc.perform(release(child, sentence, "20", "4", "2027", 0))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("while you were editing it");

        // The first visit is not by the YOS worker.
        UUID visit = duty(child, "CARE_LEAVER_FIRST_VISIT");
        assertThat(mvc.perform(done(child, visit, "5", "1", "2027", "Test cl.cm, case manager", "0"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("not the YOS worker: Test cl.cm is a member of the youth justice service");
        redirected(done(child, visit, "5", "1", "2027", "Priya Shah, personal adviser", "0"));
        // The pathway plan review may be done early (YOS included), well before it is due.
        redirected(done(child, duty(child, "CARE_LEAVER_PATHWAY_REVIEW"), "29", "1", "2027", "Priya Shah", "0"));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_FIRST_VISIT')].status")
                        .value("MET"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_PATHWAY_REVIEW')].status")
                        .value("MET"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_RELEASE_ARRANGEMENTS')].status")
                        .value("OPEN"));
        assertThat(page("/children/" + child.id() + "/social-care"))
                .contains(
                        "15 April 2027",
                        "Pathway plan review by 15 March 2027",
                        "release arrangements by 1 April 2027");

        // The sentence ends (quashed on appeal): what is still open is cancelled with the reason.
        data.actAs(caseManager);
        try {
            transactions.executeWithoutResult(s -> {
                var dto = interventions.get(sentence);
                interventions.close(
                        dto.id(), dto.version(), ClosureReason.REVOKED, "Quashed on appeal", LocalDate.of(2027, 1, 29));
            });
        } finally {
            TestData.signOut();
        }
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_RELEASE_ARRANGEMENTS')].status")
                        .value("CANCELLED"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_PATHWAY_REVIEW')].status")
                        .value("MET"));
    }

    @Test
    void stoppingSupportEndsTheTwentyEightDayVisits() throws Exception {
        Child child = child("Stef", LocalDate.of(2010, 7, 7));
        event(child, "CARE_ORDER_MADE", "1", "5", "2025");
        start(child, InterventionType.DETENTION_AND_TRAINING_ORDER, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 5, 8));
        UUID sentence = sentence(child);
        var stop = stopSupport(child, sentence);
        assertThat(mvc.perform(stop).andReturn().getResponse().getContentAsString())
                .contains("Record the assessment of the child");
        redirected(done(
                child,
                duty(child, "CUSTODY_NEEDS_ASSESSMENT"),
                "20",
                "1",
                "2027",
                "Sam Patel, social worker",
                IntStream.range(
                                0,
                                JointDuty.CUSTODY_NEEDS_ASSESSMENT.checklist().size())
                        .mapToObj(String::valueOf)
                        .toArray(String[]::new)));
        // Without the parents told, refused.
        assertThat(mvc.perform(stopSupport(child, sentence, "parentsToldOn"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Enter the date the parents were told");
        redirected(stopSupport(child, sentence));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_VISIT' && @.status == 'OPEN')]")
                        .isEmpty())
                .andExpect(jsonPath("$[?(@.duty == 'CUSTODY_VISIT')].status").value("CANCELLED"));
        mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(cm))
                .andExpect(
                        jsonPath("$.sentences[0].supportStopped.seniorManager").value("Pat Senior"))
                .andExpect(
                        jsonPath("$.sentences[0].supportStopped.parentsToldOn").value("2027-01-25"));
        assertThat(page("/children/" + child.id() + "/social-care"))
                .contains("Agreed by Pat Senior on 22 January 2027");
        // Only once.
        assertThat(mvc.perform(stopSupport(child, sentence))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Support has already stopped");
    }

    @Test
    void aChildWithNoAllocatedSocialWorkerGetsAnAuthorityRepresentativeNeverAYosWorker() throws Exception {
        Child child = child("Rory", LocalDate.of(2010, 8, 8));
        data.account("cl.yos", Role.CASE_MANAGER, service);
        start(
                child,
                InterventionType.DETENTION_AND_TRAINING_ORDER,
                LocalDate.of(2026, 12, 18),
                LocalDate.of(2027, 6, 18));
        redirected(done(child, duty(child, "CUSTODY_LA_NOTIFIED"), "18", "12", "2026", "Jo Case", "0", "1")
                .param("how", "Telephoned the duty team")
                .param("noAllocatedSocialWorker", "true"));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'AUTHORITY_REPRESENTATIVE')].dueDate")
                        .value("2026-12-18"))
                .andExpect(jsonPath("$[?(@.duty == 'AUTHORITY_REPRESENTATIVE')].owner")
                        .value("SOCIAL_CARE"));
        UUID representative = duty(child, "AUTHORITY_REPRESENTATIVE");
        assertThat(page("/children/" + child.id() + "/social-care/duties/" + representative))
                .contains("qualified social worker, never a YOS worker");
        assertThat(body(representative(child, representative, "Kim Lee", "YOUTH_JUSTICE_SERVICE", true)))
                .contains("The authority representative must not be a YOS worker");
        assertThat(body(representative(child, representative, "Test cl.yos", "CHILDRENS_SOCIAL_CARE", true)))
                .contains("Test cl.yos is a member of the youth justice service");
        assertThat(body(representative(child, representative, "Kim Lee", "CHILDRENS_SOCIAL_CARE", false)))
                .contains("Confirm the representative is a qualified social worker");
        redirected(representative(child, representative, "Kim Lee", "CHILDRENS_SOCIAL_CARE", true));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'AUTHORITY_REPRESENTATIVE')].status")
                        .value("MET"))
                .andExpect(jsonPath("$[?(@.duty == 'AUTHORITY_REPRESENTATIVE')].doneBy")
                        .value("Kim Lee"))
                .andExpect(jsonPath("$[?(@.duty == 'AUTHORITY_REPRESENTATIVE')].agency")
                        .value("CHILDRENS_SOCIAL_CARE"))
                .andExpect(jsonPath("$[?(@.duty == 'AUTHORITY_REPRESENTATIVE')].iroToldOn")
                        .value("2026-12-18"));
        assertThat(page("/children/" + child.id() + "/social-care"))
                .contains("Appointed as the authority representative (Children&#39;s social care");
    }

    @Test
    void aChildStaysLookedAfterAtTheEndOfARemandOnlyWithPermission() throws Exception {
        Child child = child("Remi", LocalDate.of(2010, 3, 4));
        start(child, InterventionType.REMAND_TO_LOCAL_AUTHORITY, LocalDate.of(2026, 12, 1), null);
        String refused = body(post("/children/{id}/social-care/remand-end", child.id())
                .with(cm)
                .with(csrf())
                .param("remandEndedOn.day", "8")
                .param("remandEndedOn.month", "1")
                .param("remandEndedOn.year", "2027"));
        assertThat(refused)
                .contains(
                        "Enter the name of the head of service who gave permission",
                        "Enter the date of the assessment",
                        "Enter the name of the independent reviewing officer",
                        "Enter the independent reviewing officer");
        // Typing section 20 as a plain event does not get round it.
        assertThat(body(eventRequest(child, "ACCOMMODATED_UNDER_SECTION_20", "8", "1", "2027")))
                .contains("stays looked after only with the head of service");
        assertThat(body(eventRequest(child, "REMAND_ENDED_STAYS_LOOKED_AFTER", "8", "1", "2027")))
                .contains("Record that the child stays looked after at the end of the remand with the head of service");
        redirected(post("/children/{id}/social-care/remand-end", child.id())
                .with(cm)
                .with(csrf())
                .param("remandEndedOn.day", "8")
                .param("remandEndedOn.month", "1")
                .param("remandEndedOn.year", "2027")
                .param("assessedOn.day", "5")
                .param("assessedOn.month", "1")
                .param("assessedOn.year", "2027")
                .param("iroName", "Ann Iro")
                .param("iroOpinionOn.day", "6")
                .param("iroOpinionOn.month", "1")
                .param("iroOpinionOn.year", "2027")
                .param("iroOpinion", "Return home is not safe yet: stay in the placement")
                .param("headOfService", "Morgan Head")
                .param("permissionOn.day", "7")
                .param("permissionOn.month", "1")
                .param("permissionOn.year", "2027"));
        mvc.perform(get("/api/v1/children/{id}/looked-after", child.id()).with(cm))
                .andExpect(jsonPath("$.lookedAfter").value(true))
                .andExpect(jsonPath("$.legalBases.length()").value(1))
                .andExpect(jsonPath("$.legalBases[0]").value("SECTION_20"));
        mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(cm))
                .andExpect(jsonPath("$.remandEndPermissions[0].headOfService").value("Morgan Head"))
                .andExpect(jsonPath("$.remandEndPermissions[0].iroName").value("Ann Iro"));
        assertThat(jdbc.sql("select summary from audit_event where child_id = :c")
                        .param("c", child.id())
                        .query(String.class)
                        .list())
                .contains(
                        "Recorded the head of service's permission to stay looked after at the end of the remand",
                        "Viewed custody, care-leaving, end-of-remand and out-of-borough records");
    }

    @Test
    void outOfBoroughNotificationsLaterThanFiveWorkingDaysAreLate() throws Exception {
        Child child = child("Owen", LocalDate.of(2010, 4, 4));
        // Knew Wednesday 23 December; 5 WD: 24, 29, 30, 31 December and 4 January.
        redirected(notification(child, "4"));
        redirected(notification(child, "5").param("psrNeeded", "true"));
        assertThat(page("/children/" + child.id() + "/social-care"))
                .contains("Late: due by 4 January 2027", "On time", "A pre-sentence report is needed");
        mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(cm))
                .andExpect(jsonPath("$.outOfBoroughNotifications.length()").value(2))
                .andExpect(jsonPath("$.outOfBoroughNotifications[?(@.notifiedOn == '2027-01-04')].late")
                        .value(false));
        mvc.perform(get("/api/v1/services/{id}/late-out-of-borough-notifications", service.id())
                        .with(cm))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].childId").value(child.id().toString()))
                .andExpect(jsonPath("$[0].notification.notifiedOn").value("2027-01-05"))
                .andExpect(jsonPath("$[0].notification.dueBy").value("2027-01-04"))
                .andExpect(jsonPath("$[0].notification.psrNeeded").value(true));
        assertThat(body(post("/children/{id}/social-care/out-of-borough", child.id())
                        .with(cm)
                        .with(csrf())))
                .contains("Enter the date the social worker or personal adviser knew", "Enter who told the YOS");
        // Another service's staff see none of it.
        YouthJusticeService other = data.service("Elsewhere");
        var stranger = authentication(data.authenticationOf(data.account("cl.other", Role.CASE_MANAGER, other)));
        // Another service's list is not theirs to ask for: 404, as for any record that is not theirs.
        mvc.perform(get("/api/v1/services/{id}/late-out-of-borough-notifications", service.id())
                        .with(stranger))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/services/{id}/late-out-of-borough-notifications", other.id())
                        .with(stranger))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(stranger))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCareLeaverWhoIsArrestedIsSupportedTheSameDay() throws Exception {
        Child leaver = careLeaver("Aled");
        event(leaver, "SECTION_20_ENDED", "1", "12", "2026");
        Child other = child("Nia", LocalDate.of(2009, 6, 1));
        offence(leaver);
        offence(other);
        mvc.perform(get("/api/v1/children/{id}/joint-duties", leaver.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_ARREST_SUPPORT')].dueDate")
                        .value("2027-02-01"))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_ARREST_SUPPORT')].owner")
                        .value("SOCIAL_CARE"));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", other.id()).with(cm))
                .andExpect(jsonPath("$.length()").value(0));
        redirected(done(leaver, duty(leaver, "CARE_LEAVER_ARREST_SUPPORT"), "1", "2", "2027", "Priya Shah", "0"));
        mvc.perform(get("/api/v1/children/{id}/joint-duties", leaver.id()).with(cm))
                .andExpect(jsonPath("$[?(@.duty == 'CARE_LEAVER_ARREST_SUPPORT')].status")
                        .value("MET"));
    }

    @Test
    void onlyThoseWhoMayChangeTheRecordOpenTheNewPages() throws Exception {
        Child child = careLeaver("Hugo");
        start(
                child,
                InterventionType.DETENTION_AND_TRAINING_ORDER,
                LocalDate.of(2026, 12, 18),
                LocalDate.of(2027, 6, 18));
        UUID sentence = sentence(child);
        var headOfService =
                authentication(data.authenticationOf(data.account("cl.hos", Role.HEAD_OF_SERVICE, service)));
        for (String path : List.of(
                "/children/" + child.id() + "/social-care/remand-end",
                "/children/" + child.id() + "/social-care/out-of-borough",
                "/children/" + child.id() + "/social-care/custody/" + sentence + "/release",
                "/children/" + child.id() + "/social-care/custody/" + sentence + "/stop-support")) {
            mvc.perform(get(path).with(headOfService)).andExpect(status().isForbidden());
            mvc.perform(post(path).with(headOfService).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(headOfService))
                .andExpect(status().isOk());
        mvc.perform(get("/children/{id}/social-care", child.id()).with(headOfService))
                .andExpect(status().isOk());
        var panelMember = authentication(data.authenticationOf(data.account("cl.panel", Role.PANEL_MEMBER, service)));
        mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(panelMember))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/services/{id}/late-out-of-borough-notifications", service.id())
                        .with(panelMember))
                .andExpect(status().isForbidden());
    }

    /** 17 in December 2026 and accommodated under section 20 since September 2025: relevant once sentenced. */
    private Child careLeaver(String name) throws Exception {
        Child child = child(name, LocalDate.of(2009, 6, 1));
        event(child, "ACCOMMODATED_UNDER_SECTION_20", "1", "9", "2025");
        return child;
    }

    private MockHttpServletRequestBuilder release(Child child, UUID sentence, String d, String m, String y, long v) {
        return post("/children/{id}/social-care/custody/{i}/release", child.id(), sentence)
                .with(cm)
                .with(csrf())
                .param("releaseOn.day", d)
                .param("releaseOn.month", m)
                .param("releaseOn.year", y)
                .param("version", String.valueOf(v));
    }

    private MockHttpServletRequestBuilder done(
            Child child, UUID item, String d, String m, String y, String by, String... checklist) {
        return post("/children/{id}/social-care/duties/{item}", child.id(), item)
                .with(cm)
                .with(csrf())
                .param("doneOn.day", d)
                .param("doneOn.month", m)
                .param("doneOn.year", y)
                .param("doneBy", by)
                .param("how", "Recorded in the case notes")
                .param("checklist", checklist);
    }

    private MockHttpServletRequestBuilder representative(
            Child child, UUID item, String name, String agency, boolean qualified) {
        return post("/children/{id}/social-care/duties/{item}", child.id(), item)
                .with(cm)
                .with(csrf())
                .param("doneOn.day", "18")
                .param("doneOn.month", "12")
                .param("doneOn.year", "2026")
                .param("doneBy", name)
                .param("agency", agency)
                .param("qualifiedSocialWorker", String.valueOf(qualified))
                .param("iroToldOn.day", "18")
                .param("iroToldOn.month", "12")
                .param("iroToldOn.year", "2026");
    }

    private MockHttpServletRequestBuilder stopSupport(Child child, UUID sentence, String... leftOut) {
        var request = post("/children/{id}/social-care/custody/{i}/stop-support", child.id(), sentence)
                .with(cm)
                .with(csrf())
                .param("reason", "The assessment recommends it: the child is settled and the family supports them")
                .param("seniorManager", "Pat Senior");
        String[][] dates = {
            {"recommendedOn", "21"},
            {"agreedOn", "22"},
            {"caseManagerToldOn", "22"},
            {"establishmentToldOn", "22"},
            {"childToldOn", "25"},
            {"parentsToldOn", "25"}
        };
        for (String[] date : dates) {
            if (List.of(leftOut).contains(date[0])) {
                continue;
            }
            request.param(date[0] + ".day", date[1])
                    .param(date[0] + ".month", "1")
                    .param(date[0] + ".year", "2027");
        }
        return request;
    }

    private MockHttpServletRequestBuilder notification(Child child, String notifiedDay) {
        return post("/children/{id}/social-care/out-of-borough", child.id())
                .with(cm)
                .with(csrf())
                .param("knewOn.day", "23")
                .param("knewOn.month", "12")
                .param("knewOn.year", "2026")
                .param("notifiedOn.day", notifiedDay)
                .param("notifiedOn.month", "1")
                .param("notifiedOn.year", "2027")
                .param("notifiedBy", "Lee Morgan, social worker (Northshire)")
                .param("whatWasSaid", "Arrested for criminal damage at the placement; interviewed and bailed");
    }

    private MockHttpServletRequestBuilder eventRequest(Child child, String kind, String d, String m, String y) {
        return post("/children/{id}/social-care/events", child.id())
                .with(cm)
                .with(csrf())
                .param("kind", kind)
                .param("occurredOn.day", d)
                .param("occurredOn.month", m)
                .param("occurredOn.year", y);
    }

    private void event(Child child, String kind, String d, String m, String y) throws Exception {
        redirected(eventRequest(child, kind, d, m, y));
    }

    private void offence(Child child) {
        data.actAs(caseManager);
        try {
            transactions.executeWithoutResult(s -> offences.record(
                    childRecords.responsibleChild(child.id()),
                    new Offences.NewOffence(
                            LocalDate.of(2027, 1, 30),
                            "Damaged a bus shelter",
                            OffenceCategory.CRIMINAL_DAMAGE,
                            Plea.NOT_YET_KNOWN,
                            null,
                            false,
                            false,
                            2,
                            0,
                            null)));
        } finally {
            TestData.signOut();
        }
    }

    private void redirected(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(response.getContentAsString()
                        .replaceAll("(?s).*(<div class=\"govuk-error-summary.*?</div>).*", "$1"))
                .isBetween(300, 399);
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Custody", born)));
        } finally {
            TestData.signOut();
        }
    }

    private void start(Child child, InterventionType type, LocalDate on, LocalDate end) {
        data.actAs(caseManager);
        try {
            transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(type, on, end, null, List.of())));
        } finally {
            TestData.signOut();
        }
    }

    private UUID sentence(Child child) throws Exception {
        String json = mvc.perform(get("/api/v1/children/{id}/custody-and-care-leaving", child.id())
                        .with(cm))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(com.jayway.jsonpath.JsonPath.read(json, "$.sentences[0].interventionId"));
    }

    private UUID duty(Child child, String duty) throws Exception {
        String json = mvc.perform(
                        get("/api/v1/children/{id}/joint-duties", child.id()).with(cm))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(com.jayway.jsonpath.JsonPath.<List<String>>read(
                        json, "$[?(@.duty == '" + duty + "' && @.status == 'OPEN')].id")
                .get(0));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(cm)).andReturn().getResponse().getContentAsString();
    }
}
