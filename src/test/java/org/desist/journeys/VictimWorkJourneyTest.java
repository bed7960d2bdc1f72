package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.platform.Clocks;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.desist.victim.Victim;
import org.desist.victim.VictimWorks;
import org.desist.victim.Victims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A victim worker opens My victims, records a contact attempt, then a contact, consent to sharing with its lawful
 * basis and the wishes to share, and the Victims' Code offers; a case manager cannot reach the victim's page.
 */
class VictimWorkJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    Victims victims;

    @Autowired
    VictimWorks works;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    String victimWorker;
    UUID victim;

    @BeforeAll
    void aVictimAllocatedToTheWorker() {
        YouthJusticeService service = data.service("VictimJourney");
        caseManager = data.account("vj.cm", Role.CASE_MANAGER, service);
        victimWorker = data.account("vj.victims", Role.VICTIM_WORKER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Tyler", "Brennan", LocalDate.of(2010, 6, 6))));
        Offence offence = offences.record(
                data.accessible(caseManager, child.id()),
                new Offences.NewOffence(
                        LocalDate.now(Clocks.UK).minusDays(20),
                        "Pushed a shop worker to the ground",
                        OffenceCategory.VIOLENCE_AGAINST_THE_PERSON,
                        Plea.GUILTY,
                        null,
                        false,
                        false,
                        4,
                        0,
                        null));
        data.actAs(victimWorker);
        victim = victims.record(offence.id(), Victim.Kind.PERSON, "Priya Examplename", "07700 900789", null, false);
        works.allocate(victim, 0, data.userId(victimWorker));
        TestData.signOut();
    }

    private static void date(Page page, LocalDate d) {
        page.getByLabel("Day").fill(String.valueOf(d.getDayOfMonth()));
        page.getByLabel("Month").fill(String.valueOf(d.getMonthValue()));
        page.getByLabel("Year").fill(String.valueOf(d.getYear()));
    }

    private static void save(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
    }

    private static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    @Test
    void theVictimWorkerRecordsContactConsentWishesAndOffersAndACaseManagerCannotSeeThem() {
        LocalDate today = LocalDate.now(Clocks.UK);
        Page page = newPage(true);
        signIn(page, victimWorker, TestData.PASSWORD);
        link(page, "Victims");
        assertThat(page.locator("h1")).hasText("My victims");
        assertThat(page.locator("main")).containsText("First contact attempt due");
        checkAccessible(page);
        link(page, "Priya Examplename");
        assertThat(page.locator("main")).containsText("Pushed a shop worker to the ground");
        assertThat(page.locator("main")).containsText("Tyler Brennan");
        checkAccessible(page);

        link(page, "Record a contact or attempt");
        checkAccessible(page);
        page.getByLabel("Time").fill("");
        save(page);
        assertThat(page.locator(".govuk-error-summary")).containsText("Select how the contact was made or attempted");
        checkAccessible(page);
        // Yesterday: a morning time today may still be in the future (the rule refuses it).
        LocalDate yesterday = today.minusDays(1);
        date(page, yesterday);
        page.getByLabel("Time").fill("9:40am");
        page.getByLabel("Phone").check();
        page.getByLabel("The victim", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("No, an attempt").check();
        save(page);
        assertThat(page.locator(".govuk-notification-banner")).containsText("Saved");
        assertThat(page.locator(".moj-timeline")).containsText("Attempt: Phone");

        link(page, "Record a contact or attempt");
        date(page, yesterday);
        page.getByLabel("Time").fill("12:15pm");
        page.getByLabel("Home visit").check();
        page.getByLabel("The victim", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Yes, contact was made").check();
        page.getByLabel("Outcome")
                .fill("Met at home; explained the Victims' Code and the youth justice service's role");
        save(page);
        assertThat(page.locator(".moj-timeline")).containsText("Contact: Home visit");

        link(page, "Record consent");
        checkAccessible(page);
        page.getByLabel("Sharing what they say with the case and the panel").check();
        page.getByLabel("Given").check();
        date(page, today);
        page.getByLabel("Consent", new Page.GetByLabelOptions().setExact(true)).check();
        save(page);
        assertThat(page.locator("main")).containsText("Consent to sharing");
        assertThat(page.locator("table")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("History of consent")))
                .containsText("Given");

        link(page, "Change wishes and needs");
        checkAccessible(page);
        page.getByLabel("Their wishes").fill("Would like the child to understand the harm done");
        page.getByLabel("What to share with the case manager and the panel").fill("Would welcome a letter of apology");
        page.getByLabel("They want to be kept informed at key points").check();
        save(page);
        assertThat(page.locator("main")).containsText("Would welcome a letter of apology");

        for (String offer : new String[] {
            "Information about the case and the justice process", "Information about restorative justice"
        }) {
            link(page, "Record an offer");
            page.getByLabel(offer).check();
            date(page, today);
            page.getByLabel("Accepted").check();
            save(page);
        }
        checkAccessible(page);
        assertThat(page.locator("main")).containsText("Information about restorative justice");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/victim-page.png"))
                .setFullPage(true));

        Page manager = newPage(true);
        signIn(manager, caseManager, TestData.PASSWORD);
        assertThat(manager.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Victims").setExact(true)))
                .hasCount(0);
        // Through the signed-in tab's own cookies, without a page load (the browser would log the 403 as an error).
        var denied = manager.request().get("/victims/" + victim);
        org.assertj.core.api.Assertions.assertThat(denied.status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(denied.text()).doesNotContain("Priya Examplename");
    }
}
