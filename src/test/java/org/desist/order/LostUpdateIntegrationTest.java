package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.LostUpdateTest;
import org.desist.platform.StaleRecordException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two changes of the same court order from the same version, through the API: one wins, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    ReferralOrders referralOrders;

    @Autowired
    SocialCareAtPanels socialCare;

    @Test
    void addingRequirementsToAnOrder() throws Exception {
        UUID yro = created(cmToken, post("/api/v1/children/{id}/interventions", child.id()), """
                {"type": "YOUTH_REHABILITATION_ORDER", "startDate": "2026-12-18", "endDate": "2027-12-17"}""");

        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/orders/{id}/requirements", yro),
                """
                {"version": 0, "type": "CURFEW", "startDate": "2026-12-18", "endDate": "2027-06-17",
                 "curfewFrom": "19:00", "curfewUntil": "07:00", "details": "1 Test Street"}""",
                () -> post("/api/v1/orders/{id}/requirements", yro),
                """
                {"version": 0, "type": "INTENSIVE_FOSTERING", "startDate": "2026-12-18", "endDate": "2027-06-17",
                 "conditionsConfirmed": true}""");

        assertThat(outcome.bWaitedForA()).isTrue();
        assertThat(outcome.a()).isBetween(200, 299);
        assertThat(outcome.b()).as(outcome.bBody()).isEqualTo(409);
        assertThat(jdbc.sql("select version from court_order where intervention_id = :id")
                        .param("id", yro)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = :type and record_id = :id"
                                + " and record_version = 1 and action in ('CREATED', 'CHANGED')")
                        .param("type", OrderLedger.RECORD_TYPE)
                        .param("id", yro)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select type from order_requirement where intervention_id = :id")
                        .param("id", yro)
                        .query(String.class)
                        .list())
                .containsExactly("CURFEW");
    }

    @Test
    void recordingTheInitialPanelTwice() throws Exception {
        UUID order = referralOrder();
        String panel = """
                {"version": 0, "kind": "INITIAL", "heldOn": "2027-01-14", "communityMembers": ["Ann Lee", "%s"],
                 "yosMember": "Priya Shah", "parentAttended": true, "outcome": "CONTRACT_AGREED"}""";

        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/orders/{id}/panels", order),
                panel.formatted("Bo Chan"),
                () -> post("/api/v1/orders/{id}/panels", order),
                panel.formatted("Cy Dee"));

        assertThat(outcome.bWaitedForA()).isTrue();
        assertThat(outcome.a()).isBetween(200, 299);
        assertThat(outcome.b()).as(outcome.bBody()).isEqualTo(409);
        assertThat(jdbc.sql("select community_members from youth_offender_panel where intervention_id = :id")
                        .param("id", order)
                        .query(String.class)
                        .list())
                .containsExactly("Ann Lee\nBo Chan");
    }

    @Test
    void recordingSocialCareAtAPanel() throws Exception {
        UUID order = referralOrder();
        Panel panel = as(
                caseManager,
                () -> referralOrders.recordPanel(
                        order,
                        0,
                        new ReferralOrders.NewPanel(
                                PanelKind.INITIAL,
                                LocalDate.of(2027, 1, 14),
                                List.of("Ann Lee", "Bo Chan"),
                                "Priya Shah",
                                true,
                                null,
                                LocalDate.of(2027, 1, 8),
                                PanelOutcome.CONTRACT_AGREED,
                                null)));

        var outcome = race.race(
                caseManager,
                () -> socialCare.record(order, panel.id(), 1, invited("Sam Patel")),
                () -> socialCare.record(order, panel.id(), 1, invited("Kim Lowe")));

        StaleRecordException stale = outcome.loserIsStale();
        assertThat(stale.currentVersion()).isEqualTo(2);
        assertThat(jdbc.sql("select version from court_order where intervention_id = :id")
                        .param("id", order)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(changedAuditRows(OrderLedger.RECORD_TYPE, order, 2)).isEqualTo(1);
        assertThat(jdbc.sql("select invited_who from panel_social_care where panel_id = :id")
                        .param("id", panel.id())
                        .query(String.class)
                        .list())
                .containsExactly("Sam Patel");
    }

    private static SocialCareAtPanels.NewSocialCare invited(String who) {
        return new SocialCareAtPanels.NewSocialCare(
                LocalDate.of(2027, 1, 5),
                who,
                PanelTime.AGREED_WITH_SOCIAL_WORKER,
                null,
                PanelCompanion.SOCIAL_WORKER,
                null);
    }
}
