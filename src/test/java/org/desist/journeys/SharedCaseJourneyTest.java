package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shared case from the child's "Social care" tab: the case manager records the child's social worker (linked to
 * their Desist account), the case becomes shared and is flagged until the role agreement is recorded; then a
 * joint home visit. The social worker then signs in and sees only the child's social-care side; their manager sees
 * the joint-working view.
 */
class SharedCaseJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    Provisioning provisioning;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    String socialWorker;
    String socialCareManager;
    YouthJusticeService service;

    @BeforeAll
    void aService() {
        service = data.service("SharedJourney");
        caseManager = data.account("scj.cm", Role.CASE_MANAGER, service);
        socialWorker = "scj.sw." + UUID.randomUUID().toString().substring(0, 8);
        provisioning.createAccount(new Provisioning.NewAccount(
                socialWorker,
                "Lucy Carter",
                "Social worker",
                Agency.CHILDRENS_SOCIAL_CARE,
                Optional.of(TestData.PASSWORD),
                Set.of(Role.PARTNER_PRACTITIONER),
                Set.of(service.id())));
        socialCareManager = "scj.scm." + UUID.randomUUID().toString().substring(0, 8);
        provisioning.createAccount(new Provisioning.NewAccount(
                socialCareManager,
                "Priya Shah",
                "Team manager",
                Agency.CHILDRENS_SOCIAL_CARE,
                Optional.of(TestData.PASSWORD),
                Set.of(Role.SOCIAL_CARE_MANAGER),
                Set.of(service.id())));
    }

    @Test
    void theSocialWorkerTheRoleAgreementAndAJointHomeVisit() {
        LocalDate today = LocalDate.now();
        Child child = child("Sasha", today.minusYears(15));
        start(child, today.minusDays(20), today.plusMonths(6));

        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/social-care");
        assertThat(page.locator("#shared-status")).containsText("Not a shared case");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the social worker"))
                .click();
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record allocation"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter their name");
        checkAccessible(page);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Lucy Carter");
        page.getByLabel("Team and local authority").fill("Children in care team, Northbridge City Council");
        page.getByLabel("Phone number").fill("01632 960 001");
        date(page, "from", today.minusDays(2));
        page.getByLabel("Their Desist account (optional)")
                .selectOption(new SelectOption().setLabel("Lucy Carter, Social worker"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record allocation"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Allocation recorded");
        assertThat(page.locator("#shared-status")).containsText("Shared case");
        assertThat(page.locator("main")).containsText("without a role agreement");
        assertThat(page.locator("#who-does-what")).containsText("Lucy Carter");
        assertThat(page.locator("#shared-case-items")).containsText("Role agreement with children's social care");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the role agreement"))
                .click();
        checkAccessible(page);
        page.getByLabel("Areas of responsibility").fill("YOS: offending behaviour; social care: welfare and family");
        page.getByLabel("Roles", new Page.GetByLabelOptions().setExact(true)).fill("Case manager delivers the order");
        page.getByLabel("How often the workers will communicate").fill("Every 2 weeks");
        page.getByLabel("By what means").fill("Phone and secure email");
        date(page, "agreedOn", today);
        page.getByLabel("The YOS case manager").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record role agreement"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Role agreement recorded");
        assertThat(page.locator("#role-agreement")).containsText("Social worker: Lucy Carter");
        assertThat(page.locator("main")).not().containsText("without a role agreement");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a joint home visit"))
                .click();
        checkAccessible(page);
        date(page, "on", today);
        page.getByLabel("Note (optional)").fill("Seen at home with their mother");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record visit"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Joint home visit recorded");
        assertThat(page.locator("#joint-home-visits")).containsText("Seen at home with their mother");
        assertThat(page.locator("#shared-case-items")).containsText("Joint home visit with children's social care");
        checkAccessible(page);

        // The social worker, signed in with their own Desist account, sees the child's social-care side only.
        Page partner = newPage(false);
        signIn(partner, socialWorker, TestData.PASSWORD);
        partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your shared cases"))
                .click();
        assertThat(partner.locator("#shared-cases")).containsText("Sasha");
        checkAccessible(partner);
        partner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sasha Journey"))
                .click();
        assertThat(partner.locator("#who-does-what")).containsText("Lucy Carter");
        assertThat(partner.locator("main")).containsText("The rest of the youth justice record is not shared");
        assertThat(partner.locator(".moj-sub-navigation__link")).hasCount(1);
        assertThat(partner.locator("main")).not().containsText("Record the role agreement");
        checkAccessible(partner);

        // Their manager sees the service's shared cases and the duties of both services.
        Page manager = newPage(true);
        signIn(manager, socialCareManager, TestData.PASSWORD);
        manager.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Joint working").setExact(true))
                .first()
                .click();
        assertThat(manager.locator("#shared-cases")).containsText("Sasha Journey");
        assertThat(manager.locator("#duties-by-owner")).containsText("Children's social care");
        checkAccessible(manager);
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Journey", born)));
        } finally {
            TestData.signOut();
        }
    }

    private void start(Child child, LocalDate on, LocalDate end) {
        data.actAs(caseManager);
        try {
            UUID cm = CurrentUser.require().id();
            transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(InterventionType.REFERRAL_ORDER, on, end, cm, List.of())));
        } finally {
            TestData.signOut();
        }
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }
}
