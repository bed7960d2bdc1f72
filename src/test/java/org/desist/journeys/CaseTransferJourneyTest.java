package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operational manager reallocates a referral order on its page, then transfers the child's case to
 * another service (first forgetting the reason), checks the answers and confirms: the record is gone from
 * their service.
 */
class CaseTransferJourneyTest extends JourneySupport {

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

    YouthJusticeService receiving;
    String manager;
    String newCaseManager;
    Child child;

    @BeforeAll
    void aChildWithAnOrder() {
        YouthJusticeService service = data.service("TransferJourney");
        receiving = data.service("Eastvale");
        manager = data.account("tj.manager", Role.OPERATIONAL_MANAGER, service);
        String caseManager = data.account("tj.first", Role.CASE_MANAGER, service);
        newCaseManager = data.account("tj.second", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        child = transactions.execute(s -> {
            Child c = records.register(service.id(), TestData.child("Ellis", "Quinn", LocalDate.of(2010, 8, 8)));
            interventions.start(
                    childRecords.responsibleChild(c.id()),
                    new Interventions.NewIntervention(
                            InterventionType.REFERRAL_ORDER,
                            LocalDate.of(2026, 12, 10),
                            LocalDate.of(2027, 6, 10),
                            staffId(caseManager),
                            List.of()));
            return c;
        });
        TestData.signOut();
    }

    @Test
    void aManagerReallocatesAnInterventionThenTransfersTheCase() {
        Page page = newPage(true);
        signIn(page, manager, TestData.PASSWORD);
        page.navigate("/children/" + child.id() + "/interventions");
        checkAccessible(page);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(java.util.regex.Pattern.compile("View the intervention\\s*: Referral order")))
                .click();
        assertThat(page.locator("h1")).containsText("Referral order");
        assertThat(page.locator("main")).containsText("Allocation history");
        checkAccessible(page);

        page.getByLabel("New case manager").selectOption(staffId(newCaseManager).toString());
        page.locator("#from-day").fill("14");
        page.locator("#from-month").fill("12");
        page.locator("#from-year").fill("2026");
        page.getByLabel("Why is it being reallocated?").fill("Caseload balance after a new starter");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reallocate"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Intervention reallocated");
        assertThat(page.locator("main")).containsText("Caseload balance after a new starter");
        assertThat(page.locator("main")).containsText("Test tj.second");
        checkAccessible(page);

        page.navigate("/children/" + child.id());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Transfer this case"))
                .click();
        assertThat(page.locator("h1")).containsText("Transfer this case");
        checkAccessible(page);
        page.getByLabel("Which youth justice service is the case moving to?")
                .selectOption(receiving.id().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Enter why the case is moving to another service");
        checkAccessible(page);
        page.getByLabel("Why is the case moving?").fill("Moved to live with his grandmother in Eastvale for good");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.locator("h1")).containsText("Check your answers before transferring the case");
        assertThat(page.locator("main")).containsText(receiving.name());
        assertThat(page.locator("main")).containsText("Moved to live with his grandmother in Eastvale for good");
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Transfer the case"))
                .click();
        assertThat(page.locator(".govuk-panel")).containsText("Case transferred");
        assertThat(page.locator(".govuk-panel")).containsText("Ellis Quinn’s record is now with " + receiving.name());
        checkAccessible(page);

        page.navigate("/children/" + child.id());
        assertThat(page.locator("h1")).containsText("Page not found");
        checkAccessible(page);
    }

    private UUID staffId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }
}
