package org.desist.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Agency;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.desist.victim.Victim;
import org.desist.victim.Victims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partners from children's social care (issue 5 §12, ADR 10): a social worker sees only the social-care side of
 * the children allocated to them, a social care manager the service's shared cases; neither sees the rest of the
 * record, victims' details, or changes anything; every view they make is in the child's audit trail.
 */
@IntegrationTest
@Import(February2027.class)
class PartnerAccessIntegrationTest {

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
    Victims victims;

    @Autowired
    Provisioning provisioning;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;
    String socialWorker;
    UUID socialWorkerId;
    RequestPostProcessor partner;
    RequestPostProcessor socialCareManager;

    @BeforeEach
    void aServiceWithSocialCarePartners() {
        service = data.service("Partners");
        caseManager = data.account("partners.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
        socialWorker = "partners.sw." + UUID.randomUUID().toString().substring(0, 8);
        socialWorkerId = socialCareAccount(socialWorker, "Lucy Carter", Role.PARTNER_PRACTITIONER);
        partner = authentication(data.authenticationOf(socialWorker));
        String manager = "partners.scm." + UUID.randomUUID().toString().substring(0, 8);
        socialCareAccount(manager, "Priya Shah", Role.SOCIAL_CARE_MANAGER);
        socialCareManager = authentication(data.authenticationOf(manager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void theAllocatedSocialWorkerSeesTheSocialCareSideOfTheirChildrenOnly() throws Exception {
        Child shared = child("Sami", LocalDate.of(2010, 4, 5));
        start(shared, InterventionType.YOUTH_REHABILITATION_ORDER, LocalDate.of(2026, 12, 10));
        offence(shared);
        allocate(shared, socialWorkerId);
        Child other = child("Otto", LocalDate.of(2010, 6, 7));
        start(other, InterventionType.REMAND_TO_LOCAL_AUTHORITY, LocalDate.of(2027, 1, 20));

        String tab = mvc.perform(get("/children/{id}/social-care", shared.id()).with(partner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tab)
                .contains("Sami", "Shared case", "Lucy Carter", "The rest of the youth justice record is not shared")
                // the other tabs of the record are not offered, and nothing can be changed
                .doesNotContain("/children/" + shared.id() + "/offences", "/children/" + shared.id() + "/court")
                .doesNotContain("Record a social worker", "Raise a disagreement")
                // victims' details never reach the child's side
                .doesNotContain("Vera Victim")
                .doesNotContain("01632 960 111");
        mvc.perform(get("/api/v1/children/{id}/joint-duties", shared.id()).with(partner))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/children/{id}/shared-case", shared.id()).with(partner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.shared").value(true));
        String list = mvc.perform(get("/shared-cases").with(partner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Sami").doesNotContain("Otto");

        // The rest of the record is closed to a partner; another child of the service does not exist for them.
        for (String page : List.of(
                "/children/" + shared.id(),
                "/children/" + shared.id() + "/offences",
                "/children/" + shared.id() + "/chronology",
                "/children/" + shared.id() + "/due-items",
                "/api/v1/children/" + shared.id(),
                "/api/v1/children/" + shared.id() + "/victim-work",
                "/victims/measures",
                "/api/v1/victims/measures?from=2026-12-01&to=2026-12-31",
                "/children",
                "/work")) {
            mvc.perform(get(page).with(partner)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/children/{id}/social-care", other.id()).with(partner)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/children/{id}/joint-duties", other.id()).with(partner))
                .andExpect(status().isNotFound());
        mvc.perform(post("/children/{id}/social-care/events", shared.id())
                        .with(partner)
                        .with(csrf())
                        .param("kind", "CARE_ORDER_MADE")
                        .param("occurredOn.day", "1")
                        .param("occurredOn.month", "2")
                        .param("occurredOn.year", "2027"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/joint-working").with(partner)).andExpect(status().isForbidden());

        // Every view the partner made is in the child's trail, under their name.
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = :c and action = 'VIEWED'"
                                + " and actor_username = :u")
                        .param("c", shared.id())
                        .param("u", socialWorker)
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from audit_event where child_id = :c and actor_username = :u")
                        .param("c", other.id())
                        .param("u", socialWorker)
                        .query(Long.class)
                        .single())
                .isZero();

        // Once the allocation ends, the child is closed to them too.
        String allocation = jdbc.sql("select id::text from social_care_allocation where child_id = :c")
                .param("c", shared.id())
                .query(String.class)
                .single();
        jdbc.sql("update social_care_allocation set until_date = date '2027-02-01' where id = :id::uuid")
                .param("id", allocation)
                .update();
        mvc.perform(get("/children/{id}/social-care", shared.id()).with(partner))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSocialCareManagerSeesTheSharedCasesAndTheJointWorkingView() throws Exception {
        Child shared = child("Mae", LocalDate.of(2010, 4, 5));
        start(shared, InterventionType.YOUTH_REHABILITATION_ORDER, LocalDate.of(2026, 12, 10));
        allocate(shared, null);
        // Remanded to local authority accommodation: social care owes the care and placement plan.
        Child remanded = child("Rhys", LocalDate.of(2010, 6, 7));
        start(remanded, InterventionType.REMAND_TO_LOCAL_AUTHORITY, LocalDate.of(2027, 1, 20));
        // Nothing shared with social care.
        Child yosOnly = child("Yuri", LocalDate.of(2010, 8, 9));
        start(yosOnly, InterventionType.REFERRAL_ORDER, LocalDate.of(2027, 1, 4));

        mvc.perform(get("/children/{id}/social-care", shared.id()).with(socialCareManager))
                .andExpect(status().isOk());
        mvc.perform(get("/children/{id}/social-care", remanded.id()).with(socialCareManager))
                .andExpect(status().isOk());
        mvc.perform(get("/children/{id}/social-care", yosOnly.id()).with(socialCareManager))
                .andExpect(status().isNotFound());
        mvc.perform(get("/children/{id}", shared.id()).with(socialCareManager)).andExpect(status().isForbidden());

        String view = mvc.perform(get("/joint-working").with(socialCareManager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // A social care manager starts with their own service's duties; the overdue care and placement plan
        // (remand on 20 January, due 27 January) is one.
        assertThat(view)
                .contains("Mae", "No role agreement", "Rhys", "Care plan and placement plan")
                .doesNotContain("Yuri");
        assertThat(view.substring(view.indexOf("id=\"overdue\""))).contains("Rhys");
        String list = mvc.perform(get("/shared-cases").with(socialCareManager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Mae").doesNotContain("Yuri");
    }

    private UUID socialCareAccount(String username, String name, Role role) {
        return provisioning.createAccount(new Provisioning.NewAccount(
                username,
                name,
                role.label(),
                Agency.CHILDRENS_SOCIAL_CARE,
                Optional.of(TestData.PASSWORD),
                Set.of(role),
                Set.of(service.id())));
    }

    private void allocate(Child child, UUID account) throws Exception {
        var request = post("/children/{id}/social-care/allocations", child.id())
                .with(cm)
                .with(csrf())
                .param("role", "SOCIAL_WORKER")
                .param("name", "Lucy Carter")
                .param("team", "Children in care team")
                .param("phone", "01632 960 001")
                .param("from.day", "17")
                .param("from.month", "12")
                .param("from.year", "2026");
        if (account != null) {
            request.param("userAccountId", account.toString());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(300, 399);
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Partner", born)));
        } finally {
            TestData.signOut();
        }
    }

    private void start(Child child, InterventionType type, LocalDate on) {
        data.actAs(caseManager);
        try {
            transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(
                            type,
                            on,
                            type.name().endsWith("_ORDER") ? on.plusMonths(12) : null,
                            jdbc.sql("select id from user_account where username = :u")
                                    .param("u", caseManager)
                                    .query(UUID.class)
                                    .single(),
                            List.of())));
        } finally {
            TestData.signOut();
        }
    }

    private void offence(Child child) {
        data.actAs(caseManager);
        UUID offence;
        try {
            offence = transactions
                    .execute(s -> offences.record(
                            childRecords.responsibleChild(child.id()),
                            new Offences.NewOffence(
                                    LocalDate.of(2026, 11, 2),
                                    "Robbery of a phone",
                                    OffenceCategory.ROBBERY,
                                    Plea.GUILTY,
                                    null,
                                    false,
                                    false,
                                    3,
                                    0,
                                    null)))
                    .id();
        } finally {
            TestData.signOut();
        }
        // Victims' details are recorded by someone allowed to (a manager), on the victim's side of the record.
        data.actAs(data.account("partners.om", Role.OPERATIONAL_MANAGER, service));
        try {
            transactions.execute(s -> victims.record(
                    offence, Victim.Kind.PERSON, "Vera Victim", "01632 960 111", "No contact with the child", true));
        } finally {
            TestData.signOut();
        }
    }
}
