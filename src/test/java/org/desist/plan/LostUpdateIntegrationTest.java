package org.desist.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same plan (or plan action) from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    Plans plans;

    UUID plan;

    @BeforeEach
    void aDraftPlan() throws Exception {
        UUID intervention = referralOrder();
        UUID assessment = completeDraftAssessment(intervention);
        api(cmToken, post("/api/v1/assessments/{id}/submit", assessment), "{\"version\": 1}");
        plan = as(caseManager, () -> plans.start(intervention)).id();
    }

    @Test
    void editingADraftReplacesItsOtherPlansOnlyOnce() {
        var outcome = race.race(
                caseManager,
                () -> plans.update(plan, 0, content("A's aim", "A-1", "A-2")),
                () -> plans.update(plan, 0, content("B's aim", "B-1")));

        oneWins(outcome, "plan", Plans.RECORD_TYPE, plan, 0);
        assertThat(as(caseManager, () -> plans.get(plan)).content().desistanceAim())
                .isEqualTo("A's aim");
        assertThat(jdbc.sql("select reference from plan_other_plan where plan_id = :id order by position")
                        .param("id", plan)
                        .query(String.class)
                        .list())
                .containsExactly("A-1", "A-2");
    }

    @Test
    void movingAnActionOn() {
        as(
                caseManager,
                () -> plans.addAction(
                        plan,
                        0,
                        new NewAction(
                                Strand.DESISTANCE,
                                "Join the boxing club",
                                userId(caseManager),
                                null,
                                LocalDate.of(2027, 3, 1))));
        UUID action = jdbc.sql("select id from plan_action where plan_id = :id")
                .param("id", plan)
                .query(UUID.class)
                .single();
        var outcome = race.race(
                caseManager,
                () -> plans.changeActionStatus(action, 0, ActionStatus.IN_PROGRESS, null),
                () -> plans.changeActionStatus(action, 0, ActionStatus.STOPPED, "Moved away"));

        oneWins(outcome, "plan_action", Plans.ACTION_RECORD_TYPE, action, 0);
        assertThat(jdbc.sql("select status from plan_action where id = :id")
                        .param("id", action)
                        .query(String.class)
                        .single())
                .isEqualTo("IN_PROGRESS");
    }

    private static PlanContent content(String aim, String... otherPlans) {
        return new PlanContent(
                aim,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                java.util.Arrays.stream(otherPlans)
                        .map(reference ->
                                new OtherPlan(OtherPlanKind.CARE_PLAN, reference, "Children's services", null))
                        .toList());
    }
}
