package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.February2027;
import org.desist.TestData;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.HarmTo;
import org.desist.assessment.Likelihood;
import org.desist.assessment.Source;
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
 * A case manager submits the assessment of an order, sees the plan fall due, writes and agrees the plan with the
 * child and mum, adds an action after agreement and marks it done. "Today" is Monday 1 February 2027.
 */
@Import(February2027.class)
class PlanJourneyTest extends JourneySupport {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    Assessments assessments;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    UUID intervention;

    @BeforeAll
    void anOrderStartedAndItsAssessmentWasSubmitted() {
        YouthJusticeService service = data.service("PlanJourney");
        caseManager = data.account("pj.cm", Role.CASE_MANAGER, service);
        data.actAs(caseManager);
        Child child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Ellis", "Grant", LocalDate.of(2010, 9, 9))));
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
        transactions.executeWithoutResult(s -> {
            Assessment draft = assessments.start(intervention);
            Assessment edited = assessments.update(
                    draft.id(),
                    draft.version(),
                    new AssessmentDetails(
                            new AssessmentDetails.Desistance(
                                    "Older peers",
                                    "Boxing club",
                                    "Close to his gran",
                                    "Wants to change",
                                    "Lives with mum",
                                    "Excluded from school",
                                    Likelihood.MEDIUM),
                            new AssessmentDetails.SafetyAndWellbeing(
                                    "Owes money", Set.of(), Classification.LOW, "Small debt"),
                            new AssessmentDetails.RiskOfHarm(
                                    "Assault", Set.of(HarmTo.PEERS), "Low", "Minor", Classification.MEDIUM),
                            new AssessmentDetails.Sources(
                                    Set.of(Source.POLICE), null, "Wants to stay home", "Mum is worried"),
                            null));
            assessments.submit(edited.id(), edited.version());
        });
        TestData.signOut();
    }

    @Test
    void aPlanIsWrittenAgreedAndItsActionsMovedOn() {
        Page page = newPage(true);
        // The build machine is shared: give a slow first page load time (assertions are unchanged).
        page.setDefaultNavigationTimeout(60_000);
        page.setDefaultTimeout(30_000);
        signIn(page, caseManager, TestData.PASSWORD);
        page.navigate("/interventions/" + intervention);
        // The submitted assessment made the plan due: Monday 1 February 2027 + 10 working days.
        Locator due = page.locator("table tr").filter(new Locator.FilterOptions().setHasText("Plan"));
        assertThat(due).containsText("15 February 2027");
        assertThat(due).containsText("Open");
        checkAccessible(page);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Plan").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Plan");
        checkAccessible(page);
        button(page, "Start the plan").click();

        assertThat(page.locator("h1")).hasText("What the plan aims for");
        checkAccessible(page);
        page.getByLabel("Supporting desistance").fill("Back into college by Easter");
        page.getByLabel("Keeping the child safe").fill("Away from the older group and the debt");
        page.getByLabel("Keeping other people safe").fill("No weapons; no contact with the victim");
        button(page, "Save and continue").click();

        assertThat(page.locator("h1")).hasText("Victims");
        assertThat(page.locator(".govuk-warning-text")).containsText("Do not write victims' names");
        checkAccessible(page);
        page.getByLabel("Needs and wishes of victims").fill("The victim wants no contact and to feel safe at school");
        button(page, "Save and continue").click();

        assertThat(page.locator("h1")).hasText("Contingency arrangements");
        checkAccessible(page);
        page.getByLabel("What happens if …")
                .fill("If he goes missing, the police and social worker are told the same day\n"
                        + "If he is threatened over the debt, a safety meeting within 2 days");
        button(page, "Save and continue").click();

        assertThat(page.locator("h1")).hasText("Involvement and views");
        checkAccessible(page);
        // Mum's views are left for later: agreeing says what is missing and where to answer it.
        page.getByLabel("The child’s involvement and views").fill("Wants to go back to boxing");
        button(page, "Save and continue").click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Draft plan saved");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("Back into college by Easter");
        checkAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree the plan"))
                .click();
        assertThat(page.locator("h1")).hasText("Agree the plan");
        checkAccessible(page);
        page.locator("#agreedOn-day").fill("1");
        page.locator("#agreedOn-month").fill("2");
        page.locator("#agreedOn-year").fill("2027");
        page.getByLabel("Who agreed the plan").fill("Case manager with Ellis and his mum");
        page.locator("#childInvolved").check();
        page.locator("#parentsInvolved").check();
        button(page, "Agree the plan").click();
        Locator errors = page.locator(".govuk-error-summary");
        assertThat(errors).containsText("Add at least one action");
        assertThat(errors).containsText("Record the views of the parents or carers");
        checkAccessible(page);

        errors.getByText("Record the views of the parents or carers").click();
        assertThat(page.locator("h1")).hasText("Involvement and views");
        page.getByLabel("The parents’ or carers’ involvement and views").fill("Mum wants him home by 9pm");
        button(page, "Save and continue").click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action to Supporting desistance"))
                .click();
        assertThat(page.locator("h1")).hasText("Add an action");
        checkAccessible(page);
        button(page, "Add the action").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Describe the action");
        checkAccessible(page);
        page.getByLabel("Supporting desistance").check();
        page.getByLabel("What will be done").fill("Enrol at the boxing club");
        page.getByLabel("Or the agency that owns it").fill("Northbridge sports trust");
        page.getByLabel("Day").fill("1");
        page.getByLabel("Month").fill("3");
        page.getByLabel("Year").fill("2027");
        button(page, "Add the action").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Action added to the plan");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Agree the plan"))
                .click();
        page.locator("#agreedOn-day").fill("1");
        page.locator("#agreedOn-month").fill("2");
        page.locator("#agreedOn-year").fill("2027");
        page.getByLabel("Who agreed the plan").fill("Case manager with Ellis and his mum");
        page.locator("#childInvolved").check();
        page.locator("#parentsInvolved").check();
        button(page, "Agree the plan").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Plan agreed: its due item is met");
        assertThat(page.locator("h1")).containsText("Agreed");
        checkAccessible(page);

        // After agreement: another action, then it is done.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add an action to Keeping the child safe"))
                .click();
        page.getByLabel("Keeping the child safe").check();
        page.getByLabel("What will be done").fill("Safety plan for travelling to college");
        page.getByLabel("Owner in the service")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.getByLabel("Day").fill("15");
        page.getByLabel("Month").fill("2");
        page.getByLabel("Year").fill("2027");
        button(page, "Add the action").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Action added to the plan");
        Locator safety = page.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions().setHasText("Keeping the child safe"));
        assertThat(safety).containsText("Safety plan for travelling to college");
        assertThat(safety).containsText("Not started");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Change status of Safety plan for travelling to college"))
                .click();
        assertThat(page.locator("h1")).hasText("Change the action’s status");
        checkAccessible(page);
        page.getByLabel("Done", new Page.GetByLabelOptions().setExact(true)).check();
        button(page, "Change the status").click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Action status changed");
        safety = page.locator(".govuk-summary-card")
                .filter(new Locator.FilterOptions().setHasText("Keeping the child safe"));
        assertThat(safety.locator(".govuk-tag")).hasText("Done");
        assertThat(safety).containsText("Done on 1 February 2027");
        checkAccessible(page);

        page.navigate("/interventions/" + intervention);
        due = page.locator("table tr").filter(new Locator.FilterOptions().setHasText("Plan"));
        assertThat(due).not().containsText("Open");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
