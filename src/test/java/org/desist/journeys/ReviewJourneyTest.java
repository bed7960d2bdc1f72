package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.February2027;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without JavaScript, a case manager reallocates a youth rehabilitation order from Monday 4 January 2027: a
 * review falls due on the order 10 working days later; they open the order's reviews, see what the review must
 * answer, record the review (first with answers missing: the error summary), check their answers and record that
 * the plan changed. "Today" is Monday 1 February 2027.
 */
@Import(February2027.class)
class ReviewJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    String caseManager;
    String newCaseManager;
    UUID order;

    @BeforeAll
    void anOrderInProgress() {
        YouthJusticeService service = data.service("ReviewJourney");
        caseManager = data.account("rj.cm", Role.CASE_MANAGER, service);
        newCaseManager = data.account("rj.second", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Jesse", "Carter", LocalDate.of(2010, 5, 5))));
        order = transactions
                .execute(s -> interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_REHABILITATION_ORDER,
                                LocalDate.of(2026, 11, 30),
                                LocalDate.of(2027, 11, 29),
                                staffId(caseManager),
                                List.of())))
                .id();
        TestData.signOut();
    }

    @Test
    void aReallocationCallsForAReviewThatRecordsAChangedPlan() {
        Page page = newPage(false);
        // The first page of a freshly started server (templates, assets) may take longer than the default timeout.
        page.navigate("/sign-in", new Page.NavigateOptions().setTimeout(60_000));
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/interventions/" + order);
        assertThat(page.locator("main")).containsText("28 February 2027");
        checkAccessible(page);

        page.getByLabel("New case manager").selectOption(staffId(newCaseManager).toString());
        page.locator("#from-day").fill("4");
        page.locator("#from-month").fill("1");
        page.locator("#from-year").fill("2027");
        page.getByLabel("Why is it being reallocated?").fill("Jesse asked for a male worker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reallocate"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Intervention reallocated");
        // 10 working days after Monday 4 January 2027, now overdue.
        assertThat(page.locator(
                        ".govuk-table__row", new Page.LocatorOptions().setHasText("Review after a significant change")))
                .containsText("18 January 2027");
        assertThat(page.locator(
                        ".govuk-table__row", new Page.LocatorOptions().setHasText("Review after a significant change")))
                .containsText("Overdue");
        checkAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Reviews").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Reviews");
        assertThat(page.locator("main")).containsText("No reviews recorded yet.");
        assertThat(page.locator(".govuk-table")).containsText("Change of case manager");
        assertThat(page.locator(".govuk-table")).containsText("Case manager changed from Test rj.cm to Test rj.second");
        checkAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Record a review").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Record a review");
        assertThat(page.locator("#answers")).isChecked();
        checkAccessible(page);
        page.locator("#reviewedOn-day").fill("29");
        page.locator("#reviewedOn-month").fill("1");
        page.locator("#reviewedOn-year").fill("2027");
        page.getByLabel("What has changed since the last review")
                .fill("New case manager; Jesse has started college three days a week");
        page.locator("#planChanged").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Enter the child’s views, or why they could not be given");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter how the plan was changed");
        assertThat(page.getByLabel("What has changed since the last review"))
                .hasValue("New case manager; Jesse has started college three days a week");
        checkAccessible(page);

        page.getByLabel("The child’s views").fill("Jesse wants sessions after college");
        page.getByLabel("The views of parents or carers").fill("His dad agrees");
        page.getByLabel("Other agencies that gave information (optional)").fill("College");
        page.getByLabel("What the other agencies said (optional)").fill("Attending well since January");
        page.getByLabel("If yes, how the plan was changed").fill("Sessions moved to Tuesday evenings");
        page.locator("#assessmentNeedsUpdating-no").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).hasText("Check your answers before recording the review");
        assertThat(page.locator("main")).containsText("29 January 2027");
        assertThat(page.locator("main")).containsText("Sessions moved to Tuesday evenings");
        checkAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the review"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Review recorded");
        assertThat(page.locator(".govuk-summary-card")).containsText("Review on 29 January 2027");
        assertThat(page.locator(".govuk-summary-card .govuk-tag")).hasText("Plan changed");
        assertThat(page.locator(".govuk-summary-card")).containsText("Case manager changed from Test rj.cm");
        assertThat(page.locator("main")).containsText("Nothing has happened that calls for a review.");
        // The next interval review runs 3 months from this one.
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Next review due")))
                .containsText("29 April 2027");
        checkAccessible(page);
    }

    private UUID staffId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }
}
