package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.Test;

/** Two changes of the same court order from the same version, through the API: one wins, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

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
}
