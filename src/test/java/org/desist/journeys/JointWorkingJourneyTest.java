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
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The joint protocol with children's social care from the child's "Social care" tab: a remand to local
 * authority accommodation makes the child looked after and starts the remand duties, one recorded as done
 * with its checklist; a looked-after child (care order recorded on the page, without JavaScript) sentenced
 * to custody stays looked after and social care's custody duties appear.
 */
class JointWorkingJourneyTest extends JourneySupport {

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

    String caseManager;
    YouthJusticeService service;

    @BeforeAll
    void aService() {
        service = data.service("JointJourney");
        caseManager = data.account("jwj.cm", Role.CASE_MANAGER, service);
    }

    @Test
    void aRemandToLocalAuthorityAccommodationAndItsCarePlan() {
        LocalDate today = LocalDate.now();
        Child child = child("Remi", today.minusYears(16).minusMonths(3));
        start(child, InterventionType.REMAND_TO_LOCAL_AUTHORITY, today, null);

        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Social care"))
                .click();
        assertThat(page.locator("#looked-after")).containsText("Remanded to local authority accommodation");
        assertThat(page.locator("#care-leaver")).containsText("Not a care leaver");
        assertThat(page.locator("#care-leaver")).containsText("becomes an eligible child on");
        assertThat(page.locator("main"))
                .containsText("Remand details and assessment sent to the social care contact team");
        assertThat(page.locator("main")).containsText("Care plan and placement plan");
        assertThat(page.locator("main")).containsText("Children's social care");
        checkAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile(
                                        "^Record as done\\W+Care plan and placement plan")))
                .click();
        assertThat(page.locator("h1")).containsText("Care plan and placement plan");
        checkAccessible(page);
        date(page, "doneOn", today);
        page.getByLabel("Who did it").fill("Sam Patel, social worker");
        page.getByLabel("How it was done").fill("Agreed with the foster carer at the placement");
        page.getByLabel("Care plan", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record as done"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Still missing: Placement plan");
        assertThat(page.getByLabel("Care plan", new Page.GetByLabelOptions().setExact(true)))
                .isChecked();
        checkAccessible(page);
        page.getByLabel("Placement plan", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record as done"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Duty recorded as done");
        assertThat(page.locator("main")).containsText("Done by Sam Patel, social worker");
        checkAccessible(page);
    }

    @Test
    void aLookedAfterChildSentencedToCustodyWithoutJavaScript() {
        LocalDate today = LocalDate.now();
        Child child = child("Cato", today.minusYears(16).minusMonths(6));
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/social-care");
        assertThat(page.locator("#looked-after")).containsText("Not looked after");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a looked-after event"))
                .click();
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record event"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what happened");
        checkAccessible(page);
        page.getByLabel("Care order made", new Page.GetByLabelOptions().setExact(true))
                .check();
        date(page, "occurredOn", today.minusYears(1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record event"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Added to the looked-after history");
        assertThat(page.locator("#looked-after")).containsText("Care order (section 31)");
        assertThat(page.locator("#care-leaver")).containsText("Eligible child");
        checkAccessible(page);

        // The court sentences the child to a detention and training order.
        start(child, InterventionType.DETENTION_AND_TRAINING_ORDER, today, today.plusMonths(4));
        page.reload();
        assertThat(page.locator("#looked-after")).containsText("Care order (section 31)");
        assertThat(page.locator("main")).containsText("In custody today Yes");
        assertThat(page.locator("main")).containsText("Local authority told of the custodial sentence");
        assertThat(page.locator("main")).containsText("Information to the custodial establishment");
        assertThat(page.locator("main")).containsText("First social care visit in custody");
        assertThat(page.locator("main")).containsText("From the court record");
        checkAccessible(page);
    }

    private Child child(String name, LocalDate born) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Journey", born)));
        } finally {
            TestData.signOut();
        }
    }

    private void start(Child child, InterventionType type, LocalDate on, LocalDate end) {
        data.actAs(caseManager);
        try {
            transactions.execute(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(type, on, end, null, List.of())));
        } finally {
            TestData.signOut();
        }
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }
}
