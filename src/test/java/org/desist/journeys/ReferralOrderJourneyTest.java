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
 * A case manager starts a referral order, records its initial panel (a panel with one community member is
 * refused) and the contract, and sees the first progress panel fall due.
 */
class ReferralOrderJourneyTest extends JourneySupport {

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
    Child child;
    Intervention yro;
    Intervention graveCrime;

    @BeforeAll
    void aChild() {
        YouthJusticeService service = data.service("ReferralJourney");
        caseManager = data.account("roj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Tyler", "Brooks", LocalDate.of(2010, 4, 4))));
        Child another = transactions.execute(
                s -> records.register(service.id(), TestData.child("Mia", "Hart", LocalDate.of(2011, 6, 1))));
        yro = transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(another.id()),
                new Interventions.NewIntervention(
                        InterventionType.YOUTH_REHABILITATION_ORDER,
                        LocalDate.of(2026, 12, 18),
                        LocalDate.of(2027, 12, 17),
                        null,
                        List.of())));
        graveCrime = transactions.execute(s -> interventions.start(
                childRecords.responsibleChild(another.id()),
                new Interventions.NewIntervention(
                        InterventionType.LONGER_DETENTION, LocalDate.of(2026, 12, 18), null, null, List.of())));
        TestData.signOut();
    }

    @Test
    void aReferralOrderIsFollowedFromItsInitialPanelToItsFirstProgressPanel() {
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/interventions");
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start an intervention"))
                .click();
        page.getByLabel("Type and legal basis").selectOption("REFERRAL_ORDER");
        page.locator("#start-day").fill("18");
        page.locator("#start-month").fill("12");
        page.locator("#start-year").fill("2026");
        page.locator("#end-day").fill("18");
        page.locator("#end-month").fill("6");
        page.locator("#end-year").fill("2027");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start intervention"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Intervention started");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View order"))
                .click();
        assertThat(page.locator("h1")).hasText("Referral order");
        assertThat(page.locator("main")).containsText("Referral order initial panel");
        assertThat(page.locator("main")).containsText("20 January 2027");
        assertThat(page.locator("#runs")).containsText("From the signing of the contract: not signed yet");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a panel"))
                .click();
        checkAccessible(page);
        page.getByLabel("Initial panel").check();
        page.locator("#heldOn-day").fill("14");
        page.locator("#heldOn-month").fill("1");
        page.locator("#heldOn-year").fill("2027");
        page.getByLabel("Community panel members who sat").fill("Ann Lee");
        page.getByLabel("YOS panel member").fill("Priya Shah");
        page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#reportSharedOn-day").fill("8");
        page.locator("#reportSharedOn-month").fill("1");
        page.locator("#reportSharedOn-year").fill("2027");
        page.getByLabel("Contract agreed", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record panel"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("A youth offender panel needs at least two community panel members");
        assertThat(page.getByLabel("YOS panel member")).hasValue("Priya Shah");
        checkAccessible(page);

        page.getByLabel("Community panel members who sat").fill("Ann Lee\nBo Chan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record panel"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Panel recorded");
        assertThat(page.locator("main")).containsText("Initial panel, 14 January 2027");
        assertThat(page.locator("main")).containsText("Met 14 January 2027");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record the contract"))
                .click();
        checkAccessible(page);
        page.locator("#signedOn-day").fill("14");
        page.locator("#signedOn-month").fill("1");
        page.locator("#signedOn-year").fill("2027");
        page.getByLabel("Reparation").fill("Four sessions at the community garden");
        page.getByLabel("Activities").fill("Victim awareness\nKnife crime workshop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contract"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Contract recorded");
        assertThat(page.locator("#runs"))
                .containsText("14 January 2027 to 14 July 2027 (6 months from the signing of the contract)");
        assertThat(page.locator("main")).containsText("Knife crime workshop");
        checkAccessible(page);

        page.navigate("/children/" + child.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Due items"))
                .click();
        assertThat(page.locator("main")).containsText("Referral order progress panel");
        assertThat(page.locator("main")).containsText("14 April 2027");
        assertThat(page.locator("main")).containsText("3 months after 14 January 2027");
        checkAccessible(page);
    }

    @Test
    void aYouthRehabilitationOrderGetsARequirementAndABreach() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/orders/" + yro.id());
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a requirement"))
                .click();
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the type of requirement");
        checkAccessible(page);
        page.getByLabel("Curfew (Sentencing Act 2020 Sch. 6 Pt 7)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        checkAccessible(page);
        page.locator("#endDate-day").fill("17");
        page.locator("#endDate-month").fill("4");
        page.locator("#endDate-year").fill("2027");
        page.getByLabel("Curfew starts each day at").fill("19:00");
        page.getByLabel("Curfew ends each day at").fill("16:00");
        page.getByLabel("Curfew address").fill("12 Mill Lane, Northbridge");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add requirement"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("A curfew is from 2 to 20 hours a day (this one is 21 hours)");
        checkAccessible(page);
        page.getByLabel("Curfew ends each day at").fill("07:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add requirement"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Requirement added");
        assertThat(page.locator("main")).containsText("19:00 to 07:00 (12 hours a day)");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a breach"))
                .click();
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record breach"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the breach");
        checkAccessible(page);
        page.locator("#breachedOn-day").fill("9");
        page.locator("#breachedOn-month").fill("2");
        page.locator("#breachedOn-year").fill("2027");
        page.getByLabel("A requirement of the order").check();
        page.getByLabel("Which requirement (when a requirement was breached)")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByLabel("What happened").fill("Out after 19:00 on three nights");
        page.getByLabel("The youth justice service (case manager or manager)").check();
        page.getByLabel("Warning: the order continues").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record breach"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Breach recorded");
        assertThat(page.locator("main")).containsText("Curfew requirement");
        checkAccessible(page);

        page.navigate("/orders/" + graveCrime.id());
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record release and licence"))
                .click();
        checkAccessible(page);
        page.locator("#releaseDate-day").fill("18");
        page.locator("#releaseDate-month").fill("6");
        page.locator("#releaseDate-year").fill("2028");
        page.locator("#licenceEndDate-day").fill("18");
        page.locator("#licenceEndDate-month").fill("12");
        page.locator("#licenceEndDate-year").fill("2029");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record release and licence"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Release and licence recorded");
        assertThat(page.locator("main")).containsText("18 December 2029");
        checkAccessible(page);
    }
}
