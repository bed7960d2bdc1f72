package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager adds a programme to the service's catalogue; then, without JavaScript, a case manager enrols a
 * child on it from the intervention's page, records sessions (first with a mistake: the error summary) and how
 * it ended, makes a referral to a specialist (flagged to chase once 20 working days have passed) and records
 * its outcome. axe-core on every page.
 */
class ProgrammeJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Interventions interventions;

    String manager;
    String caseManager;
    Intervention order;

    @BeforeAll
    void aReferralOrder() {
        YouthJusticeService service = data.service("ProgrammeJourney");
        manager = data.account("pj.om", Role.OPERATIONAL_MANAGER, service);
        caseManager = data.account("pj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Tyler", "Reid", LocalDate.of(2010, 8, 21))));
        // Dated before the test's (real) today, from October 2026.
        order = transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2027, 10, 4),
                        null,
                        List.of())));
        TestData.signOut();
    }

    private static void date(Page page, String field, String day, String month, String year) {
        page.locator("#" + field + "-day").fill(day);
        page.locator("#" + field + "-month").fill(month);
        page.locator("#" + field + "-year").fill(year);
    }

    private static void button(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))
                .click();
    }

    private static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }

    private static Locator exact(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    /** A tab as {@link #newPage}, waiting longer for pages on a build machine shared with other builds. */
    private Page tab(boolean javaScript) {
        Page page = newPage(javaScript);
        page.context().setDefaultTimeout(30_000);
        return page;
    }

    @Test
    void aManagerAddsAProgrammeAndACaseManagerDeliversItAndMakesAReferral() {
        // The manager adds the programme.
        Page manager = tab(true);
        signIn(manager, this.manager, TestData.PASSWORD);
        link(manager, "Programmes");
        assertThat(manager.locator("h1")).hasText("Programmes");
        assertThat(manager.locator("main")).containsText("No programmes yet.");
        checkAccessible(manager);
        link(manager, "Add a programme");
        checkAccessible(manager);
        manager.getByLabel("Name of the programme").fill("Choices: knife crime awareness");
        exact(manager, "Group").check();
        exact(manager, "Knife crime").check();
        manager.getByLabel("Number of sessions planned").fill("3");
        manager.getByLabel("Description (optional)").fill("Weekly group on Tuesdays after school");
        button(manager, "Add programme");
        assertThat(manager.locator(".govuk-notification-banner")).containsText("Programme added");
        assertThat(manager.locator("tbody")).containsText("Choices: knife crime awareness");
        assertThat(manager.locator(".govuk-tag--green")).hasText("Active");
        checkAccessible(manager);

        // The case manager enrols the child, without JavaScript.
        Page page = tab(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/interventions/" + order.id());
        link(page, "Programmes and referrals");
        assertThat(page.locator("h1")).hasText("Programmes and referrals");
        assertThat(page.locator("main")).containsText("Not enrolled on any programme.");
        checkAccessible(page);
        link(page, "Enrol on a programme");
        checkAccessible(page);
        page.getByLabel("Choices: knife crime awareness").check();
        date(page, "startDate", "13", "10", "2026");
        page.getByLabel("Who delivers it").fill("Sam Patel (YJS)");
        button(page, "Enrol");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Enrolled on the programme");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("0 of 3 planned sessions attended");
        checkAccessible(page);

        // Sessions: the first without saying whether the child attended.
        String[][] sessions = {{"13", "Attended"}, {"20", "Acceptable absence"}, {"27", "Attended"}};
        for (int n = 0; n < sessions.length; n++) {
            link(page, "Record a session of Choices: knife crime awareness");
            date(page, "date", sessions[n][0], "10", "2026");
            if (n == 0) {
                button(page, "Save session");
                assertThat(page.locator(".govuk-error-summary")).containsText("Select whether the child attended");
                checkAccessible(page);
            }
            exact(page, sessions[n][1]).check();
            button(page, "Save session");
            assertThat(page.locator(".govuk-notification-banner")).containsText("Session recorded");
        }
        assertThat(page.locator(".govuk-summary-card").first()).containsText("2 of 3 planned sessions attended");
        assertThat(page.locator(".govuk-summary-card").first())
                .containsText("1 acceptable and 0 unacceptable absences");
        checkAccessible(page);

        link(page, "Record how it ended for Choices: knife crime awareness");
        checkAccessible(page);
        exact(page, "Completed").check();
        date(page, "completedOn", "3", "11", "2026");
        button(page, "Save");
        assertThat(page.locator(".govuk-notification-banner")).containsText("How the programme ended is recorded");
        assertThat(page.locator(".govuk-summary-card")
                        .first()
                        .locator(".govuk-summary-list__row", new Locator.LocatorOptions().setHasText("Status"))
                        .locator(".govuk-tag"))
                .hasText("Completed");
        assertThat(page.locator("main")).containsText("Completed on 3 November 2026");
        checkAccessible(page);

        // A referral to CAMHS, 20 working days ago or more: flagged to chase.
        link(page, "Make a referral");
        checkAccessible(page);
        exact(page, "CAMHS or health").check();
        page.getByLabel("Name of the organisation (required for other)").fill("Northbridge CAMHS");
        date(page, "referredOn", "20", "10", "2026");
        page.getByLabel("Reason for the referral").fill("Low mood and poor sleep since the offence");
        button(page, "Save referral");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Referral recorded");
        assertThat(page.locator(".govuk-warning-text"))
                .containsText("1 referral has been awaiting an outcome for 20 working days or more");
        assertThat(page.locator(".govuk-tag--orange")).hasText("Chase: awaiting outcome");
        assertThat(page.locator("main")).containsText("To chase since 17 November 2026");
        checkAccessible(page);

        link(page, "Record the outcome of the referral to CAMHS or health (Northbridge CAMHS)");
        checkAccessible(page);
        exact(page, "Accepted").check();
        date(page, "outcomeOn", "18", "11", "2026");
        page.getByLabel("Notes (optional)").fill("First appointment on 2 December");
        button(page, "Save outcome");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Outcome of the referral recorded");
        assertThat(page.locator(".govuk-warning-text")).hasCount(0);
        assertThat(page.locator("main")).containsText("Accepted on 18 November 2026");
        assertThat(page.locator("main")).containsText("First appointment on 2 December");
        checkAccessible(page);
    }
}
