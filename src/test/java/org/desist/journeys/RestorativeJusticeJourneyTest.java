package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.desist.victim.Victim;
import org.desist.victim.Victims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A victim worker offers restorative justice, records both consents and the risk assessment; a manager approves
 * it from their list; the conference is held and its outcome and the victim's satisfaction recorded.
 */
class RestorativeJusticeJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    ChildRecords children;

    @Autowired
    Offences offences;

    @Autowired
    Victims victims;

    @Autowired
    TransactionTemplate transactions;

    String worker;
    String manager;
    UUID victim;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void aVictimOfAChildsOffence() {
        YouthJusticeService service = data.service("RJJourney");
        worker = data.account("rjj.worker", Role.VICTIM_WORKER, service);
        manager = data.account("rjj.mgr", Role.OPERATIONAL_MANAGER, service);
        data.actAs(manager);
        victim = transactions.execute(s -> {
            Child child = records.register(service.id(), TestData.child("Tyler", "Marsh", LocalDate.of(2010, 2, 2)));
            var offence = offences.record(
                    children.responsibleChild(child.id()),
                    new Offences.NewOffence(
                            today.minusMonths(2),
                            "Broke the window of a corner shop",
                            OffenceCategory.CRIMINAL_DAMAGE,
                            Plea.ADMITTED,
                            null,
                            false,
                            false,
                            2,
                            0,
                            null));
            return victims.record(offence.id(), Victim.Kind.PERSON, "Harriet Quayle", "Through the police", null, true);
        });
        TestData.signOut();
    }

    private void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }

    private static com.microsoft.playwright.Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private void change(Page page, String what) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Change " + what).setExact(true))
                .click();
    }

    private void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
    }

    @Test
    void aConferenceIsOfferedConsentedRiskAssessedApprovedHeldAndTheVictimVerySatisfied() {
        Page page = newPage(true);
        signIn(page, worker, TestData.PASSWORD);
        page.navigate("/victims/" + victim + "/restorative-justice");
        assertThat(page.locator("main")).containsText("Restorative justice has not been offered to this victim yet");
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offer restorative justice"))
                .click();
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the offer"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select how it was offered");
        checkAccessible(page);
        date(page, "offeredOn", today.minusDays(20));
        label(page, "By phone").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the offer"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Restorative justice updated");
        checkAccessible(page);

        change(page, "the victim’s consent");
        checkAccessible(page);
        label(page, "Given").check();
        date(page, "on", today.minusDays(18));
        save(page);
        change(page, "the child’s consent");
        label(page, "Given").check();
        date(page, "on", today.minusDays(16));
        save(page);
        change(page, "kind");
        checkAccessible(page);
        label(page, "Direct: a face-to-face meeting or conference").check();
        label(page, "Facilitator").fill("Test rjj.worker");
        save(page);
        // No meeting is planned before a manager approves the risk assessment.
        change(page, "date planned");
        date(page, "plannedOn", today.plusDays(7));
        save(page);
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("A direct meeting needs a risk assessment approved by a manager first");
        checkAccessible(page);
        page.navigate("/victims/" + victim + "/restorative-justice");
        change(page, "assessed");
        checkAccessible(page);
        date(page, "assessedOn", today.minusDays(10));
        label(page, "The risks and how they will be managed")
                .fill("The victim lives near the child's school: meet at the YJS office, two facilitators.");
        save(page);
        assertThat(page.locator("main")).containsText("Waiting for approval");
        checkAccessible(page);

        Page boss = newPage(true);
        signIn(boss, manager, TestData.PASSWORD);
        boss.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("RJ approvals"))
                .click();
        assertThat(boss.locator("main")).containsText("Harriet Quayle");
        assertThat(boss.locator("main")).containsText("Tyler Marsh");
        checkAccessible(boss);
        boss.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Review the risk assessment for Harriet Quayle"))
                .click();
        assertThat(boss.locator("main")).containsText("two facilitators");
        checkAccessible(boss);
        boss.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the risk assessment"))
                .click();
        assertThat(boss.locator(".govuk-notification-banner")).containsText("Risk assessment approved");
        assertThat(boss.locator("main")).containsText("There are no risk assessments waiting for approval");
        checkAccessible(boss);

        page.reload();
        assertThat(page.locator("main")).containsText("Approved on");
        change(page, "date planned");
        date(page, "plannedOn", today);
        save(page);
        change(page, "date held");
        checkAccessible(page);
        date(page, "heldOn", today);
        save(page);
        change(page, "outcome");
        checkAccessible(page);
        label(page, "The meeting was held and an agreement reached").check();
        save(page);
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Select how satisfied the victim was, or that they declined to say");
        checkAccessible(page);
        label(page, "Very satisfied").check();
        label(page, "Notes, or why it did not go ahead").fill("Tyler agreed to repaint the shop front.");
        save(page);
        assertThat(page.locator("main")).containsText("The meeting was held and an agreement reached");
        assertThat(page.locator("main")).containsText("Very satisfied");
        assertThat(page.locator("main")).containsText("Test rjj.worker");
        checkAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/rj-summary.png"))
                .setFullPage(true));
    }
}
