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
 * Today is 1 February 2027. A manager opens the cases without recent oversight, records oversight of a youth
 * rehabilitation order started on 18 December 2026, and the case leaves the list; its case manager cannot close
 * it while its assessment (due 13 January 2027, across Christmas) is still open; the manager closes it with an
 * override and the reason.
 */
@Import(February2027.class)
class OversightJourneyTest extends JourneySupport {

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
    String manager;
    UUID childId;
    UUID intervention;

    @BeforeAll
    void anOrderWithoutOversight() {
        YouthJusticeService service = data.service("OversightJourney");
        caseManager = data.account("oj.cm", Role.CASE_MANAGER, service);
        manager = data.account("oj.mgr", Role.OPERATIONAL_MANAGER, service);
        UUID caseManagerId = jdbc.sql("select id from user_account where username = :u")
                .param("u", caseManager)
                .query(UUID.class)
                .single();
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Morgan", "Hale", LocalDate.of(2010, 4, 4))));
        childId = child.id();
        intervention = transactions
                .execute(s -> interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_REHABILITATION_ORDER,
                                LocalDate.of(2026, 12, 18),
                                LocalDate.of(2027, 12, 17),
                                caseManagerId,
                                List.of())))
                .id();
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

    /** A new tab; the first pages of a cold server on a busy machine may take longer than the usual 10 seconds. */
    private Page tab(boolean javaScript) {
        Page page = newPage(javaScript);
        page.setDefaultNavigationTimeout(30_000);
        return page;
    }

    @Test
    void aManagerOverseesTheCaseAndClosesItWithAnOverride() {
        Page page = tab(true);
        signIn(page, manager, TestData.PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Oversight").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Cases without recent oversight");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText("Morgan Hale");
        assertThat(page.locator("tbody tr")).containsText("Test oj.cm");
        assertThat(page.locator("tbody tr")).containsText("Never");
        assertThat(page.locator("tbody tr")).containsText("45");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Morgan Hale"))
                .click();
        assertThat(page.locator("h1")).hasText("Management oversight");
        assertThat(page.locator("main")).containsText("No oversight has been recorded");
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record oversight"))
                .click();
        checkAccessible(page);
        button(page, "Record oversight");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what you looked at");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter when oversight is next due");
        checkAccessible(page);

        date(page, "recordedOn", "1", "2", "2027");
        page.getByLabel("Assessment and classifications").check();
        page.getByLabel("Due items and timeliness").check();
        page.getByLabel("Needs action").check();
        page.getByLabel("Direction to the case manager").fill("The assessment is overdue: submit it this week");
        page.getByLabel("Actions", new Page.GetByLabelOptions().setExact(true)).fill("Submit the assessment");
        date(page, "actionsDue", "5", "2", "2027");
        date(page, "nextDue", "3", "5", "2027");
        button(page, "Record oversight");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Oversight recorded");
        assertThat(page.locator(".govuk-summary-card")).containsText("Needs action");
        assertThat(page.locator(".govuk-summary-card")).containsText("Submit the assessment (due 5 February 2027)");
        assertThat(page.locator(".govuk-summary-card")).containsText("3 May 2027");
        checkAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Oversight").setExact(true))
                .click();
        assertThat(page.locator("main")).containsText("Every case in progress has had recent oversight.");
        assertThat(page.locator("main")).not().containsText("Morgan Hale");
        checkAccessible(page);

        // The case manager cannot close it while its assessment is still open (without JavaScript).
        Page caseManagerPage = tab(false);
        signIn(caseManagerPage, caseManager, TestData.PASSWORD);
        caseManagerPage.navigate("/children/" + childId + "/interventions");
        caseManagerPage
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close this intervention"))
                .click();
        assertThat(caseManagerPage.locator("#openDueItems")).containsText("Assessment (due 13 January 2027)");
        assertThat(caseManagerPage.locator(".govuk-warning-text"))
                .containsText("Only a manager can close an intervention with due items open");
        checkAccessible(caseManagerPage);
        caseManagerPage
                .getByLabel("Completed", new Page.GetByLabelOptions().setExact(true))
                .check();
        date(caseManagerPage, "closedOn", "29", "1", "2027");
        caseManagerPage.getByLabel("Exit strategy").fill("Mentoring continues");
        button(caseManagerPage, "Close intervention");
        assertThat(caseManagerPage.locator(".govuk-error-summary"))
                .containsText("Ask a manager to close the intervention");
        assertThat(caseManagerPage.getByLabel("Exit strategy")).hasValue("Mentoring continues");
        checkAccessible(caseManagerPage);

        // The manager closes it, giving the reason for the override.
        page.navigate("/interventions/" + intervention + "/close");
        assertThat(page.locator("#openDueItems")).containsText("Assessment (due 13 January 2027)");
        checkAccessible(page);
        page.getByLabel("Completed", new Page.GetByLabelOptions().setExact(true))
                .check();
        date(page, "closedOn", "29", "1", "2027");
        page.getByLabel("Exit strategy").fill("Mentoring continues");
        page.getByLabel("The child’s feedback (optional)").fill("The mentor helped");
        page.getByLabel("Parents’ or carers’ feedback (optional)").fill("Calmer at home");
        button(page, "Close intervention");
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Give the reason for closing with these due items still open");
        checkAccessible(page);
        page.getByLabel("Why close it with due items still open?")
                .fill("Assessed at the court's request; the order ended early for good progress");
        button(page, "Close intervention");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Intervention closed");
        checkAccessible(page);
        page.navigate("/interventions/" + intervention);
        assertThat(page.locator("main")).containsText("The child’s feedback: The mentor helped");
        assertThat(page.locator("main")).containsText("manager’s override");
        assertThat(page.locator("main")).containsText("Cancelled");
        checkAccessible(page);
    }
}
