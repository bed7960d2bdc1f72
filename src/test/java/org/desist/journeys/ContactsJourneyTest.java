package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * Without JavaScript, a case manager records a contact the child did not attend without a good reason (first
 * without the reason: the error summary), gives the warning for it and sees the counts.
 */
class ContactsJourneyTest extends JourneySupport {

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

    String caseManager;
    Intervention order;

    @BeforeAll
    void aReferralOrder() {
        YouthJusticeService service = data.service("ContactsJourney");
        caseManager = data.account("cj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Riley", "Owens", LocalDate.of(2011, 2, 9))));
        // Dated before the test's (real) today, across Christmas 2026 onwards.
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

    @Test
    void anUnacceptableAbsenceIsRecordedAndWarned() {
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/interventions/" + order.id());
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Contacts").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Contacts");
        assertThat(page.locator("main")).containsText("No contacts recorded yet.");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a contact"))
                .click();
        checkAccessible(page);
        page.locator("#date-day").fill("16");
        page.locator("#date-month").fill("11");
        page.locator("#date-year").fill("2026");
        page.getByLabel("Time (optional)").fill("16:00");
        page.getByLabel("Office", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Unacceptable absence", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the reason the child did not attend");
        assertThat(page.getByLabel("Time (optional)")).hasValue("16:00");
        checkAccessible(page);

        page.getByLabel("Reason for the absence").fill("Went to a friend’s instead; no contact from home");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save contact"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Contact recorded");
        assertThat(page.locator("main")).containsText("1 unacceptable absence has no warning yet.");
        assertThat(page.locator(".govuk-tag--red")).hasText("Unacceptable absence");
        checkAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Give a warning").setExact(true))
                .click();
        checkAccessible(page);
        page.locator("#contactId").check();
        page.locator("#givenOn-day").fill("17");
        page.locator("#givenOn-month").fill("11");
        page.locator("#givenOn-year").fill("2026");
        page.getByLabel("Letter", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record warning"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Warning recorded");
        assertThat(page.locator(
                        ".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Unacceptable absences")))
                .containsText("1");
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Warnings")))
                .containsText("1");
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Attended")))
                .containsText("0");
        assertThat(page.locator("main")).containsText("17 November 2026: letter");
        assertThat(page.locator(".govuk-warning-text")).hasCount(0);
        checkAccessible(page);
    }
}
