package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.desist.TestData;
import org.desist.platform.web.Dates;
import org.desist.quality.Framework;
import org.desist.quality.Frameworks;
import org.desist.quality.PublishedInspection;
import org.desist.quality.PublishedInspections;
import org.desist.quality.Rating;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A QA lead creates an improvement plan from the service's published inspection, adds a recommendation and an action
 * owned by a case manager, and records the Board's review; the case manager finds the action on My work and records
 * progress. axe on each new page.
 */
class ImprovementPlanJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    PublishedInspections inspections;

    @Autowired
    Frameworks frameworks;

    String qaLead;
    String caseManager;
    PublishedInspection inspection;

    @BeforeAll
    void people() {
        YouthJusticeService service = data.service("PlanJourney");
        qaLead = data.account("pj.qa", Role.QA_LEAD, service);
        caseManager = data.account("pj.cm", Role.CASE_MANAGER, service);
        data.actAs(qaLead);
        try {
            inspection = inspections.enter(service.id(), "HMIP-2018", report());
        } finally {
            TestData.signOut();
        }
    }

    /** A 2018 report published on 20 May 2021: every key question at 60%, so every standard Requires improvement. */
    private PublishedInspection.Report report() {
        Framework f = frameworks.find("HMIP-2018").orElseThrow();
        Map<String, Rating> organisational = new LinkedHashMap<>();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        Map<String, Rating> published = new LinkedHashMap<>();
        for (Framework.Standard s : f.standards()) {
            published.put(s.number(), Rating.REQUIRES_IMPROVEMENT);
            if (s.caseBased()) {
                s.keyQuestions().forEach(kq -> figures.put(kq.number(), BigDecimal.valueOf(60)));
            } else {
                organisational.put(s.number(), Rating.REQUIRES_IMPROVEMENT);
            }
        }
        return new PublishedInspection.Report(
                "An inspection of youth offending services in Plan Journey",
                LocalDate.of(2021, 5, 20),
                null,
                organisational,
                figures,
                published,
                Rating.REQUIRES_IMPROVEMENT);
    }

    @Test
    void aQaLeadPlansFromAnInspectionAndTheActionsOwnerRecordsProgressFromMyWork() {
        LocalDate due = LocalDate.now().plusMonths(1);
        Page qa = newPage(true);
        signIn(qa, qaLead, TestData.PASSWORD);
        qa.navigate("/quality/inspections/" + inspection.id());
        qa.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create an improvement plan"))
                .click();
        assertThat(qa.locator("h1")).hasText("Start an improvement plan");
        assertThat(qa.getByLabel(
                        "An inspection of youth offending services in Plan Journey",
                        new Page.GetByLabelOptions().setExact(false)))
                .isChecked();
        checkAccessible(qa);
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the plan"))
                .click();
        assertThat(qa.locator(".govuk-error-summary")).containsText("Enter the plan's title");
        checkAccessible(qa);
        qa.getByLabel("Title of the plan").fill("Improvement plan after the 2021 inspection");
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the plan"))
                .click();
        assertThat(qa.locator(".govuk-notification-banner")).containsText("Improvement plan started");
        checkAccessible(qa);

        qa.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a recommendation"))
                .click();
        checkAccessible(qa);
        qa.getByLabel("Recommendation", new Page.GetByLabelOptions().setExact(true))
                .fill("Improve the quality of planning so that it addresses how to keep other people safe.");
        qa.getByLabel("The service", new Page.GetByLabelOptions().setExact(true))
                .check();
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the recommendation"))
                .click();
        assertThat(qa.locator(".govuk-notification-banner")).containsText("Recommendation added");

        qa.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action to recommendation 1"))
                .click();
        checkAccessible(qa);
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action"))
                .click();
        assertThat(qa.locator(".govuk-error-summary")).containsText("Enter what will be done");
        checkAccessible(qa);
        qa.getByLabel("What will be done").fill("Add contingency arrangements to the plan template");
        qa.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Test pj.cm (Case manager)"));
        qa.getByLabel("Day").fill(String.valueOf(due.getDayOfMonth()));
        qa.getByLabel("Month").fill(String.valueOf(due.getMonthValue()));
        qa.getByLabel("Year").fill(String.valueOf(due.getYear()));
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the action"))
                .click();
        assertThat(qa.locator(".govuk-notification-banner")).containsText("Action added");
        assertThat(qa.locator("main")).containsText("Test pj.cm");
        assertThat(qa.locator("main")).containsText("Not started");

        // The QA lead moves the due date a week later, with the reason; the change stays in the action's progress.
        LocalDate later = due.plusWeeks(1);
        qa.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Change the action: Add contingency arrangements to the plan template"))
                .click();
        assertThat(qa.locator("h1")).hasText("Change the action");
        checkAccessible(qa);
        qa.getByLabel("Day").fill(String.valueOf(later.getDayOfMonth()));
        qa.getByLabel("Month").fill(String.valueOf(later.getMonthValue()));
        qa.getByLabel("Year").fill(String.valueOf(later.getYear()));
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the change"))
                .click();
        assertThat(qa.locator(".govuk-error-summary")).containsText("Say why the action changes");
        qa.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/improvement-change.png"))
                .setFullPage(true));
        qa.getByLabel("Why it changes").fill("The template review moved to the next team meeting");
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the change"))
                .click();
        assertThat(qa.locator(".govuk-notification-banner")).containsText("Action changed");
        Dates dates = new Dates();
        assertThat(qa.locator("main"))
                .containsText("Changed the due date from " + dates.date(due) + " to " + dates.date(later));

        qa.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a Board review"))
                .click();
        checkAccessible(qa);
        LocalDate today = LocalDate.now();
        qa.getByLabel("Day").fill(String.valueOf(today.getDayOfMonth()));
        qa.getByLabel("Month").fill(String.valueOf(today.getMonthValue()));
        qa.getByLabel("Year").fill(String.valueOf(today.getYear()));
        qa.getByLabel("What the Board noted or decided").fill("The Board agreed the plan.");
        qa.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the review"))
                .click();
        assertThat(qa.locator(".govuk-notification-banner")).containsText("Board review recorded");
        qa.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/improvement-plan.png"))
                .setFullPage(true));

        Page owner = newPage(false);
        signIn(owner, caseManager, TestData.PASSWORD);
        owner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work"))
                .click();
        assertThat(owner.locator("main")).containsText("Improvement actions (1)");
        assertThat(owner.locator("main")).containsText("Improvement plan after the 2021 inspection");
        checkAccessible(owner);
        owner.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/improvement-my-work.png"))
                .setFullPage(true));
        owner.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Add contingency arrangements to the plan template"))
                .click();
        checkAccessible(owner);
        owner.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(
                                        "Update progress of the action: Add contingency arrangements to the plan template"))
                .click();
        checkAccessible(owner);
        owner.getByLabel("In progress").check();
        owner.getByLabel("What has been done").fill("Draft template shared with the team for comments.");
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record progress"))
                .click();
        assertThat(owner.locator(".govuk-notification-banner")).containsText("Progress recorded");
        assertThat(owner.locator("main")).containsText("Draft template shared with the team for comments.");
        assertThat(owner.locator("main")).containsText("In progress");
        checkAccessible(owner);
        owner.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/improvement-progress.png"))
                .setFullPage(true));
    }
}
