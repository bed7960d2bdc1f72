package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.February2027;
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
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case manager writes the assessment of an order started on 18 December 2026, lens by lens, submits it with
 * a high ROSH classification, and a manager countersigns it from the countersigning queue.
 */
@Import(February2027.class)
class AssessmentJourneyTest extends JourneySupport {

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
    String manager;
    UUID intervention;
    UUID earlierOrder;

    @BeforeAll
    void anOrderStarted() {
        YouthJusticeService service = data.service("AssessJourney");
        caseManager = data.account("aj.cm", Role.CASE_MANAGER, service);
        manager = data.account("aj.mgr", Role.OPERATIONAL_MANAGER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Robin", "Vale", LocalDate.of(2010, 2, 2))));
        intervention = transactions
                .execute(s -> interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.YOUTH_REHABILITATION_ORDER,
                                LocalDate.of(2026, 12, 18),
                                LocalDate.of(2027, 12, 17),
                                null,
                                List.of())))
                .id();
        Child another = transactions.execute(
                s -> records.register(service.id(), TestData.child("Ash", "Penn", LocalDate.of(2010, 5, 5))));
        earlierOrder = transactions
                .execute(s -> interventions.start(
                        childRecords.responsibleChild(another.id()),
                        new Interventions.NewIntervention(
                                InterventionType.REFERRAL_ORDER,
                                LocalDate.of(2026, 11, 2),
                                LocalDate.of(2027, 5, 1),
                                null,
                                List.of())))
                .id();
        TestData.signOut();
    }

    /** Without JavaScript: an AssetPlus assessment from before the case came into Desist, recorded afterwards. */
    @Test
    void anAssessmentCompletedEarlierIsRecordedAfterwards() {
        Page page = newPage(false);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/interventions/" + earlierOrder + "/assessment");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an assessment completed earlier"))
                .click();
        assertThat(page.locator("h1")).containsText("Record an assessment completed earlier");
        checkAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the assessment"))
                .click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date it was submitted");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the risk of serious harm classification");
        checkAccessible(page);
        page.locator("#submittedOn-day").fill("20");
        page.locator("#submittedOn-month").fill("11");
        page.locator("#submittedOn-year").fill("2026");
        page.getByLabel("Who completed it").fill("Sam Patel");
        page.locator("#likelihoodOfReoffending-MEDIUM").check();
        page.locator("#safetyClassification-HIGH").check();
        page.locator("#harmClassification").check();
        page.getByLabel("Police").check();
        page.locator("#countersignedOn-day").fill("23");
        page.locator("#countersignedOn-month").fill("11");
        page.locator("#countersignedOn-year").fill("2026");
        page.getByLabel("Manager who countersigned it (optional)").fill("Dee Okafor");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/earlier-assessment-form.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the assessment"))
                .click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Assessment completed earlier recorded");
        assertThat(page.locator("h1")).containsText("Countersigned");
        assertThat(page.locator("main")).containsText("Recorded afterwards");
        assertThat(page.locator("main")).containsText("Recorded in Desist on 1 February 2027 by Test aj.cm");
        assertThat(page.locator("main")).containsText("20 November 2026 by Sam Patel");
        assertThat(page.locator("main")).containsText("23 November 2026 by Dee Okafor");
        checkAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/earlier-assessment-recorded.png"))
                .setFullPage(true));
    }

    @Test
    void anAssessmentIsWrittenSubmittedAndCountersigned() {
        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/interventions/" + intervention);
        assertThat(page.locator("main")).containsText("Assessment");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Assessment").setExact(true))
                .click();
        checkAccessible(page);
        button(page, "Start the assessment").click();

        assertThat(page.locator("h1")).hasText("Desistance");
        checkAccessible(page);
        page.getByLabel("Factors linked to offending").fill("Older peers");
        page.getByLabel("Factors linked to stopping offending").fill("Boxing club");
        page.getByLabel("Strengths and protective factors").fill("Close to his gran");
        exact(page, "Medium").check();
        button(page, "Save and continue").click();

        assertThat(page.locator("h1")).hasText("Safety and wellbeing");
        checkAccessible(page);
        page.getByLabel("Concerns for the child’s safety and wellbeing").fill("Owes money to older peers");
        exact(page, "Drug debts").check();
        exact(page, "Medium").check();
        page.getByLabel("The analysis behind the classification").fill("The debt is small and known to police");
        button(page, "Save and continue").click();

        assertThat(page.locator("h1")).hasText("Risk of serious harm to others");
        checkAccessible(page);
        page.getByLabel("What harm the child might cause").fill("Assault with a weapon");
        exact(page, "Peers").check();
        page.getByLabel("How likely it is").fill("When challenged by rivals");
        page.getByLabel("How serious it would be").fill("Serious injury");
        exact(page, "High").check();
        button(page, "Save and continue").click();

        assertThat(page.locator("h1")).hasText("Sources and views");
        checkAccessible(page);
        exact(page, "Police").check();
        page.getByLabel("The child’s views").fill("Wants to stay at home");
        button(page, "Save and continue").click();

        assertThat(page.locator("h1")).hasText("Specialist screening");
        checkAccessible(page);
        button(page, "Save and continue").click();

        // The parents' views are missing: submitting says so, and the message leads to the question.
        button(page, "Submit the assessment").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Record the views of the parents or carers");
        checkAccessible(page);
        page.locator(".govuk-error-summary a").click();
        assertThat(page.locator("h1")).hasText("Sources and views");
        page.getByLabel("The views of the parents or carers").fill("Mum is worried about his friends");
        button(page, "Save and continue").click();
        button(page, "Save and continue").click();
        button(page, "Submit the assessment").click();
        assertThat(page.locator("h1")).containsText("Awaiting countersignature");
        assertThat(page.locator("main")).containsText("A manager countersigns");
        checkAccessible(page);

        Page mgr = newPage(false);
        signIn(mgr, manager, TestData.PASSWORD);
        mgr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Countersigning"))
                .click();
        assertThat(mgr.locator("h1")).hasText("Assessments awaiting countersignature");
        checkAccessible(mgr);
        mgr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Robin"))
                .click();
        button(mgr, "Countersign the assessment").click();
        assertThat(mgr.locator(".govuk-notification-banner")).containsText("Assessment countersigned");
        assertThat(mgr.locator("h1")).containsText("Countersigned");
        assertThat(mgr.locator("table")).containsText("Risk of serious harm to others");
        checkAccessible(mgr);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator exact(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
