package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
 * A QA lead audits two court cases against the 2018 standards (one with a "no"), sees the results with the case
 * behind the "no", and the audited case manager — without JavaScript — acknowledges the audit and replies.
 */
class CaseAuditJourneyTest extends JourneySupport {

    static final List<String> COURT_KEY_QUESTIONS = List.of(
            "2-1-1", "2-1-2", "2-1-3", "2-2-1", "2-2-2", "2-2-3", "2-3-1", "2-3-2", "2-3-3", "2-4-1", "2-4-2", "2-4-3");

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    TransactionTemplate transactions;

    String qaLead;
    String caseManager;
    UUID first;
    UUID second;

    @BeforeAll
    void twoCourtCases() {
        YouthJusticeService service = data.service("AuditJourney");
        qaLead = data.account("aj.qa", Role.QA_LEAD, service);
        caseManager = data.account("aj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        first = order(service, "Mason", "Hart");
        second = order(service, "Nia", "Brook");
        TestData.signOut();
    }

    @Test
    void aQaLeadAuditsTwoCasesSeesTheCaseBehindANoAndTheCaseManagerAcknowledges() {
        Page page = newPage(true);
        signIn(page, qaLead, TestData.PASSWORD);
        page.navigate("/interventions/" + first);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit this case"))
                .click();
        assertThat(page.locator("h1")).containsText("Audit this case");
        checkAccessible(page);
        audit(page, true, this::checkAccessible);

        page.navigate("/quality/audits/new?intervention=" + second);
        audit(page, false, this::checkAccessible);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Case audits").setExact(true))
                .first()
                .click();
        assertThat(page.locator("tbody")).containsText("Mason Hart");
        assertThat(page.locator("tbody")).containsText("Nia Brook");
        checkAccessible(page);
        page.locator(".moj-sub-navigation")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Results"))
                .click();
        assertThat(page.locator("main")).containsText("2 completed audits");
        assertThat(page.locator("main")).containsText("The cases behind every no");
        var behind = page.locator("table:has(caption:has-text(\"Cases answered no\")) tbody");
        assertThat(behind).containsText("Mason Hart");
        assertThat(behind).containsText("No plan to keep him safe from the older boys");
        assertThat(behind).not().containsText("Nia Brook");
        // 2.1.2: one yes of two, 50% — Requires improvement.
        assertThat(page.locator("main")).containsText("1 of 2");
        assertThat(page.locator("main")).containsText("Requires improvement");
        checkAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/case-audit-results.png"))
                .setFullPage(true));

        Page cm = newPage(false);
        signIn(cm, caseManager, TestData.PASSWORD);
        cm.navigate("/work");
        cm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audits of my cases"))
                .click();
        assertThat(cm.locator("tbody")).containsText("To acknowledge");
        checkAccessible(cm);
        cm.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mason Hart"))
                .click();
        assertThat(cm.locator("main")).containsText("No plan to keep him safe from the older boys");
        checkAccessible(cm);
        cm.getByLabel("Your reply to the auditor (optional)").fill("Safety plan agreed with Mason and his mum");
        cm.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge the audit"))
                .click();
        assertThat(cm.locator(".govuk-notification-banner")).containsText("You acknowledged the audit");
        assertThat(cm.locator("main")).containsText("Safety plan agreed with Mason and his mum");
        assertThat(cm.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Acknowledge the audit")))
                .hasCount(0);
        checkAccessible(cm);
    }

    /** From the start page: the 2018 framework, every key question judged (the first case's 2.1.2 no), completed. */
    static void audit(Page page, boolean withANo, java.util.function.Consumer<Page> checkAccessible) {
        page.getByLabel("Standards for inspecting youth offending services (2018)")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the audit"))
                .click();
        assertThat(page.locator("h1")).containsText("Case audit:");
        if (withANo) {
            checkAccessible.accept(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/case-audit.png")));
        }
        page.locator("#p-2-1-1a").check();
        for (String kq : COURT_KEY_QUESTIONS) {
            if (withANo && kq.equals("2-1-2")) {
                page.locator("#j-2-1-2-NO").check();
                page.locator("#r-2-1-2").fill("No plan to keep him safe from the older boys");
            } else {
                page.locator("#j-" + kq).check();
            }
        }
        page.locator("#safetyAgreed").check();
        page.locator("#roshAgreed").check();
        page.locator("#oversightSufficient").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and check before completing"))
                .click();
        assertThat(page.locator("h1")).containsText("Check the audit before completing it");
        if (withANo) {
            checkAccessible.accept(page);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete the audit"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The audit was completed");
        if (withANo) {
            checkAccessible.accept(page);
        }
    }

    UUID order(YouthJusticeService service, String given, String family) {
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child(given, family, LocalDate.of(2010, 4, 4))));
        return transactions
                .execute(s -> interventions.start(
                        data.accessible(caseManager, child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.REFERRAL_ORDER,
                                LocalDate.now().minusMonths(7),
                                LocalDate.now().plusMonths(5),
                                data.userId(caseManager),
                                List.of())))
                .id();
    }
}
