package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.desist.February2027;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case manager records a first appearance adjourned for a pre-sentence report, a manager quality assures
 * the report, the case manager marks it submitted, records the sentencing appearance with a referral order
 * and finds its initial panel on the child's due items, across Christmas 2026, then records that panel on the
 * order's page ("today" is 1 February 2027).
 */
@Import(February2027.class)
class CourtJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    String manager;
    Child child;

    @BeforeAll
    void aChildWithAnOffence() {
        YouthJusticeService service = data.service("CourtJourney");
        caseManager = data.account("cj.cm", Role.CASE_MANAGER, service);
        manager = data.account("cj.mgr", Role.OPERATIONAL_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Tyler", "Marsh", LocalDate.of(2010, 9, 9))));
        transactions.executeWithoutResult(s -> offences.record(
                childRecords.responsibleChild(child.id()),
                new Offences.NewOffence(
                        LocalDate.of(2026, 11, 20),
                        "Took a bicycle from outside a shop",
                        OffenceCategory.THEFT_AND_HANDLING,
                        Plea.GUILTY,
                        null,
                        false,
                        false,
                        3,
                        0,
                        null)));
        TestData.signOut();
    }

    @Test
    void aPreSentenceReportIsQualityAssuredSubmittedAndTheReferralOrderPanelFallsDue() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id());
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Court").setExact(true))
                .click();
        assertThat(page.locator("[aria-current=page]")).hasText("Court");
        checkAccessible(page);

        // The first appearance, adjourned for a report — first without the next hearing's date.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a court appearance"))
                .click();
        checkAccessible(page);
        date(page, "appearanceDate", "4", "12", "2026");
        page.getByLabel("Name of the court").fill("Northbridge Youth Court");
        exact(page, "Youth court").check();
        exact(page, "First hearing").check();
        page.getByLabel("Theft and handling stolen goods", new Page.GetByLabelOptions().setExact(false))
                .check();
        page.getByLabel("What the YOS told the court about the child (optional)")
                .fill("Speech and language needs: short sentences, check understanding");
        exact(page, "Adjourned").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the next hearing");
        checkAccessible(page);
        date(page, "nextHearingDate", "18", "12", "2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();

        // The court asked for a pre-sentence report by 16 December.
        assertThat(page.locator("h1")).hasText("Did the court ask for a report?");
        checkAccessible(page);
        exact(page, "Pre-sentence report").check();
        date(page, "dueDate", "16", "12", "2026");
        page.getByLabel("Who writes it")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Test cj.cm"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the report request"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Report request recorded");
        assertThat(page.locator("main")).containsText("16 December 2026");
        assertThat(page.locator("main")).containsText("Awaiting quality assurance");
        checkAccessible(page);
        String reportUrl = page.url().replaceAll("\\?.*", "");

        // A case manager cannot sign it off; a manager can (here without JavaScript).
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off quality assurance")))
                .hasCount(0);
        Page managerPage = newPage(false);
        signIn(managerPage, manager, TestData.PASSWORD);
        managerPage.navigate(reportUrl);
        checkAccessible(managerPage);
        managerPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign off quality assurance"))
                .click();
        assertThat(managerPage.locator(".govuk-notification-banner")).containsText("Quality assurance signed off");
        assertThat(managerPage.locator("main")).containsText("Signed off by Test cj.mgr");
        checkAccessible(managerPage);

        // The case manager marks it submitted.
        page.navigate(reportUrl);
        date(page, "submitted", "15", "12", "2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark submitted"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Report marked submitted");
        checkAccessible(page);

        // Sentenced on 18 December 2026 to a 6-month referral order.
        page.navigate("/children/" + child.id() + "/court");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a court appearance"))
                .click();
        date(page, "appearanceDate", "18", "12", "2026");
        page.getByLabel("Name of the court").fill("Northbridge Youth Court");
        exact(page, "Youth court").check();
        exact(page, "Sentence hearing").check();
        page.getByLabel("Theft and handling stolen goods", new Page.GetByLabelOptions().setExact(false))
                .check();
        exact(page, "Sentenced").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).hasText("Record the sentence");
        assertThat(page.locator(".govuk-warning-text")).hasCount(0);
        checkAccessible(page);
        exact(page, "Referral order").check();
        page.getByLabel("Length in months").fill("6");
        page.getByLabel("Case manager")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Test cj.cm"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the sentence"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Sentence recorded");
        assertThat(page.locator("main")).containsText("Referral order, made 18 December 2026, ends 18 June 2027");
        assertThat(page.locator("main")).containsText("Submitted");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Due items"))
                .click();
        var panel = page.locator("tr", new Page.LocatorOptions().setHasText("Referral order initial panel"));
        assertThat(panel).containsText("20 January 2027");
        assertThat(panel).containsText("20 working days after 18 December 2026");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Report to court")))
                .containsText("Met 15 December 2026");
        checkAccessible(page);

        // From the sentence to the initial panel: the order's page records it, and the due item is met.
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Interventions").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View order"))
                .click();
        assertThat(page.locator("main")).containsText("Referral order initial panel");
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a panel"))
                .click();
        page.getByLabel("Initial panel").check();
        date(page, "heldOn", "14", "1", "2027");
        page.getByLabel("Community panel members who sat").fill("Ann Lee\nBo Chan");
        page.getByLabel("YOS panel member").fill("Priya Shah");
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        date(page, "reportSharedOn", "8", "1", "2027");
        page.getByLabel("Contract agreed", new Page.GetByLabelOptions().setExact(true))
                .check();
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record panel"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Panel recorded");
        assertThat(page.locator("main")).containsText("Met 14 January 2027");
        checkAccessible(page);
    }

    private static com.microsoft.playwright.Locator exact(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void date(Page page, String prefix, String day, String month, String year) {
        page.locator("#" + prefix + "-day").fill(day);
        page.locator("#" + prefix + "-month").fill(month);
        page.locator("#" + prefix + "-year").fill(year);
    }
}
