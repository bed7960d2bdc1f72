package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.desist.TestData;
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
 * A manager opens the inspection-readiness view from Team work, narrows it to a team and follows a gap into the
 * record; the case manager opens their own from My work. Without JavaScript, checked with axe.
 */
class ReadinessJourneyTest extends JourneySupport {

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    TransactionTemplate transactions;

    String manager;
    String caseManager;

    @BeforeAll
    void aTeamWithAnOpenCase() {
        YouthJusticeService service = data.service("ReadinessJourney");
        manager = data.account("rj.om", Role.OPERATIONAL_MANAGER, service);
        caseManager = data.account("rj.cm", Role.CASE_MANAGER, service);
        data.team(service, "Riverside team", manager, caseManager);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Mason", "Reid", LocalDate.of(2010, 9, 14))));
        transactions.execute(s -> interventions.start(
                data.accessible(caseManager, child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.now().minusWeeks(6),
                        LocalDate.now().plusMonths(6),
                        data.userId(caseManager),
                        List.of())));
        TestData.signOut();
    }

    @Test
    void aManagerFindsTheGapsOfATeamsCasesAndTheCaseManagerTheirOwn() {
        Page page = newPage(false);
        signIn(page, manager, TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Team work"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Inspection readiness: gaps an auditor would find in your teams' cases"))
                .click();
        page.getByLabel("Team")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Riverside team"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter"))
                .click();
        assertThat(page.locator("h1")).hasText("Inspection readiness");
        assertThat(page.locator(".govuk-caption-l")).hasText("Riverside team");
        assertThat(page.locator(".govuk-summary-card")).containsText("Mason Reid");
        assertThat(page.locator(".govuk-summary-card")).containsText("Assessment submitted on time");
        assertThat(page.locator(".govuk-summary-card")).containsText("No management oversight recorded since");
        checkAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/readiness-team.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See the assessment for Mason Reid"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/interventions/[0-9a-f-]{36}/assessment"));

        Page own = newPage(false);
        signIn(own, caseManager, TestData.PASSWORD);
        own.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work"))
                .click();
        own.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Inspection readiness: gaps an auditor would find in your cases"))
                .click();
        assertThat(own.locator(".govuk-caption-l")).hasText("Your cases");
        assertThat(own.locator(".govuk-summary-card")).containsText("Mason Reid");
        assertThat(own.getByLabel("Team")).hasCount(0);
        checkAccessible(own);
        own.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/readiness-own.png"))
                .setFullPage(true));
    }
}
