package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.desist.TestData;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team manager raises a disagreement with children's social care from the child's "Social care" tab (raised
 * three weeks ago, so its first level has stalled and shows as visible to the line managers), escalates it to
 * the line managers with the outcome of the first level, and finds it on the service's Escalations list.
 */
class EscalationJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    TransactionTemplate transactions;

    String manager;
    YouthJusticeService service;

    @BeforeAll
    void aService() {
        service = data.service("EscalationJourney");
        manager = data.account("escj.om", Role.OPERATIONAL_MANAGER, service);
    }

    @Test
    void raiseAndEscalateADisagreement() {
        LocalDate today = LocalDate.now();
        Child child = child("Devi", today.minusYears(15).minusMonths(2));

        Page page = newPage(true);
        signIn(page, manager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/social-care");
        assertThat(page.locator("main")).containsText("Disagreements and escalation");
        assertThat(page.locator("main")).containsText("Nothing has been raised.");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Raise a disagreement or concern"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise it"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Select whether it is a disagreement about the case or a concern about a service");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter who holds it at the first level");
        checkAccessible(page);

        page.getByLabel("Disagreement about the case", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel("What it is about").fill("Whether Devi should return home at the end of the remand");
        page.getByLabel("Children's social care", new Page.GetByLabelOptions().setExact(true))
                .check();
        date(page, "raisedOn", today.minusDays(21));
        page.getByLabel("Who holds it").fill("Kim Lee (YOS) and Pat Shaw (social worker)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise it"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Raised at level 1");
        assertThat(page.locator("#level")).containsText("1: The two workers");
        assertThat(page.locator("#level")).containsText("Stalled — visible to their line managers");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalate to level 2"))
                .click();
        assertThat(page.locator("h1")).containsText("Escalate to level 2: their line managers");
        checkAccessible(page);
        page.getByLabel("Outcome at level 1").fill("The workers could not agree on the return home");
        date(page, "on", today);
        page.getByLabel("Who holds it now").fill("Ali Khan and Jo Hughes, team managers");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escalate"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Escalated to level 2");
        assertThat(page.locator("#level")).containsText("2: Their line managers");
        assertThat(page.locator("#level")).not().containsText("Stalled");
        assertThat(page.locator("#steps")).containsText("The workers could not agree on the return home");
        checkAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalations"))
                .click();
        assertThat(page.locator("#escalations")).containsText("Devi");
        assertThat(page.locator("#escalations")).containsText("2: Their line managers");
        assertThat(page.locator("#escalations")).containsText("Ali Khan and Jo Hughes, team managers");
        checkAccessible(page);
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }

    private Child child(String name, LocalDate born) {
        data.actAs(manager);
        try {
            return transactions.execute(s -> records.register(service.id(), TestData.child(name, "Journey", born)));
        } finally {
            TestData.signOut();
        }
    }
}
