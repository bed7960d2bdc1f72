package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.contact.Contact;
import org.desist.contact.ContactDetails;
import org.desist.contact.ContactOutcome;
import org.desist.contact.ContactType;
import org.desist.contact.Contacts;
import org.desist.contact.WarningMethod;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case manager opens a child with casework like the demo's (an offence, a referral order, contacts and a
 * warning), filters the chronology to contacts and compliance and then to some dates — without JavaScript, and
 * with it (ticking a type refreshes the list in place) — and opens the case summary. axe on every page.
 */
class ChronologyJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Offences offences;

    @Autowired
    Interventions interventions;

    @Autowired
    Contacts contacts;

    String caseManager;
    Child child;

    @BeforeAll
    void aChildWithCasework() {
        YouthJusticeService service = data.service("ChronologyJourney");
        caseManager = data.account("chj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Tyler", "Brookes", LocalDate.of(2010, 6, 2))));
        // Dated before the test's (real) today.
        Offence offence = transactions.execute(s -> offences.record(
                childRecords.responsibleChild(child.id()),
                new Offences.NewOffence(
                        LocalDate.of(2026, 9, 14),
                        "Broke a bus shelter window",
                        OffenceCategory.CRIMINAL_DAMAGE,
                        Plea.GUILTY,
                        null,
                        false,
                        false,
                        3,
                        0,
                        null)));
        Intervention order = transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2027, 10, 4),
                        null,
                        List.of(offence.id()))));
        transactions.executeWithoutResult(s -> contacts.record(
                order.id(),
                new ContactDetails(
                        LocalDate.of(2026, 10, 12),
                        LocalTime.of(16, 0),
                        ContactType.OFFICE,
                        "YJS office",
                        null,
                        true,
                        false,
                        null,
                        ContactOutcome.ATTENDED,
                        null,
                        "Talked about the panel")));
        Contact missed = transactions.execute(s -> contacts.record(
                order.id(),
                new ContactDetails(
                        LocalDate.of(2026, 10, 19),
                        LocalTime.of(16, 0),
                        ContactType.HOME_VISIT,
                        "Home",
                        null,
                        false,
                        false,
                        null,
                        ContactOutcome.UNACCEPTABLE_ABSENCE,
                        "Out with friends; nobody home",
                        null)));
        transactions.executeWithoutResult(s -> contacts.warn(
                order.id(),
                new Contacts.NewWarning(missed.id(), LocalDate.of(2026, 10, 20), "Sam Patel", WarningMethod.LETTER)));
        TestData.signOut();
    }

    @Test
    void withoutJavaScriptTheChronologyIsFilteredByTypeAndDatesAndTheSummaryOpens() {
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id());
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Chronology").setExact(true))
                .click();
        assertThat(page.locator("h2").first()).hasText("Chronology");
        assertThat(page.locator(".moj-timeline__item .moj-timeline__title")).hasText(new String[] {
            "Warning for an unacceptable absence",
            "Home visit: unacceptable absence",
            "Office: attended",
            "Started: Referral order",
            "Offence: criminal damage"
        });
        checkAccessible(page);

        page.getByLabel("Contacts (2)").check();
        page.getByLabel("Warnings and compliance (1)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*type=CONTACT.*type=COMPLIANCE.*"));
        assertThat(page.locator("#chronology-results")).containsText("Showing 3 of 5 entries");
        assertThat(page.locator(".moj-timeline__item")).hasCount(3);
        assertThat(page.getByLabel("Contacts (2)")).isChecked();
        checkAccessible(page);

        // A date that is not real: the error summary, linked to the field.
        page.locator("#from-day").fill("31");
        page.locator("#from-month").fill("9");
        page.locator("#from-year").fill("2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("The from date must be a real date");
        checkAccessible(page);

        page.locator("#from-day").fill("13");
        page.locator("#from-month").fill("10");
        page.locator("#to-day").fill("31");
        page.locator("#to-month").fill("10");
        page.locator("#to-year").fill("2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters"))
                .click();
        assertThat(page.locator(".moj-timeline__item .moj-timeline__title"))
                .hasText(new String[] {"Warning for an unacceptable absence", "Home visit: unacceptable absence"});
        checkAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Case summary").setExact(true))
                .click();
        assertThat(page.locator("h2").first()).hasText("Case summary");
        assertThat(page.locator("main")).containsText("Referral order");
        assertThat(page.locator("main")).containsText("1 attended, 0 acceptable absences, 1 unacceptable absence");
        assertThat(page.locator(".govuk-summary-list__row", new Page.LocatorOptions().setHasText("Offences")))
                .containsText("14 September 2026: Offence: criminal damage");
        checkAccessible(page);
    }

    @Test
    void withJavaScriptTickingATypeRefreshesTheListInPlace() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/chronology");
        assertThat(page.locator(".moj-timeline__item")).hasCount(5);
        checkAccessible(page);

        page.getByLabel("Offences (1)").check();
        assertThat(page.locator(".moj-timeline__item")).hasCount(1);
        assertThat(page.locator(".moj-timeline__title")).hasText("Offence: criminal damage");
        assertThat(page).hasURL(Pattern.compile(".*type=OFFENCE.*"));
        checkAccessible(page);

        page.getByLabel("Interventions (1)").check();
        assertThat(page.locator(".moj-timeline__item")).hasCount(2);
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View the case summary"))
                .click();
        assertThat(page.locator("h2").first()).hasText("Case summary");
        checkAccessible(page);
    }
}
