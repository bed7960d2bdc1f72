package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.TestData;
import org.desist.child.PncNumber;
import org.desist.deadline.DueItems;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A case manager signs in, searches, adds a child (with a mistake, then corrected), views and edits. */
class ChildRecordJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    DueItems dueItems;

    @Autowired
    TransactionTemplate transactions;

    private int serial;
    YouthJusticeService service;
    String caseManager;
    String manager;
    String otherService;

    @BeforeAll
    void accounts() {
        service = data.service("Journey");
        caseManager = data.account("journey.cm", Role.CASE_MANAGER, service);
        manager = data.account("journey.mgr", Role.OPERATIONAL_MANAGER, service);
        otherService = data.account("journey.other", Role.CASE_MANAGER, data.service("Elsewhere"));
    }

    @Test
    void aWrongPasswordIsExplainedThenTheCaseManagerSignsIn() {
        Page page = newPage(true);
        signIn(page, caseManager, "not the password");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct username and password");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: Sign in"));
        checkAccessible(page);
        signIn(page, caseManager, TestData.PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My caseload")))
                .isVisible();
        checkAccessible(page);
    }

    @Test
    void addFindViewAndEditAChild() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        String childUrl = addChildWithAMistakeThenCorrectIt(page, "Tyrese", "Okonkwo-Baptiste", "NBR-J1");

        // Find them again, by a misspelt name and by date of birth.
        page.navigate("/children");
        checkAccessible(page);
        page.getByLabel("Name, PNC number or local reference").fill("Tyrese Okonkwo Baptist");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tyrese Okonkwo-Baptiste")))
                .isVisible();
        checkAccessible(page);
        page.navigate("/children?dob-day=28&dob-month=2&dob-year=2011");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tyrese Okonkwo-Baptiste"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(childUrl + "$"));

        for (String tab : new String[] {"Personal details", "People", "Flags", "Overview"}) {
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName(tab).setExact(true))
                    .click();
            assertThat(page.locator("[aria-current=page]")).hasText(tab);
            checkAccessible(page);
        }

        // Change the postcode and raise a flag.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change details"))
                .click();
        checkAccessible(page);
        page.getByLabel("Postcode (optional)").fill("nb2 7aa");
        page.getByLabel("County lines").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Changes saved");
        assertThat(page.locator(".govuk-summary-list")).containsText("NB2 7AA");
        checkAccessible(page);

        // Add a parent with parental responsibility.
        page.navigate(childUrl + "/people/new");
        checkAccessible(page);
        page.getByLabel("Parent or carer").check();
        page.getByLabel("Full name").fill("Grace Okonkwo");
        page.getByLabel("Relationship to the child, or role").fill("Mother");
        page.getByLabel("Has parental responsibility").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person"))
                .click();
        assertThat(page.locator(".govuk-summary-card")).containsText("Grace Okonkwo");
        checkAccessible(page);
    }

    @Test
    void aStaleEditShowsWhoChangedWhatAndOverwritesNothing() {
        Page first = newPage(true);
        signIn(first, caseManager, TestData.PASSWORD);
        String childUrl = addChildWithAMistakeThenCorrectIt(first, "Ruby", "Hargreaves", "NBR-J2");
        Page second = anotherTab(first);
        first.navigate(childUrl + "/edit");
        second.navigate(childUrl + "/edit");

        first.getByLabel("Town or city (optional)").fill("Eastham");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(first.locator(".govuk-notification-banner")).containsText("Changes saved");

        second.getByLabel("Town or city (optional)").fill("Westvale");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(second.locator(".govuk-notification-banner"))
                .containsText("This record was changed by " + caseManager);
        assertThat(second.locator(".govuk-notification-banner")).containsText("Town or city: (blank) → Eastham");
        checkAccessible(second);

        first.navigate(childUrl + "/details");
        assertThat(first.locator(".govuk-summary-list")).containsText("Eastham");
    }

    @Test
    void aManagerSeesWhoViewedAndChangedTheRecordAndAnotherServiceCannotSeeIt() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        String childUrl = addChildWithAMistakeThenCorrectIt(page, "Kai", "Brennan", "NBR-J3");

        // A report to court is due (the court work that triggers it comes with the case journey).
        UUID childId = UUID.fromString(childUrl.substring("/children/".length()));
        data.actAs(caseManager);
        UUID owner = org.desist.security.CurrentUser.require().id();
        transactions.executeWithoutResult(s -> dueItems.triggered(
                new DueItems.Trigger(
                        "COURT_REPORT_REQUESTED", service.id(), childId, "COURT_REPORT", UUID.randomUUID(), owner),
                LocalDate.of(2026, 1, 5)));
        TestData.signOut();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work"))
                .click();
        assertThat(page.locator("main")).containsText("Overdue (1)");
        assertThat(page.locator("main")).containsText("Report to court");
        checkAccessible(page);
        page.navigate(childUrl + "/due-items");
        assertThat(page.locator("main")).containsText("on 5 January 2026");
        assertThat(page.locator(".govuk-tag--red")).hasText("Overdue");
        checkAccessible(page);

        Page managerPage = newPage(true);
        signIn(managerPage, manager, TestData.PASSWORD);
        assertThat(managerPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Team caseload")))
                .isVisible();
        checkAccessible(managerPage);
        managerPage
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team work"))
                .click();
        assertThat(managerPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kai Brennan")))
                .isVisible();
        checkAccessible(managerPage);
        managerPage.navigate(childUrl + "/history");
        assertThat(managerPage.locator(".moj-timeline")).containsText("Created");
        assertThat(managerPage.locator(".moj-timeline")).containsText(caseManager);
        assertThat(managerPage.locator(".moj-timeline")).containsText("Viewed overview");
        checkAccessible(managerPage);

        Page outsider = newPage(true);
        signIn(outsider, otherService, TestData.PASSWORD);
        outsider.navigate(childUrl);
        assertThat(outsider.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                .isVisible();
        checkAccessible(outsider);
        outsider.navigate("/children?q=Brennan");
        assertThat(outsider.locator("#results")).containsText("0 children found");
    }

    @Test
    void everythingWorksWithoutJavaScript() {
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        String childUrl = addChildWithAMistakeThenCorrectIt(page, "Alfie", "Nowicki", "NBR-J4");
        page.navigate("/children?q=Alfie+Nowicki");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alfie Nowicki")))
                .isVisible();
        page.navigate(childUrl + "/edit");
        page.getByLabel("Looked after status").isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(childUrl + "/details"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out.");
        checkAccessible(page);
    }

    /** Adds a child, first with an impossible date of birth and a wrong PNC check letter. Returns its URL. */
    private String addChildWithAMistakeThenCorrectIt(Page page, String given, String family, String reference) {
        page.navigate("/children/new");
        checkAccessible(page);
        page.getByLabel("Local reference").fill(reference + "-" + System.nanoTime() % 100000);
        page.getByLabel("First name").fill(given);
        page.getByLabel("Last name").fill(family);
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("2011");
        page.getByLabel("Male", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Ethnicity").selectOption("MIXED_WHITE_AND_BLACK_CARIBBEAN");
        page.getByLabel("PNC number (optional)").fill("12/1Z");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add child"))
                .click();

        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("Date of birth must be a real date");
        assertThat(page.locator(".govuk-error-summary")).containsText("check letter is wrong");
        assertThat(page.locator(".govuk-error-summary a[href='#dateOfBirth-day']"))
                .hasCount(1);
        assertThat(page.locator(".govuk-error-summary a[href='#pncNumber']")).hasCount(1);
        checkAccessible(page);

        page.getByLabel("Day").fill("28");
        // A different PNC number for each child (a service cannot record the same one twice).
        String pnc = PncNumber.of(2012, ++serial).value();
        page.getByLabel("PNC number (optional)").fill(pnc.replace("2012/000000", "12/"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add child"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Child’s record created");
        assertThat(page.locator("h1")).containsText(given + " " + family);
        assertThat(page.locator("main")).containsText(pnc);
        checkAccessible(page);
        String path = page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        assertThat(path).matches("/children/[0-9a-f-]{36}");
        return path;
    }
}
