package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without JavaScript, a case manager records a child protection concern reported to the manager and to
 * children's social care the same day (first without the concern: the error summary), then a team around the
 * child meeting the manager attended, from the child's "Risk and safeguarding" tab.
 */
class SafeguardingJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    Child child;

    @BeforeAll
    void aChild() {
        YouthJusticeService service = data.service("SafeguardingJourney");
        caseManager = data.account("sgj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Casey", "Morgan", LocalDate.of(2011, 4, 12))));
        TestData.signOut();
    }

    @Test
    void aChildProtectionConcernAndATeamAroundTheChildMeetingAreRecorded() {
        LocalDate today = LocalDate.now();
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risk and safeguarding"))
                .click();
        assertThat(page.locator("main")).containsText("What the classifications call for");
        assertThat(page.locator("main")).containsText("No child protection concerns are recorded.");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a child protection concern"))
                .click();
        assertThat(page.locator("h1")).hasText("Record a child protection concern");
        checkAccessible(page);
        page.getByLabel("Manager’s name").fill("Pat Khan");
        date(page, "managerToldOn", today);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save concern"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Describe the concern");
        assertThat(page.getByLabel("Manager’s name")).hasValue("Pat Khan");
        checkAccessible(page);

        page.getByLabel("The concern", new Page.GetByLabelOptions().setExact(true))
                .fill("Disclosed being hit at home by an older brother");
        page.getByLabel("Contact team", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Name of the person it was reported to").fill("Duty social worker");
        date(page, "socialCareToldOn", today);
        page.getByLabel("By phone", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save concern"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Child protection concern recorded");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("Reported the same day");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("Pat Khan");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("Contact team (Duty social worker)");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a meeting"))
                .click();
        checkAccessible(page);
        page.getByLabel("Team around the child (TAC)", new Page.GetByLabelOptions().setExact(true))
                .check();
        date(page, "heldOn", today);
        page.getByLabel("The YOS", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Attended by the case holder’s manager", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Decisions (optional)").fill("Police and school to share information weekly");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save meeting"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Meeting recorded");
        assertThat(page.locator("main")).containsText("Team around the child (TAC)");
        assertThat(page.locator("main")).containsText("Attended by the case holder’s manager");
        checkAccessible(page);
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }
}
