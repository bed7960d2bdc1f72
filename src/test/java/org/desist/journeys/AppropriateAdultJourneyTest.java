package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.desist.TestData;
import org.desist.appropriateadult.Rota;
import org.desist.platform.Clocks;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An appropriate adult coordinator records a night call-out from the question pages: the volunteer on the rota
 * attends late, the child is charged, refused bail and kept in police custody overnight with no local authority bed;
 * the head of service's call-out list shows it late and in the overnight detentions with the reason, and the measures
 * count it. axe on each distinct page.
 */
class AppropriateAdultJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    Rota rota;

    String coordinator;
    String head;
    LocalDate night = LocalDate.now(Clocks.UK).minusDays(2);

    @BeforeAll
    void aServiceWithAVolunteerOnCall() {
        YouthJusticeService service = data.service("AaJourney");
        coordinator = data.account("aaj.co", Role.APPROPRIATE_ADULT_COORDINATOR, service);
        head = data.account("aaj.hos", Role.HEAD_OF_SERVICE, service);
        data.actAs(coordinator);
        try {
            rota.add(
                    null,
                    ZonedDateTime.of(night.atTime(17, 0), Clocks.UK).toInstant(),
                    ZonedDateTime.of(night.plusDays(1).atTime(9, 0), Clocks.UK).toInstant(),
                    null,
                    "Ann Volunteer");
        } finally {
            TestData.signOut();
        }
    }

    private static void date(Page page, String field, LocalDate day) {
        page.locator("#" + field + "-day").fill(String.valueOf(day.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(day.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(day.getYear()));
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .click();
    }

    private static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first()
                .click();
    }

    @Test
    void aNightCallOutEndsInAChargeAndAnOvernightDetentionTheManagerSeesLate() {
        Page co = newPage(true);
        signIn(co, coordinator, TestData.PASSWORD);
        link(co, "Appropriate adults");
        assertThat(co.locator("h1")).hasText("Appropriate adult call-outs");
        checkAccessible(co);
        link(co, "Record a call-out");
        assertThat(co.locator("h1")).hasText("Record a call-out");
        checkAccessible(co);
        button(co, "Continue");
        assertThat(co.locator(".govuk-error-summary")).containsText("Enter the custody suite that asked");
        assertThat(co.locator(".govuk-error-summary")).containsText("Enter the child's name");
        checkAccessible(co);
        co.getByLabel("Which custody suite asked?").fill("Northbridge Central custody suite");
        date(co, "requestedAt", night);
        co.getByLabel("Time of the request").fill("9:40pm");
        co.getByLabel("Child’s name").fill("Kai Doyle");
        date(co, "childDateOfBirth", LocalDate.of(2010, 6, 1));
        button(co, "Continue");

        assertThat(co.locator("h1")).hasText("Who attended?");
        checkAccessible(co);
        co.locator("#attendeeName").check();
        button(co, "Continue");
        assertThat(co.locator("h1")).hasText("Check the call-out before you record it");
        assertThat(co.locator("main")).containsText("Ann Volunteer (on the rota)");
        checkAccessible(co);
        button(co, "Record the call-out");
        assertThat(co.locator(".govuk-notification-banner")).containsText("Call-out recorded");
        assertThat(co.locator("main")).containsText("Out of hours");
        checkAccessible(co);

        link(co, "Record the arrival");
        assertThat(co.locator("h1")).hasText("When did the appropriate adult arrive?");
        checkAccessible(co);
        date(co, "arrivedAt", night);
        co.getByLabel("Time they arrived").fill("23:55");
        button(co, "Save");
        assertThat(co.locator(".govuk-notification-banner")).containsText("Arrival recorded");
        assertThat(co.locator("main")).containsText("2 hours 15 minutes");
        assertThat(co.locator(".govuk-tag--red").first()).containsText("Late");

        link(co, "Record leaving and the outcome");
        assertThat(co.locator("h1")).hasText("Leaving and outcome");
        checkAccessible(co);
        date(co, "leftAt", night.plusDays(1));
        co.getByLabel("Time they left").fill("3:30am");
        co.locator("#procedures").check(); // rights
        co.locator("#procedures-1").check(); // interview
        co.locator("#procedures-3").check(); // charge
        co.locator("#outcome-CHARGE").check();
        co.locator("#keptOvernight").check(); // yes
        co.locator("#accommodationRequested").check(); // yes
        co.locator("#accommodationProvided-no").check();
        button(co, "Save");
        assertThat(co.locator(".govuk-error-summary"))
                .containsText("Enter why the child was not moved to local authority accommodation");
        checkAccessible(co);
        co.getByLabel("If the child was not moved to local authority accommodation, why not")
                .fill("No local authority bed could be found overnight");
        button(co, "Save");
        assertThat(co.locator(".govuk-notification-banner")).containsText("Leaving and outcome recorded");
        assertThat(co.locator("main")).containsText("No local authority bed could be found overnight");
        co.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/appropriate-adult-call-out.png"))
                .setFullPage(true));

        link(co, "Appropriate adults");
        link(co, "Rota");
        assertThat(co.locator("h1")).hasText("Appropriate adult rota");
        assertThat(co.locator("main")).containsText("Ann Volunteer (volunteer)");
        checkAccessible(co);

        Page manager = newPage(false);
        signIn(manager, head, TestData.PASSWORD);
        link(manager, "Appropriate adults");
        assertThat(manager.locator("main")).containsText("Kai Doyle");
        assertThat(manager.locator("main")).containsText("1 call-out");
        assertThat(manager.locator(".govuk-tag--red").first()).containsText("Late");
        assertThat(manager.locator("main")).containsText("Overnight detentions");
        assertThat(manager.locator("main")).containsText("No local authority bed could be found overnight");
        checkAccessible(manager);
        manager.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/appropriate-adult-list.png"))
                .setFullPage(true));
        link(manager, "Measures");
        assertThat(manager.locator("h1")).hasText("Appropriate adult measures");
        checkAccessible(manager);
        manager.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("1 – show these call-outs: Arrived later than the target"))
                .click();
        assertThat(manager.locator("main")).containsText("Showing only: Arrived later than the target");
        assertThat(manager.locator("main")).containsText("Kai Doyle");
        manager.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/appropriate-adult-measures.png"))
                .setFullPage(true));
    }
}
