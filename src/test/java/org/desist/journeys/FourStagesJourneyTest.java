package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 4's whole path through real pages, on the real today: a case manager assesses a youth rehabilitation
 * order started a few days ago with a high ROSH classification (the risk panel referral falls due), a manager
 * countersigns it, the case manager writes and agrees the plan, records an unacceptable absence and its warning,
 * the order is reallocated (a review after a significant change falls due) and the review records that the plan
 * changed. The child's chronology shows each step. axe on every page.
 */
class FourStagesJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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

    @Autowired
    WorkingDayCalendar calendar;

    String caseManager;
    String secondCaseManager;
    String manager;
    Child child;
    UUID order;

    @BeforeAll
    void anOrderStartedAFewDaysAgo() {
        YouthJusticeService service = data.service("FourStagesJourney");
        caseManager = data.account("fs.cm", Role.CASE_MANAGER, service);
        secondCaseManager = data.account("fs.second", Role.CASE_MANAGER, service);
        manager = data.account("fs.mgr", Role.OPERATIONAL_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Morgan", "Hale", LocalDate.of(2010, 3, 3))));
        LocalDate started = LocalDate.now().minusDays(4);
        order = transactions
                .execute(s -> interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_REHABILITATION_ORDER,
                                started,
                                started.plusYears(1).minusDays(1),
                                staffId(caseManager),
                                List.of())))
                .id();
        TestData.signOut();
    }

    @Test
    void assessPlanDeliverAndReview() {
        LocalDate today = LocalDate.now();
        Page page = newPage(true);
        // The first page of a freshly started server may take longer than the default timeout.
        page.navigate("/sign-in", new Page.NavigateOptions().setTimeout(60_000));
        signIn(page, caseManager, TestData.PASSWORD);

        // 1. Assess: every lens, a high risk of serious harm.
        page.navigate("/interventions/" + order);
        checkAccessible(page);
        link(page, "Assessment").click();
        checkAccessible(page);
        button(page, "Start the assessment").click();
        assertThat(page.locator("h1")).hasText("Desistance");
        checkAccessible(page);
        page.getByLabel("Factors linked to offending").fill("Older peers");
        page.getByLabel("Factors linked to stopping offending").fill("Football coaching");
        page.getByLabel("Strengths and protective factors").fill("Close to his aunt");
        exact(page, "Medium").check();
        button(page, "Save and continue").click();
        assertThat(page.locator("h1")).hasText("Safety and wellbeing");
        checkAccessible(page);
        page.getByLabel("Concerns for the child’s safety and wellbeing").fill("Owes money to older peers");
        exact(page, "Drug debts").check();
        exact(page, "Medium").check();
        page.getByLabel("The analysis behind the classification").fill("The debt is small and known to police");
        button(page, "Save and continue").click();
        assertThat(page.locator("h1")).hasText("Risk of serious harm to others");
        checkAccessible(page);
        page.getByLabel("What harm the child might cause").fill("Assault with a weapon");
        exact(page, "Peers").check();
        page.getByLabel("How likely it is").fill("When challenged by rivals");
        page.getByLabel("How serious it would be").fill("Serious injury");
        exact(page, "High").check();
        button(page, "Save and continue").click();
        assertThat(page.locator("h1")).hasText("Sources and views");
        checkAccessible(page);
        exact(page, "Police").check();
        page.getByLabel("The child’s views").fill("Wants to stay at home");
        page.getByLabel("The views of the parents or carers").fill("Mum is worried about his friends");
        button(page, "Save and continue").click();
        assertThat(page.locator("h1")).hasText("Specialist screening");
        checkAccessible(page);
        button(page, "Save and continue").click();
        checkAccessible(page);
        button(page, "Submit the assessment").click();
        assertThat(page.locator("h1")).containsText("Awaiting countersignature");
        checkAccessible(page);

        // The high ROSH calls for a risk panel referral, on the child's "Risk and safeguarding" tab.
        page.navigate("/children/" + child.id());
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risk and safeguarding"))
                .click();
        Locator panel = page.locator(".govuk-table__row", new Page.LocatorOptions().setHasText("Risk panel referral"));
        assertThat(panel).containsText(long_(calendar.addWorkingDays(today, 5)));
        assertThat(panel).containsText("Open");
        checkAccessible(page);

        // 2. A manager countersigns it from the countersigning queue.
        Page mgr = newPage(true);
        signIn(mgr, manager, TestData.PASSWORD);
        mgr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Countersigning"))
                .click();
        assertThat(mgr.locator("h1")).hasText("Assessments awaiting countersignature");
        checkAccessible(mgr);
        mgr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Morgan"))
                .click();
        checkAccessible(mgr);
        button(mgr, "Countersign the assessment").click();
        assertThat(mgr.locator(".govuk-notification-banner")).containsText("Assessment countersigned");
        assertThat(mgr.locator("h1")).containsText("Countersigned");
        checkAccessible(mgr);

        // 3. Plan: written with an action, then agreed with the child and mum.
        page.navigate("/interventions/" + order);
        // The submitted assessment made the plan due 10 working days later.
        Locator planDue = page.locator("table tr")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText("Plan", new Page.GetByTextOptions().setExact(true))));
        assertThat(planDue).containsText(long_(calendar.addWorkingDays(today, 10)));
        assertThat(planDue).containsText("Open");
        link(page, "Plan").click();
        assertThat(page.locator("h1")).hasText("Plan");
        checkAccessible(page);
        button(page, "Start the plan").click();
        assertThat(page.locator("h1")).hasText("What the plan aims for");
        checkAccessible(page);
        page.getByLabel("Supporting desistance").fill("Into a football apprenticeship by the summer");
        page.getByLabel("Keeping the child safe").fill("Away from the older group and the debt");
        page.getByLabel("Keeping other people safe").fill("No weapons; no contact with the victim");
        button(page, "Save and continue").click();
        assertThat(page.locator("h1")).hasText("Victims");
        checkAccessible(page);
        page.getByLabel("Needs and wishes of victims").fill("The victim wants no contact");
        button(page, "Save and continue").click();
        assertThat(page.locator("h1")).hasText("Contingency arrangements");
        checkAccessible(page);
        page.getByLabel("What happens if …").fill("If he goes missing, the police are told the same day");
        button(page, "Save and continue").click();
        assertThat(page.locator("h1")).hasText("Involvement and views");
        checkAccessible(page);
        page.getByLabel("The child’s involvement and views").fill("Wants to play football again");
        page.getByLabel("The parents’ or carers’ involvement and views").fill("Mum wants him home by 9pm");
        button(page, "Save and continue").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Draft plan saved");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action to Supporting desistance"))
                .click();
        assertThat(page.locator("h1")).hasText("Add an action");
        checkAccessible(page);
        page.getByLabel("Supporting desistance").check();
        page.getByLabel("What will be done").fill("Trial at the football academy");
        page.getByLabel("Or the agency that owns it").fill("Northbridge sports trust");
        date(page, "", today.plusWeeks(3));
        button(page, "Add the action").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Action added to the plan");
        checkAccessible(page);

        button(page, "Agree the plan").click();
        assertThat(page.locator("h1")).hasText("Agree the plan");
        checkAccessible(page);
        date(page, "agreedOn", today);
        page.getByLabel("Who agreed the plan").fill("Case manager with Morgan and his mum");
        page.locator("#childInvolved").check();
        page.locator("#parentsInvolved").check();
        button(page, "Agree the plan").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Plan agreed: its due item is met");
        assertThat(page.locator("h1")).containsText("Agreed");
        checkAccessible(page);

        // 4. Contacts: an unacceptable absence and its warning.
        page.navigate("/interventions/" + order);
        link(page, "Contacts").click();
        assertThat(page.locator("h1")).hasText("Contacts");
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact"))
                .click();
        checkAccessible(page);
        // Yesterday afternoon: a contact is recorded once it has happened.
        date(page, "date", today.minusDays(1));
        page.getByLabel("Time (optional)").fill("16:00");
        exact(page, "Office").check();
        exact(page, "Unacceptable absence").check();
        page.getByLabel("Reason for the absence").fill("Went to a friend’s instead; no contact from home");
        button(page, "Save contact").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Contact recorded");
        assertThat(page.locator("main")).containsText("1 unacceptable absence has no warning yet.");
        checkAccessible(page);
        link(page, "Give a warning").click();
        checkAccessible(page);
        page.locator("#contactId").check();
        date(page, "givenOn", today);
        exact(page, "Letter").check();
        button(page, "Record warning").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Warning recorded");
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Warnings")))
                .containsText("1");
        assertThat(page.locator("main")).containsText(long_(today) + ": letter");
        checkAccessible(page);

        // 5. The order is reallocated: a review after a significant change falls due, and is recorded.
        page.navigate("/interventions/" + order);
        page.getByLabel("New case manager")
                .selectOption(staffId(secondCaseManager).toString());
        date(page, "from", today);
        page.getByLabel("Why is it being reallocated?").fill("Morgan asked for a male worker");
        button(page, "Reallocate").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Intervention reallocated");
        Locator reviewDue = page.locator(
                ".govuk-table__row", new Page.LocatorOptions().setHasText("Review after a significant change"));
        assertThat(reviewDue).containsText(long_(calendar.addWorkingDays(today, 10)));
        assertThat(reviewDue).containsText("Open");
        checkAccessible(page);

        link(page, "Reviews").click();
        assertThat(page.locator("h1")).hasText("Reviews");
        assertThat(page.locator(".govuk-table")).containsText("Change of case manager");
        checkAccessible(page);
        link(page, "Record a review").click();
        assertThat(page.locator("h1")).hasText("Record a review");
        checkAccessible(page);
        date(page, "reviewedOn", today);
        page.getByLabel("What has changed since the last review")
                .fill("New case manager; a missed appointment and a warning");
        page.getByLabel("The child’s views").fill("Morgan wants sessions after football");
        page.getByLabel("The views of parents or carers").fill("His mum agrees");
        page.locator("#planChanged").check();
        page.getByLabel("If yes, how the plan was changed").fill("Sessions moved to Tuesday evenings");
        page.locator("#assessmentNeedsUpdating-no").check();
        button(page, "Continue").click();
        assertThat(page.locator("h1")).hasText("Check your answers before recording the review");
        checkAccessible(page);
        button(page, "Record the review").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Review recorded");
        assertThat(page.locator(".govuk-summary-card .govuk-tag")).hasText("Plan changed");
        assertThat(page.locator("main")).containsText("Nothing has happened that calls for a review.");
        checkAccessible(page);

        // The child's chronology shows every stage.
        page.navigate("/children/" + child.id());
        link(page, "Chronology").click();
        Locator titles = page.locator(".moj-timeline__item .moj-timeline__title");
        for (String title : List.of(
                "Assessment submitted",
                "Assessment countersigned",
                "Plan agreed",
                "Office: unacceptable absence",
                "Warning for an unacceptable absence",
                "Review needed: Change of case manager",
                "Review: plan changed")) {
            assertThat(titles.filter(new Locator.FilterOptions().setHasText(title)))
                    .hasCount(1);
        }
        checkAccessible(page);
    }

    private UUID staffId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    private static String long_(LocalDate date) {
        return LONG.format(date);
    }

    /** Fills a GOV.UK date input: by field id prefix, or by its Day/Month/Year labels when the prefix is empty. */
    private static void date(Page page, String field, LocalDate date) {
        if (field.isEmpty()) {
            page.getByLabel("Day").fill(String.valueOf(date.getDayOfMonth()));
            page.getByLabel("Month").fill(String.valueOf(date.getMonthValue()));
            page.getByLabel("Year").fill(String.valueOf(date.getYear()));
            return;
        }
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator exact(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
