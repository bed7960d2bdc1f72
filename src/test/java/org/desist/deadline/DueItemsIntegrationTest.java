package org.desist.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.audit.AuditEntry;
import org.desist.audit.AuditTrail;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Each rule's life against PostgreSQL: created by its trigger, moved, cancelled, met — and audited. */
@IntegrationTest
class DueItemsIntegrationTest {

    @Autowired
    DueItems dueItems;

    @Autowired
    ChildRecordService records;

    @Autowired
    TestData data;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    YouthJusticeService service;
    Child child;
    UUID caseManager;
    String username;

    @BeforeEach
    void aChild() {
        service = data.service("Due");
        username = data.account("due.cm", Role.CASE_MANAGER, service);
        data.actAs(username);
        caseManager = data.authenticationOf(username).getPrincipal()
                        instanceof org.desist.security.CurrentUser.CurrentUserHolder h
                ? h.currentUser().id()
                : null;
        child = transactions.execute(
                s -> records.register(service.id(), TestData.child("Leah", "Marsh", LocalDate.of(2010, 3, 3))));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    private DueItems.Trigger trigger(String event, UUID record) {
        return new DueItems.Trigger(event, service.id(), child.id(), "INTERVENTION", record, caseManager);
    }

    @Test
    void aReferralOrderStartsItsInitialPanelTwentyWorkingDaysLaterAcrossChristmas() {
        UUID order = UUID.randomUUID();
        var created = transactions.execute(
                s -> dueItems.triggered(trigger("REFERRAL_ORDER_MADE", order), LocalDate.of(2026, 12, 10)));
        assertThat(created).singleElement().satisfies(item -> {
            assertThat(item.rule().id()).isEqualTo("referral-order-initial-panel");
            // 10 Dec 2026 + 20 WD: 11–24 Dec are 10, then 29–31 Dec are 13, then 4–12 Jan are 20 (25 and 28 Dec and
            // 1 Jan are bank holidays): 12 January 2027.
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2027, 1, 12));
            assertThat(item.dueDateReason()).isEqualTo("20 working days after 10 December 2026");
            assertThat(item.ownerId()).isEqualTo(caseManager);
        });
        assertThat(dueItems.openFor(caseManager, java.util.Set.of(service.id())))
                .hasSize(1);
    }

    @Test
    void correctingTheTriggerDateMovesTheItem() {
        UUID referral = UUID.randomUUID();
        transactions.execute(
                s -> dueItems.triggered(trigger("OOCD_REFERRAL_RECEIVED", referral), LocalDate.of(2026, 3, 27)));
        var moved = transactions.execute(
                s -> dueItems.triggerDateCorrected(referral, "OOCD_REFERRAL_RECEIVED", LocalDate.of(2026, 3, 30)));
        // 30 March 2026 + 10 WD over Easter (3 and 6 April): 15 April 2026.
        assertThat(moved).singleElement().satisfies(item -> {
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
            assertThat(item.triggerDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        });
        assertThat(audit.forChild(child.id(), 10))
                .filteredOn(e -> e.recordType().equals("DUE_ITEM"))
                .extracting(AuditEntry::summary)
                .contains("Out-of-court disposal assessment moved: the trigger date was corrected");
    }

    @Test
    void withdrawingTheTriggerCancelsTheItem() {
        UUID caution = UUID.randomUUID();
        transactions.execute(s ->
                dueItems.triggered(trigger("YOUTH_CONDITIONAL_CAUTION_GIVEN", caution), LocalDate.of(2026, 11, 30)));
        var cancelled = transactions.execute(s ->
                dueItems.triggerWithdrawn(caution, "YOUTH_CONDITIONAL_CAUTION_GIVEN", "Caution withdrawn by police"));
        assertThat(cancelled).singleElement().satisfies(item -> {
            assertThat(item.status()).isEqualTo(DueItem.Status.CANCELLED);
            assertThat(item.cancelledReason()).isEqualTo("Caution withdrawn by police");
            assertThat(item.dueDate()).isEqualTo(LocalDate.of(2027, 2, 28));
        });
        assertThat(dueItems.openIn(java.util.Set.of(service.id()))).isEmpty();
    }

    @Test
    void theFulfillingRecordMeetsTheItemAndARepeatingRuleStartsAgain() {
        UUID order = UUID.randomUUID();
        transactions.execute(
                s -> dueItems.triggered(trigger("REFERRAL_ORDER_CONTRACT_SIGNED", order), LocalDate.of(2026, 9, 1)));
        var result = transactions.execute(s -> dueItems.fulfilled(
                order, "YOUTH_OFFENDER_PANEL_PROGRESS", UUID.randomUUID(), LocalDate.of(2026, 12, 4)));
        assertThat(result).hasSize(2);
        assertThat(result.get(0).status()).isEqualTo(DueItem.Status.MET);
        assertThat(result.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(result.get(0).metLate()).isTrue();
        assertThat(result.get(1).status()).isEqualTo(DueItem.Status.OPEN);
        assertThat(result.get(1).dueDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(dueItems.forChild(child.id())).hasSize(2);
    }

    @Test
    void theChildsDueItemsAndMyWorkShowTheItemWithItsReasonOnlyToTheChildsService() throws Exception {
        UUID report = UUID.randomUUID();
        transactions.execute(
                s -> dueItems.triggered(trigger("COURT_REPORT_REQUESTED", report), LocalDate.of(2020, 1, 6)));
        String token = data.apiToken(username);
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Report to court"))
                .andExpect(jsonPath("$[0].dueDate").value("2020-01-06"))
                .andExpect(jsonPath("$[0].dueDateReason").value("on 6 January 2020"))
                .andExpect(jsonPath("$[0].overdue").value(true))
                .andExpect(jsonPath("$[0].source")
                        .value(org.hamcrest.Matchers.containsString("due date set by the court")));
        String page = mvc.perform(get("/work").with(authentication(data.authenticationOf(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Overdue (1)").contains("Report to court").contains("Leah Marsh");

        String outsider = data.account("due.other", Role.CASE_MANAGER, data.service("Other"));
        mvc.perform(get("/api/v1/children/{id}/due-items", child.id())
                        .header("Authorization", "Bearer " + data.apiToken(outsider)))
                .andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/work/team")
                                .with(authentication(data.authenticationOf(
                                        data.account("due.mgr", Role.OPERATIONAL_MANAGER, data.service("Other"))))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Leah Marsh");
    }

    @Test
    void aRecordOfAnotherKindMeetsNothing() {
        UUID order = UUID.randomUUID();
        transactions.execute(
                s -> dueItems.triggered(trigger("REFERRAL_ORDER_MADE", order), LocalDate.of(2026, 12, 10)));
        var result = transactions.execute(s ->
                dueItems.fulfilled(order, "COURT_REPORT_SUBMITTED", UUID.randomUUID(), LocalDate.of(2026, 12, 11)));
        assertThat(result).isEmpty();
        assertThat(dueItems.forChild(child.id())).extracting(DueItem::status).containsOnly(DueItem.Status.OPEN);
    }
}
