package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A relevant care leaver sentenced to custody, from the child's "Social care" tab: the expected release date
 * recorded (the pathway plan review and release arrangements fall due before it), the personal adviser's first
 * visit refused when the YOS case manager is named, then recorded; and offending notified late by the placing
 * authority of a child placed out of borough shows as late.
 */
class CareLeaverCustodyJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    LookedAfterRecords lookedAfter;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    YouthJusticeService service;

    @BeforeAll
    void aService() {
        service = data.service("CareLeaverJourney");
        caseManager = data.account("cljy.cm", Role.CASE_MANAGER, service);
    }

    @Test
    void aCareLeaverInCustodyAndOffendingNotifiedLate() {
        LocalDate today = LocalDate.now();
        LocalDate sentenced = today.minusDays(3);
        LocalDate release = sentenced.plusMonths(4);
        Child child = careLeaverSentenced("Kit", today.minusYears(17).minusMonths(2), sentenced);

        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/social-care");
        assertThat(page.locator("#care-leaver")).containsText("Relevant child");
        assertThat(page.locator("main")).containsText("Personal adviser's first visit in custody (care leaver)");
        assertThat(page.locator("main")).containsText("Not recorded: the pathway plan review");
        checkAccessible(page);

        // The expected release date: asked for on its own page, refused when missing.
        page.locator("a[href$='/release']").click();
        assertThat(page.locator("h1")).containsText("Expected release date");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the release date"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the expected release date");
        checkAccessible(page);
        date(page, "releaseOn", release);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the release date"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Expected release date saved");
        assertThat(page.locator("main")).containsText("Pathway plan review before release (care leaver)");
        assertThat(page.locator("main")).containsText("Release arrangements agreed with the care leaver");
        assertThat(page.locator("main")).containsText("Pathway plan review by");
        checkAccessible(page);

        // The first visit is the personal adviser's, not the YOS worker's.
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(Pattern.compile("^Record as done\\W+Personal adviser's first visit")))
                .click();
        assertThat(page.locator("h1")).containsText("Personal adviser's first visit in custody");
        date(page, "doneOn", today);
        page.getByLabel("Who did it").fill("Test cljy.cm");
        page.getByLabel("How it was done").fill("Visited at the establishment");
        page.getByLabel("Visited by the personal adviser, not the YOS worker").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record as done"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("not the YOS worker");
        checkAccessible(page);
        page.getByLabel("Who did it").fill("Priya Shah, personal adviser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record as done"))
                .click();
        assertThat(page.locator("main")).containsText("Done by Priya Shah, personal adviser");

        // The placing authority's social worker told the home YOS of offending, late.
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Record offending notified by the placing authority"))
                .click();
        checkAccessible(page);
        date(page, "knewOn", today.minusDays(20));
        date(page, "notifiedOn", today.minusDays(1));
        page.getByLabel("Who told the YOS").fill("Lee Morgan, social worker (Northshire)");
        page.getByLabel("What they said").fill("Arrested for criminal damage at the placement; bailed");
        page.getByLabel("They said a pre-sentence report is needed").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the notification"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Notification of offending recorded");
        assertThat(page.locator("main")).containsText("Late: due by");
        assertThat(page.locator("main")).containsText("A pre-sentence report is needed");
        checkAccessible(page);
    }

    /** Accommodated under section 20 for a year, then sentenced to a detention and training order. */
    private Child careLeaverSentenced(String name, LocalDate born, LocalDate sentenced) {
        data.actAs(caseManager);
        try {
            Child child =
                    transactions.execute(s -> records.register(service.id(), TestData.child(name, "Journey", born)));
            transactions.executeWithoutResult(s -> lookedAfter.record(
                    childRecords.responsibleChild(child.id()),
                    LookedAfterEvent.Kind.ACCOMMODATED_UNDER_SECTION_20,
                    sentenced.minusYears(1),
                    null));
            transactions.executeWithoutResult(s -> interventions.start(
                    childRecords.responsibleChild(child.id()),
                    new Interventions.NewIntervention(
                            InterventionType.DETENTION_AND_TRAINING_ORDER,
                            sentenced,
                            sentenced.plusMonths(8),
                            null,
                            List.of())));
            return child;
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
