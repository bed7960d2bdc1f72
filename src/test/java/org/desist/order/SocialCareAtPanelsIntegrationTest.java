package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.desist.February2027;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.desist.child.ChildRecords;
import org.desist.child.domain.Child;
import org.desist.child.domain.ChildRecordService;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A looked-after child's referral order panel (the joint protocol between children's social care and the YOS "Police station and court"): flagged until social
 * care's invitation is recorded with how the time was set and who attended with the child. "Today" is Monday 1
 * February 2027.
 */
@IntegrationTest
@Import(February2027.class)
class SocialCareAtPanelsIntegrationTest {

    @Autowired
    ChildRecords childRecords;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    ChildRecordService records;

    @Autowired
    Interventions interventions;

    @Autowired
    ReferralOrders referralOrders;

    @Autowired
    CourtOrders orders;

    @Autowired
    LookedAfterRecords lookedAfter;

    @Autowired
    TransactionTemplate transactions;

    YouthJusticeService service;
    String caseManager;
    RequestPostProcessor cm;

    @BeforeEach
    void aService() {
        service = data.service("Panels");
        caseManager = data.account("pan.cm", Role.CASE_MANAGER, service);
        cm = authentication(data.authenticationOf(caseManager));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void aLookedAfterChildsPanelIsFlaggedUntilSocialCareIsRecorded() throws Exception {
        Child child = child("Tia", true);
        Intervention order = referralOrder(child);
        Panel panel = initialPanel(order);
        String page = page("/orders/" + order.id());
        assertThat(page).contains("Looked-after child: no social care invitation recorded", "Record social care");

        String refused = mvc.perform(post("/orders/{id}/panels/{panel}/social-care", order.id(), panel.id())
                        .with(cm)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(as(() -> orders.get(order.id()).version())))
                        .param("invitedOn.day", "5")
                        .param("invitedOn.month", "1")
                        .param("invitedOn.year", "2027")
                        .param("invitedWho", "Sam Patel, social worker")
                        .param("time", "VICTIM_WISHES_FIRST")
                        .param("attended", "SOMEONE_ELSE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(
                        "Enter what the victim asked for and why the social worker’s time could not be kept",
                        "Enter who attended with the child instead of the social worker");

        mvc.perform(post("/orders/{id}/panels/{panel}/social-care", order.id(), panel.id())
                        .with(cm)
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(as(() -> orders.get(order.id()).version())))
                        .param("invitedOn.day", "5")
                        .param("invitedOn.month", "1")
                        .param("invitedOn.year", "2027")
                        .param("invitedWho", "Sam Patel, social worker")
                        .param("time", "VICTIM_WISHES_FIRST")
                        .param("timeNote", "The victim could only come at 5pm; the social worker was on leave")
                        .param("attended", "SOMEONE_ELSE")
                        .param("attendedName", "Ann Lee, residential key worker"))
                .andExpect(redirectedUrl("/orders/" + order.id() + "?socialCare"));
        assertThat(page("/orders/" + order.id()))
                .contains(
                        "Invited 5 January 2027: Sam Patel, social worker",
                        "The victim’s wishes took priority. The victim could only come at 5pm",
                        "Someone else, because the social worker could not: Ann Lee, residential key worker")
                .doesNotContain("no social care invitation recorded");
    }

