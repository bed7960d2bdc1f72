package org.desist.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same intervention from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    Interventions interventions;

    Intervention order;

    @BeforeEach
    void anOrder() {
        order = as(
                caseManager,
                () -> interventions.start(
                        childRecords.responsibleChild(child.id()),
                        new Interventions.NewIntervention(
                                InterventionType.REFERRAL_ORDER,
                                LocalDate.of(2026, 12, 18),
                                LocalDate.of(2027, 6, 18),
                                null,
                                List.of())));
    }

    @Test
    void correctingTheStartDatePublishesOnce() {
        var outcome = race.race(
                caseManager,
                () -> interventions.correctStartDate(order.id(), 0, LocalDate.of(2026, 12, 17)),
                () -> interventions.correctStartDate(order.id(), 0, LocalDate.of(2026, 12, 16)));

        oneWins(outcome, "intervention", Interventions.RECORD_TYPE, order.id(), 0);
        assertThat(as(caseManager, () -> interventions.get(order.id())).startDate())
                .isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(events.count(
                        InterventionStartDateCorrected.class,
                        e -> e.interventionId().equals(order.id())))
                .isEqualTo(1);
    }

    @Test
    void reallocating() {
        String other = data.account("race.cm2", org.desist.security.Role.CASE_MANAGER, service);
        var outcome = race.race(
                manager,
                () -> interventions.reallocate(order.id(), 0, userId(caseManager), LocalDate.of(2027, 1, 4), "A"),
                () -> interventions.reallocate(order.id(), 0, userId(other), LocalDate.of(2027, 1, 4), "B"));

        oneWins(outcome, "intervention", Interventions.RECORD_TYPE, order.id(), 0);
        assertThat(as(caseManager, () -> interventions.get(order.id())).caseManagerId())
                .isEqualTo(userId(caseManager));
        // The loser's allocation (a child row) was not written.
        assertThat(jdbc.sql("select count(*) from intervention_allocation where intervention_id = :id and reason = 'B'")
                        .param("id", order.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
