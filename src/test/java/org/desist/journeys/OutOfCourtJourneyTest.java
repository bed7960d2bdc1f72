package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import org.desist.February2027;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
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
 * A case manager records a police referral, the screening and the joint panel's youth conditional caution,
 * and sees the due items follow, with the dates computed across Christmas 2026.
 */
@org.springframework.context.annotation.Import(February2027.class)
class OutOfCourtJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Offences offences;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    Child child;

    @BeforeAll
    void aChildWithAnAdmittedOffence() {
        YouthJusticeService service = data.service("OocdJourney");
        caseManager = data.account("oocdj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Leah", "Brennan", LocalDate.of(2011, 8, 19))));
        transactions.executeWithoutResult(s -> offences.record(
                childRecords.responsibleChild(child.id()),
                new Offences.NewOffence(
                        LocalDate.of(2026, 11, 20),
                        "Took make-up from a chemist",
                        OffenceCategory.THEFT_AND_HANDLING,
                        Plea.ADMITTED,
                        null,
                        false,
                        false,
                        2,
                        0,
                        null)));
        TestData.signOut();
    }

    private static void date(Page page, String field, int day, int month, int year) {
        page.locator("#" + field + "-day").fill(String.valueOf(day));
        page.locator("#" + field + "-month").fill(String.valueOf(month));
        page.locator("#" + field + "-year").fill(String.valueOf(year));
    }

    private static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
    }

    private static void follow(Page page, String link) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link)).click();
    }

    @Test
    void aReferralBecomesAConditionalCautionWithItsDueItems() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id());
        follow(page, "Out of court");
        assertThat(page.locator("main")).containsText("Not a first-time entrant: no caution or conviction recorded");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Out of court")))
                .hasAttribute("aria-current", "page");
        checkAccessible(page);

        follow(page, "Record a police referral");
        checkAccessible(page);
        date(page, "referralDate", 14, 12, 2026);
        page.getByLabel("Police reference").fill("NB/40917/26");
        page.getByLabel("Referring officer (optional)").fill("PC 2231 Okoro");
        date(page, "bailDate", 21, 12, 2026);
        page.locator("#offenceIds").check();
        page.getByLabel("Case manager").selectOption(new SelectOption().setIndex(1));
        press(page, "Record referral");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Referral recorded");
        assertThat(page.locator("#eligibility")).containsText("Assess for Triage");
        assertThat(page.locator("#eligibility")).containsText("The child has accepted guilt");
        assertThat(page.locator("main")).containsText("30 December 2026");
        assertThat(page.locator("main")).containsText("14 January 2027");
        checkAccessible(page);

        follow(page, "Record the screening and assessment");
        checkAccessible(page);
        date(page, "completedOn", 29, 12, 2026);
        page.getByLabel("Summary of the screening and assessment")
                .fill("First contact with the police; supportive mother; doing well at school.");
        page.getByLabel("Police intelligence about the child and family").check();
        page.getByLabel("Education records").check();
        page.getByLabel("The victim's perspective").check();
        page.locator("#speechLanguage-screenedBy").fill("Amy Ford, speech and language therapist");
        date(page, "speechLanguage-screenedOn", 22, 12, 2026);
        page.locator("#speechLanguage-outcome").fill("Short sentences and visual aids help");
        press(page, "Record screening and assessment");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Screening and assessment recorded");
        assertThat(page.locator("main")).containsText("Met on 29 December 2026");
        assertThat(page.locator("#eligibility")).containsText("Assess for Triage");
        checkAccessible(page);

        follow(page, "Record the panel’s decision");
        assertThat(page.locator("#first-time-entrant"))
                .containsText("A youth conditional caution would make the child a first-time entrant");
        checkAccessible(page);
        date(page, "panelDate", 6, 1, 2027);
        page.getByLabel("Attendee 1: name").fill("PS Imran Shah");
        page.getByLabel("Attendee 1: agency").selectOption("POLICE");
        page.getByLabel("Attendee 2: name").fill("Ruth Adeyemi");
        page.getByLabel("Attendee 2: agency").selectOption("YOUTH_JUSTICE_SERVICE");
        page.getByLabel("YOS recommendation").selectOption("YOUTH_CAUTION");
        page.getByLabel("Youth conditional caution", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("Conditions (youth conditional caution only)")
                .fill("Attend four reparation sessions\nWrite a letter of apology");
        date(page, "conditionsEndOn", 6, 4, 2027);
        date(page, "policeToldOn", 7, 1, 2027);
        press(page, "Record panel decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the rationale for the decision");
        checkAccessible(page);
        page.getByLabel("Rationale for the decision")
                .fill("Planned with a friend; conditions give reparation to the shop. Police agree.");
        press(page, "Record panel decision");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Panel decision recorded");
        assertThat(page.locator("main")).containsText("Departs from the YOS recommendation");
        assertThat(page.locator("main"))
                .containsText("First-time entrant since 6 January 2027 (youth conditional caution)");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record completion")))
                .isVisible();
        checkAccessible(page);

        page.navigate("/children/" + child.id() + "/due-items");
        assertThat(page.locator("main")).containsText("Out-of-court disposal assessment");
        assertThat(page.locator("main")).containsText("10 working days after 14 December 2026");
        assertThat(page.locator("main")).containsText("30 December 2026");
        assertThat(page.locator("main")).containsText("Out-of-court decision concluded and police told");
        assertThat(page.locator("main")).containsText("14 January 2027");
        assertThat(page.locator("main")).containsText("Met 7 January 2027");
        assertThat(page.locator("main")).containsText("Youth conditional caution conditions end");
        assertThat(page.locator("main")).containsText("6 April 2027");
        checkAccessible(page);
    }

    @Test
    void withoutJavaScriptABailDateIsAddedAndATriageNotCompliedWith() {
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/out-of-court/new");
        date(page, "referralDate", 1, 12, 2026);
        page.getByLabel("Police reference").fill("NB/501/27");
        page.locator("#offenceIds").check();
        page.getByLabel("Case manager").selectOption(new SelectOption().setIndex(1));
        press(page, "Record referral");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Referral recorded");
        assertThat(page.locator("main")).not().containsText("Out-of-court decision concluded");

        follow(page, "Change the bail date");
        checkAccessible(page);
        date(page, "date", 30, 11, 2026);
        press(page, "Correct bail date");
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("The bail date must be on or after the date of the referral");
        checkAccessible(page);
        date(page, "date", 7, 12, 2026);
        press(page, "Correct bail date");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Bail date corrected");
        // 7 December 2026 + 15 WD, over 25 and 28 December: 30 December 2026.
        assertThat(page.locator("main")).containsText("Out-of-court decision concluded and police told");
        assertThat(page.locator("main")).containsText("30 December 2026");

        follow(page, "Record the panel’s decision");
        date(page, "panelDate", 9, 12, 2026);
        page.getByLabel("Attendee 1: name").fill("PS Imran Shah");
        page.getByLabel("Attendee 1: agency").selectOption("POLICE");
        page.getByLabel("Attendee 2: name").fill("Ruth Adeyemi");
        page.getByLabel("Attendee 2: agency").selectOption("YOUTH_JUSTICE_SERVICE");
        page.getByLabel("YOS recommendation").selectOption("COMMUNITY_RESOLUTION");
        page.getByLabel("Triage", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Rationale for the decision").fill("Second matter; still suitable for Triage.");
        press(page, "Record panel decision");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Panel decision recorded");
        assertThat(page.locator("main")).containsText("Triage delivered by the YOS");

        follow(page, "Record that the police were told");
        date(page, "date", 10, 12, 2026);
        press(page, "Record that the police were told");
        assertThat(page.locator("main")).containsText("Met on 10 December 2026");

        follow(page, "Record non-compliance");
        checkAccessible(page);
        date(page, "date", 20, 1, 2027);
        press(page, "Record non-compliance");
        assertThat(page.locator(".govuk-error-summary")).containsText("Describe how the child did not comply");
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Select whether it was referred back to the police");
        checkAccessible(page);
        page.getByLabel("How the child did not comply").fill("Did not attend the last three sessions");
        page.getByLabel("Yes").check();
        press(page, "Record non-compliance");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Non-compliance recorded");
        assertThat(page.locator("main")).containsText("Not complied with");
        assertThat(page.locator("main")).containsText("Referred back to the police");
        checkAccessible(page);
    }
}