    @Test
    void aStaleSaveShowsTheStalePanelAndAnUnreadableDateShowsWithTheOtherProblems() throws Exception {
        Child child = child("Wyn", true);
        Intervention order = referralOrder(child);
        Panel panel = initialPanel(order);
        long seen = as(() -> orders.get(order.id()).version());

        // The date cannot be read: its problem and the rules' other problems show at once, nothing is saved.
        String unreadable = mvc.perform(post("/orders/{id}/panels/{panel}/social-care", order.id(), panel.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("invitedOn.day", "31")
                        .param("invitedOn.month", "2")
                        .param("invitedOn.year", "2027")
                        .param("invitedWho", "Sam Patel, social worker")
                        .param("time", "VICTIM_WISHES_FIRST")
                        .param("attended", "SOCIAL_WORKER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(unreadable)
                .contains(
                        "href=\"#invitedOn-day\"",
                        "Enter what the victim asked for and why the social worker’s time could not be kept");

        // Somebody else recorded on the order since the page was loaded: the stale panel, the answers kept and the
        // order's current version taken, so the next save is deliberate.
        as(() -> referralOrders.signContract(
                order.id(),
                seen,
                new ReferralOrders.NewContract(LocalDate.of(2027, 1, 12), "Garden sessions", List.of("Workshop"))));
        String stale = mvc.perform(post("/orders/{id}/panels/{panel}/social-care", order.id(), panel.id())
                        .with(cm)
                        .with(csrf())
                        .param("version", String.valueOf(seen))
                        .param("invitedOn.day", "5")
                        .param("invitedOn.month", "1")
                        .param("invitedOn.year", "2027")
                        .param("invitedWho", "Sam Patel, social worker")
                        .param("time", "AGREED_WITH_SOCIAL_WORKER")
                        .param("attended", "SOCIAL_WORKER"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale)
                .contains(
                        "while you were editing it. Your changes have not been saved.",
                        "Sam Patel, social worker",
                        "name=\"version\" value=\"" + (seen + 1) + "\"");
        assertThat(page("/orders/" + order.id())).contains("no social care invitation recorded");
    }

    @Test
    void aPanelOfAChildNotLookedAfterIsNotFlagged() throws Exception {
        Child child = child("Uma", false);
        Intervention order = referralOrder(child);
        initialPanel(order);
        assertThat(page("/orders/" + order.id())).doesNotContain("no social care invitation recorded");
    }

    @Test
    void onlyStaffWhoMayChangeTheRecordUseTheQuestionPage() throws Exception {
        Child child = child("Vic", true);
        Intervention order = referralOrder(child);
        Panel panel = initialPanel(order);
        RequestPostProcessor headOfService =
                authentication(data.authenticationOf(data.account("pan.hos", Role.HEAD_OF_SERVICE, service)));
        mvc.perform(get("/orders/{id}/panels/{panel}/social-care", order.id(), panel.id())
                        .with(headOfService))
                .andExpect(status().isForbidden());
        mvc.perform(post("/orders/{id}/panels/{panel}/social-care", order.id(), panel.id())
                        .with(headOfService)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orders/{id}", order.id()).with(headOfService)).andExpect(status().isOk());
    }

    private Panel initialPanel(Intervention order) {
        return as(() -> referralOrders.recordPanel(
                order.id(),
                orders.get(order.id()).version(),
                new ReferralOrders.NewPanel(
                        PanelKind.INITIAL,
                        LocalDate.of(2027, 1, 12),
                        List.of("Ann Lee", "Bob Ray"),
                        "Priya Shah",
                        true,
                        null,
                        LocalDate.of(2027, 1, 8),
                        PanelOutcome.CONTRACT_AGREED,
                        null)));
    }

    private Intervention referralOrder(Child child) {
        return as(() -> interventions.start(
                childRecords.responsibleChild(child.id()),
                new Interventions.NewIntervention(
                        InterventionType.REFERRAL_ORDER,
                        LocalDate.of(2026, 12, 18),
                        LocalDate.of(2027, 6, 18),
                        null,
                        List.of())));
    }

    private Child child(String name, boolean lookedAfterSinceJune) {
        return as(() -> {
            Child child = records.register(service.id(), TestData.child(name, "Panel", LocalDate.of(2011, 6, 1)));
            if (lookedAfterSinceJune) {
                lookedAfter.record(
                        childRecords.responsibleChild(child.id()),
                        LookedAfterEvent.Kind.ACCOMMODATED_UNDER_SECTION_20,
                        LocalDate.of(2026, 6, 1),
                        null);
            }
            return child;
        });
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(cm)).andReturn().getResponse().getContentAsString();
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
