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

/** A case manager records an offence; a victim worker records its victim, whom the case manager never sees. */
class OffenceJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    String victimWorker;
    Child child;

    @BeforeAll
    void aChild() {
        YouthJusticeService service = data.service("OffenceJourney");
        caseManager = data.account("oj.cm", Role.CASE_MANAGER, service);
        victimWorker = data.account("oj.victims", Role.SPECIALIST_WORKER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Jamal", "Okafor", LocalDate.of(2010, 4, 4))));
        TestData.signOut();
    }

    @Test
    void anOffenceAndItsVictimAreRecordedAndTheVictimStaysHidden() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offences"))
                .click();
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an offence"))
                .click();
        checkAccessible(page);
        page.getByLabel("Day").fill("14");
        page.getByLabel("Month").fill("9");
        page.getByLabel("Year").fill("2026");
        page.getByLabel("What happened").fill("Took a bicycle from outside a shop");
        page.getByLabel("Offence category").selectOption("THEFT_AND_HANDLING");
        page.getByLabel("Plea or admission").selectOption("ADMITTED");
        page.getByLabel("2 – Informal out-of-court outcome").check();
        page.getByLabel("Up one step (aggravating factors)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record offence"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Explain the aggravating factors");
        checkAccessible(page);
        page.getByLabel("Why the score moves (needed with an adjustment)").fill("Planned, with a friend keeping watch");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record offence"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Offence recorded");
        assertThat(page.locator("main")).containsText("3 – Youth caution");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Victims")))
                .hasCount(0);
        checkAccessible(page);

        Page worker = newPage(true);
        signIn(worker, victimWorker, TestData.PASSWORD);
        worker.navigate("/children/" + child.id() + "/offences");
        worker.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Victims"))
                .first()
                .click();
        checkAccessible(worker);
        worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record victim"))
                .click();
        assertThat(worker.locator(".govuk-error-summary")).containsText("Select who the victim is");
        checkAccessible(worker);
        worker.getByLabel("A business or organisation").check();
        worker.getByLabel("Name").fill("Northbridge Cycles Ltd");
        worker.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record victim"))
                .click();
        assertThat(worker.locator(".govuk-notification-banner")).containsText("Victim recorded");
        assertThat(worker.locator("main")).containsText("Northbridge Cycles Ltd");
        checkAccessible(worker);

        page.reload();
        assertThat(page.locator("main")).containsText("1 victim recorded, held separately");
        assertThat(page.locator("main")).not().containsText("Northbridge Cycles Ltd");
    }

    @Test
    void aReferralOrderIsStartedAndItsInitialPanelFallsDue() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Interventions"))
                .click();
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an intervention"))
                .click();
        checkAccessible(page);
        page.getByLabel("Type and legal basis").selectOption("REFERRAL_ORDER");
        page.locator("#start-day").fill("10");
        page.locator("#start-month").fill("12");
        page.locator("#start-year").fill("2026");
        page.locator("#end-day").fill("10");
        page.locator("#end-month").fill("1");
        page.locator("#end-year").fill("2027");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start intervention"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("A referral order lasts from 3 to 12 months");
        checkAccessible(page);
        page.locator("#end-month").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start intervention"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Intervention started");
        checkAccessible(page);

        page.navigate("/children/" + child.id() + "/due-items");
        assertThat(page.locator("main")).containsText("Referral order initial panel");
        assertThat(page.locator("main")).containsText("12 January 2027");
        assertThat(page.locator("main")).containsText("20 working days after 10 December 2026");
        checkAccessible(page);
    }
}
