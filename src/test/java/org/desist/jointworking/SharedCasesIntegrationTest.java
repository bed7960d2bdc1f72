package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.deadline.DueItem;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Agency;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shared case across Christmas 2026 (25 and 28 December and 1 January are bank holidays): it becomes shared on
 * Thursday 17 December 2026 when the social worker is allocated to a child on a referral order; the role agreement,
 * the first joint home visit and the joint meeting before closure fall due and are met; a change of worker on
 * either side is a due item for the service that must tell the other. "Today" is Monday 1 February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class SharedCasesIntegrationTest {

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
    SharedCases sharedCases;

    @Autowired
    Provisioning provisioning;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    List<org.desist.chronology.ChronologySource> chronology;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;
    UUID lucy;

    @BeforeEach
    void aService() {
        service = data.service("Shared");
        caseManager = data.account("shared.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
        lucy = provisioning.createAccount(new Provisioning.NewAccount(
                "shared.sw." + UUID.randomUUID().toString().substring(0, 8),
                "Lucy Carter",
                "Social worker",
                Agency.CHILDRENS_SOCIAL_CARE,
                Optional.of(TestData.PASSWORD),
                Set.of(Role.PARTNER_PRACTITIONER),
                Set.of(service.id())));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aSharedCaseFromTheThursdayBeforeChristmas() throws Exception {
        Child child = child("Shay", LocalDate.of(2010, 3, 4));
        Intervention order = start(child, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 6, 10));
        api(child)
                .andExpect(jsonPath("$.shared").value(false))
                .andExpect(jsonPath("$.dueItems.length()").value(0));

        // The social worker is allocated on Thursday 17 December 2026: the case is shared from that day.
        redirected(post("/children/{id}/social-care/allocations", child.id())
                .with(cm)
                .with(csrf())
                .param("role", "SOCIAL_WORKER")
                .param("name", "Lucy Carter")
                .param("team", "Children in care team, Shared Council")
                .param("phone", "01632 960 001")
                .param("email", "lucy.carter@shared.gov.uk")
                .param("from.day", "17")
                .param("from.month", "12")
                .param("from.year", "2026")
                .param("userAccountId", lucy.toString()));
        api(child)
                .andExpect(jsonPath("$.shared").value(true))
                .andExpect(jsonPath("$.sharedFrom").value("2026-12-17"))
                .andExpect(jsonPath("$.flagged").value(true))
                .andExpect(jsonPath("$.warnings[0]")
                        .value(org.hamcrest.Matchers.containsString("without a role agreement")))
                // 10 WD from Thursday 17 December: 18, 21, 22, 23, 24, 29, 30, 31 December, 4 and 5 January.
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'role-agreement')].dueDate")
                        .value("2027-01-05"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'role-agreement')].overdue")
                        .value(true))
                // 20 WD: ten more, 6 to 8 and 11 to 15 January, 18 and 19 January.
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'joint-home-visit')].dueDate")
                        .value("2027-01-19"))
                // The joint meeting before closure: by the order's planned end.
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'joint-closure-meeting')].dueDate")
                        .value("2027-06-10"))
                .andExpect(jsonPath("$.whoDoesWhat[0].role").value("YOS case manager"))
                .andExpect(jsonPath("$.whoDoesWhat[1].name").value("Lucy Carter"));
        assertThat(page(child)).contains("Shared case", "without a role agreement", "Lucy Carter");
        // Partner access and dashboards build on these.
        assertThat(sharedCases.childrenAllocatedTo(lucy)).containsExactly(child.id());
        assertThat(sharedCases.isAllocated(data.accessible(caseManager, child.id()), lucy))
                .isTrue();
        data.actAs(caseManager);
        List<SharedCase> flagged = sharedCases.inService(service.id());
        TestData.signOut();
        assertThat(flagged).singleElement().satisfies(c -> {
            assertThat(c.flagged()).isTrue();
            assertThat(c.socialWorker()).isEqualTo("Lucy Carter");
            assertThat(c.yosCaseManagers()).containsExactly("Test shared.cm");
            assertThat(c.openDueItems()).isEqualTo(3);
            assertThat(c.overdueDueItems()).isEqualTo(2);
        });

        // The role agreement names the social worker who agreed it.
        String problem = mvc.perform(agreement(child, "", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(problem).contains("There is a problem", "Enter the social worker who agreed it");
        redirected(agreement(child, "", "Lucy Carter"));
        api(child)
                .andExpect(jsonPath("$.flagged").value(false))
                .andExpect(jsonPath("$.agreement.agreedOn").value("2027-01-06"))
                .andExpect(jsonPath("$.agreement.leadProfessional").value("YOS_CASE_MANAGER"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'role-agreement')].status")
                        .value("MET"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'role-agreement')].metOn")
                        .value("2027-01-06"));

        // The YOS told the child who leads: an edit of the agreement, refused when made on a stale version.
        String agreed = JsonPath.read(
                mvc.perform(get("/api/v1/children/{id}/shared-case", child.id()).with(cm))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.agreement.id");
        for (int expected : new int[] {200, 409}) {
            mvc.perform(post("/api/v1/children/{id}/role-agreements/{a}/child-told", child.id(), agreed)
                            .with(cm)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"childToldOn\":\"2027-01-08\",\"version\":0}"))
                    .andExpect(status().is(expected));
        }
        api(child).andExpect(jsonPath("$.agreement.childToldOn").value("2027-01-08"));

        // The first joint home visit; the next falls due 3 months later.
        redirected(post("/children/{id}/social-care/joint-home-visits", child.id())
                .with(cm)
                .with(csrf())
                .param("on.day", "14")
                .param("on.month", "1")
                .param("on.year", "2027")
                .param("yosAttendees", "Marcus Reid")
                .param("socialCareAttendees", "Lucy Carter")
                .param("note", "Seen at home with foster carer"));
        api(child)
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'joint-home-visit')].status")
                        .value("MET"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'joint-home-visit-next')].dueDate")
                        .value("2027-04-14"));

        // A new social worker from Wednesday 20 January: stale versions are refused; social care must tell the YOS.
        String sw = "{\"role\":\"SOCIAL_WORKER\",\"name\":\"Priya Shah\",\"team\":\"Children in care team\","
                + "\"phone\":\"01632 960 002\",\"from\":\"2027-01-20\",\"currentVersion\":%s}";
        mvc.perform(post("/api/v1/children/{id}/social-care-allocations", child.id())
                        .with(cm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sw.formatted("null")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/children/{id}/social-care-allocations", child.id())
                        .with(cm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sw.formatted("0")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Priya Shah"));
        api(child)
                .andExpect(jsonPath("$.allocations.length()").value(2))
                .andExpect(jsonPath("$.allocations[?(@.name == 'Lucy Carter')].until")
                        .value("2027-01-20"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'yos-told-of-social-care-change')].dueDate")
                        .value("2027-01-21"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'yos-told-of-social-care-change')].owner")
                        .value("Children's social care"))
                // Still the same shared case: nothing new falls due for it.
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'role-agreement')]", org.hamcrest.Matchers.hasSize(1)));
        assertThat(sharedCases.isAllocated(data.accessible(caseManager, child.id()), lucy))
                .isFalse();
        UUID told = item(child, "yos-told-of-social-care-change");
        redirected(post("/children/{id}/social-care/notifications/{item}", child.id(), told)
                .with(cm)
                .with(csrf())
                .param("on.day", "22")
                .param("on.month", "1")
                .param("on.year", "2027")
                .param("whom", "Marcus Reid, YOS case manager")
                .param("how", "Phone call"));
        api(child)
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'yos-told-of-social-care-change')].status")
                        .value("MET"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'yos-told-of-social-care-change')].metOn")
                        .value("2027-01-22"));

        // A new YOS case manager on Friday 29 January: the YOS must tell social care by Monday 1 February.
        String other = data.account("shared.cm2", Role.CASE_MANAGER, service);
        UUID otherId = data.authenticationOf(other).getPrincipal()
                        instanceof org.desist.security.CurrentUser.CurrentUserHolder h
                ? h.currentUser().id()
                : null;
        data.actAs(caseManager);
        try {
            transactions.execute(s -> interventions.reallocate(
                    order.id(),
                    interventions.get(order.id()).version(),
                    otherId,
                    LocalDate.of(2027, 1, 29),
                    "Case manager moving to the court team"));
        } finally {
            TestData.signOut();
        }
        api(child)
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'social-care-told-of-case-manager-change')].dueDate")
                        .value("2027-02-01"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'social-care-told-of-case-manager-change')].owner")
                        .value("Test shared.cm2"));

        // Closing needs the joint meeting first (or a manager's override).
        assertThat(closingLeaves(order)).contains("joint-closure-meeting");
        redirected(post("/children/{id}/social-care/closure-meetings/{i}", child.id(), order.id())
                .with(cm)
                .with(csrf())
                .param("on.day", "1")
                .param("on.month", "2")
                .param("on.year", "2027")
                .param("yosAttendees", "Test shared.cm2")
                .param("socialCareAttendees", "Priya Shah")
                .param("note", "Social care keep the case open; the YOS closes at the end of the order"));
        assertThat(closingLeaves(order)).doesNotContain("joint-closure-meeting");

        // The chronology shows the agreement, the visit and the meeting on the days they happened.
        assertThat(chronology.stream()
                        .flatMap(c -> c.entriesFor(data.accessible(caseManager, child.id())).stream())
                        .filter(e -> e.title().contains("children's social care"))
                        .map(e -> e.on() + " " + e.title()))
                .containsExactlyInAnyOrder(
                        "2027-01-06 Role agreement with children's social care",
                        "2027-01-14 Joint home visit with children's social care",
                        "2027-02-01 Joint meeting with children's social care before closure");

        // Every read of the shared case is in the child's audit trail, and every change.
        assertThat(jdbc.sql("select summary from audit_event where child_id = :c")
                        .param("c", child.id())
                        .query(String.class)
                        .list())
                .contains(
                        "Viewed the shared case with children's social care",
                        "Allocated social worker Lucy Carter",
                        "Recorded the role agreement",
                        "Recorded a joint home visit on 2027-01-14");
    }

    @Test
    void workStartingForAChildWithASocialWorkerMakesASharedCase() throws Exception {
        Child child = child("Sol", LocalDate.of(2010, 5, 6));
        // No work in progress: the allocation alone is not a shared case.
        mvc.perform(post("/api/v1/children/{id}/social-care-allocations", child.id())
                        .with(cm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"SOCIAL_WORKER\",\"name\":\"Lucy Carter\",\"team\":\"CIC team\","
                                + "\"email\":\"lucy@shared.gov.uk\",\"from\":\"2026-11-02\"}"))
                .andExpect(status().isCreated());
        api(child).andExpect(jsonPath("$.shared").value(false));
        // A personal adviser is only for a care leaver.
        mvc.perform(post("/api/v1/children/{id}/social-care-allocations", child.id())
                        .with(cm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"PERSONAL_ADVISER\",\"name\":\"Jo Brown\",\"team\":\"Leaving care\","
                                + "\"email\":\"jo@shared.gov.uk\",\"from\":\"2026-11-02\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        // A youth caution with no planned end on Thursday 17 December: the joint meeting is due 6 months later.
        start(child, LocalDate.of(2026, 12, 17), null);
        api(child)
                .andExpect(jsonPath("$.shared").value(true))
                .andExpect(jsonPath("$.sharedFrom").value("2026-12-17"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'role-agreement')].dueDate")
                        .value("2027-01-05"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'joint-closure-meeting')].dueDate")
                        .value("2027-06-17"));

        // Social care closes its case: no longer shared, and what was due for the shared case no longer applies.
        String json = mvc.perform(
                        get("/api/v1/children/{id}/shared-case", child.id()).with(cm))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String allocation = JsonPath.<String>read(json, "$.allocations[0].id");
        mvc.perform(post("/api/v1/children/{id}/social-care-allocations/{a}/end", child.id(), allocation)
                        .with(cm)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endedOn\":\"2027-01-29\",\"version\":0}"))
                .andExpect(status().isNoContent());
        api(child)
                .andExpect(jsonPath("$.shared").value(false))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'role-agreement')].status")
                        .value("CANCELLED"))
                .andExpect(jsonPath("$.dueItems[?(@.rule == 'joint-closure-meeting')].status")
                        .value("CANCELLED"));
    }

    @Test
    void whoMayReadAndWhoMayRecord() throws Exception {
        Child child = child("Rae", LocalDate.of(2010, 7, 8));
        RequestPostProcessor headOfService =
                authentication(data.authenticationOf(data.account("shared.hos", Role.HEAD_OF_SERVICE, service)));
        RequestPostProcessor panel =
                authentication(data.authenticationOf(data.account("shared.panel", Role.PANEL_MEMBER, service)));
        mvc.perform(get("/api/v1/children/{id}/shared-case", child.id()).with(headOfService))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/{id}/shared-case", child.id()).with(panel))
                .andExpect(status().isForbidden());
        for (String path : List.of(
                "/children/{id}/social-care/allocations/new",
                "/children/{id}/social-care/role-agreement/new",
                "/children/{id}/social-care/joint-home-visits/new")) {
            mvc.perform(get(path, child.id()).with(headOfService)).andExpect(status().isForbidden());
        }
        for (String path : List.of(
                "/children/{id}/social-care/allocations",
                "/children/{id}/social-care/role-agreement",
                "/children/{id}/social-care/joint-home-visits",
                "/api/v1/children/{id}/social-care-allocations",
                "/api/v1/children/{id}/role-agreements")) {
            mvc.perform(post(path, child.id())
                            .with(headOfService)
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
        }
        // Staff of another service do not see the child at all.
        YouthJusticeService elsewhere = data.service("Elsewhere");
        RequestPostProcessor stranger =
                authentication(data.authenticationOf(data.account("shared.other", Role.CASE_MANAGER, elsewhere)));
        mvc.perform(get("/api/v1/children/{id}/shared-case", child.id()).with(stranger))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder agreement(
            Child child, String version, String socialWorker) {
        return post("/children/{id}/social-care/role-agreement", child.id())
                .with(cm)
                .with(csrf())
                .param("currentVersion", version)
                .param("responsibilities", "YOS: offending behaviour; social care: placement, health and family")
                .param("roles", "Case manager delivers the order; social worker leads on welfare")
                .param("contactFrequency", "Every 2 weeks and after any incident")
                .param("contactMeans", "Phone and secure email")
                .param("agreedOn.day", "6")
                .param("agreedOn.month", "1")
                .param("agreedOn.year", "2027")
                .param("yosWorker", "Marcus Reid")
                .param("socialWorker", socialWorker)
                .param("leadProfessional", "YOS_CASE_MANAGER");
    }

    private List<String> closingLeaves(Intervention order) {
        data.actAs(caseManager);
        try {
            return interventions.leftUndoneByClosing(order.id(), ClosureReason.COMPLETED).stream()
                    .map(DueItem::rule)
                    .map(r -> r.id())
                    .toList();
        } finally {
            TestData.signOut();
        }
    }

    private org.springframework.test.web.servlet.ResultActions api(Child child) throws Exception {
        return mvc.perform(get("/api/v1/children/{id}/shared-case", child.id()).with(cm))
                .andExpect(status().isOk());
    }

    private UUID item(Child child, String rule) throws Exception {
        String json = mvc.perform(
                        get("/api/v1/children/{id}/shared-case", child.id()).with(cm))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(
                JsonPath.<List<String>>read(json, "$.dueItems[?(@.rule == '" + rule + "' && @.status == 'OPEN')].id")
                        .get(0));
    }

    private String page(Child child) throws Exception {
        return mvc.perform(get("/children/{id}/social-care", child.id()).with(cm))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void redirected(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(response.getContentAsString()
                        .replaceAll("(?s).*(<div class=\"govuk-error-summary.*?</div>).*", "$1"))
                .isBetween(300, 399);
    }

    private UUID idOf(String username) {
        return ((org.desist.security.CurrentUser.CurrentUserHolder)
                        data.authenticationOf(username).getPrincipal())
                .currentUser()
                .id();
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Shared", born)));
        } finally {
            TestData.signOut();
        }
    }

    private Intervention start(Child child, LocalDate on, LocalDate end) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(
                            end == null ? InterventionType.YOUTH_CAUTION : InterventionType.REFERRAL_ORDER,
                            on,
                            end,
                            idOf(caseManager),
                            List.of())));
        } finally {
            TestData.signOut();
        }
    }
}
