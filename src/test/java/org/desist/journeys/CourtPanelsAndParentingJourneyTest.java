package org.desist.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.order.CourtOrders;
import org.desist.order.PanelKind;
import org.desist.order.PanelOutcome;
import org.desist.order.ReferralOrders;
import org.desist.parenting.Parenting;
import org.desist.parenting.ParentingTrigger;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A looked-after child on a referral order (the joint protocol between children's social care and the YOS): the initial panel is flagged until social care's
 * invitation is recorded, then shows who was invited and who attended with the child; a recent CAMHS assessment
 * prompts the case manager to consider a parenting assessment, answered from the parenting page reached from the
 * Social care tab. Seven pages, each checked with axe.
 */
class CourtPanelsAndParentingJourneyTest extends JourneySupport {

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
    ReferralOrders referralOrders;

    @Autowired
    CourtOrders orders;

    @Autowired
    Parenting parenting;

    @Autowired
    TransactionTemplate transactions;

    String caseManager;
    YouthJusticeService service;

    @BeforeAll
    void aService() {
        service = data.service("PanelJourney");
        caseManager = data.account("pj.cm", Role.CASE_MANAGER, service);
    }

    @Test
    void aLookedAfterChildsPanelWithSocialCareInvitedAndAParentingPromptAnswered() {
        LocalDate today = LocalDate.now();
        LocalDate ordered = today.minusWeeks(4);
        LocalDate panelOn = today.minusWeeks(1);
        Child child = as(() -> {
            Child c = records.register(service.id(), TestData.child("Rowan", "Journey", today.minusYears(15)));
            lookedAfter.record(
                    childRecords.responsibleChild(c.id()),
                    LookedAfterEvent.Kind.CARE_ORDER_MADE,
                    today.minusMonths(6),
                    null);
            return c;
        });
        Intervention order = as(() -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER, ordered, ordered.plusMonths(9), null, List.of())));
        as(() -> referralOrders.recordPanel(
                order.id(),
                orders.get(order.id()).version(),
                new ReferralOrders.NewPanel(
                        PanelKind.INITIAL,
                        panelOn,
                        List.of("Ann Lee", "Bob Ray"),
                        "Priya Shah",
                        true,
                        null,
                        panelOn.minusDays(3),
                        PanelOutcome.CONTRACT_AGREED,
                        null)));
        as(() -> parenting.recordOtherAssessment(
                childRecords.responsibleChild(child.id()), ParentingTrigger.CAMHS, today.minusWeeks(2), null));

        Page page = newPage(true);
        signIn(page, caseManager, TestData.PASSWORD);

        // The order page: the looked-after child's panel has no social care invitation yet.
        page.navigate("/orders/" + order.id());
        assertThat(page.locator("main")).containsText("Looked-after child: no social care invitation recorded");
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record social care at the initial panel"))
                .click();

        assertThat(page.locator("h1")).hasText("Social care at the panel");
        date(page, "invitedOn", panelOn.minusDays(10));
        page.getByLabel("Who was invited").fill("Sam Patel, social worker");
        page.getByLabel("The victim’s wishes took priority").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator(".govuk-error-summary"))
                .containsText("Enter what the victim asked for and why the social worker’s time could not be kept");
        checkAccessible(page);
        page.getByLabel("Note on the time").fill("The victim could only attend at 5pm");
        page.getByLabel("The social worker", new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator(".govuk-notification-banner")).containsText("Social care at the panel recorded");
        assertThat(page.locator("main")).containsText("Invited");
        assertThat(page.locator("main")).containsText("Sam Patel, social worker");
        assertThat(page.locator("main")).containsText("The victim could only attend at 5pm");
        assertThat(page.locator("main")).not().containsText("no social care invitation recorded");
        checkAccessible(page);

        // The Social care tab leads to parenting, where the CAMHS assessment's prompt waits for a decision.
        page.navigate("/children/" + child.id() + "/social-care");
        checkAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("View parenting"))
                .click();
        assertThat(page.locator("main")).containsText("A recent CAMHS assessment was completed");
        assertThat(page.locator("main")).containsText("Waiting for a decision");
        checkAccessible(page);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Record the decision")))
                .click();

        assertThat(page.locator("h1")).hasText("Is a parenting assessment needed?");
        checkAccessible(page);
        page.getByLabel("A parenting assessment is not needed").check();
        page.getByLabel("Reason")
                .fill("Carers already on a fostering support programme; agreed with the social worker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the decision"))
                .click();

        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Decision on a parenting assessment recorded");
        assertThat(page.locator("main"))
                .containsText("A parenting assessment is not needed: Carers already on a fostering support programme");
        checkAccessible(page);
    }

    private static void date(Page page, String field, LocalDate date) {
        page.locator("#" + field + "-day").fill(String.valueOf(date.getDayOfMonth()));
        page.locator("#" + field + "-month").fill(String.valueOf(date.getMonthValue()));
        page.locator("#" + field + "-year").fill(String.valueOf(date.getYear()));
    }

    private <T> T as(Supplier<T> work) {
        data.actAs(caseManager);
        try {
            return transactions.execute(s -> work.get());
        } finally {
            TestData.signOut();
        }
    }
}
