package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.desist.LostUpdateTest;
import org.desist.quality.ImprovementAction.Status;
import org.desist.quality.ImprovementPlan.AddressedTo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same improvement plan or action from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    ImprovementPlans plans;

    @Autowired
    ImprovementActions actions;

    ImprovementPlan plan;
    ImprovementAction action;

    @BeforeEach
    void aPlanWithAnAction() {
        plan = as(
                manager,
                () -> plans.addRecommendation(
                        plans.start(service.id(), "Race plan", LocalDate.of(2026, 10, 1), null, null)
                                .id(),
                        0,
                        "Improve planning",
                        AddressedTo.SERVICE,
                        null,
                        null));
        action = as(
                manager,
                () -> actions.add(
                        plan.id(),
                        plan.recommendations().get(0).id(),
                        "Audit ten plans",
                        userId(caseManager),
                        LocalDate.of(2027, 2, 26)));
    }

    @Test
    void recordingProgressOnAnAction() {
        var outcome = race.race(
                caseManager,
                () -> actions.recordProgress(
                        action.id(), 0, LocalDate.of(2027, 2, 1), "Saved by A", Status.IN_PROGRESS, null),
                () -> actions.recordProgress(
                        action.id(), 0, LocalDate.of(2027, 2, 1), "Saved by B", Status.COMPLETE, null));

        oneWins(outcome, "improvement_action", ImprovementActions.RECORD_TYPE, action.id(), 0);
        ImprovementAction stored = as(caseManager, () -> actions.get(action.id()));
        assertThat(stored.status()).isEqualTo(Status.IN_PROGRESS);
        // The loser's progress update (its child row) was not written either.
        assertThat(stored.updates())
                .extracting(ImprovementAction.ProgressUpdate::text)
                .containsExactly("Saved by A");
    }

    @Test
    void addingARecommendationToAPlan() {
        var outcome = race.race(
                manager,
                () -> plans.addRecommendation(plan.id(), 1, "Saved by A", AddressedTo.BOARD, null, null),
                () -> plans.addRecommendation(plan.id(), 1, "Saved by B", AddressedTo.SERVICE, null, null));

        oneWins(outcome, "improvement_plan", ImprovementPlans.RECORD_TYPE, plan.id(), 1);
        assertThat(as(manager, () -> plans.get(plan.id())).recommendations())
                .extracting(ImprovementPlan.Recommendation::text)
                .isEqualTo(List.of("Improve planning", "Saved by A"));
    }

    @Test
    void recordingProgressThroughTheApi() {
        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/quality/improvement-plans/{id}/actions/{a}/progress", plan.id(), action.id()),
                """
                {"version": 0, "on": "2027-02-01", "text": "Saved by A", "status": "IN_PROGRESS"}""",
                () -> post("/api/v1/quality/improvement-plans/{id}/actions/{a}/progress", plan.id(), action.id()),
                """
                {"version": 0, "on": "2027-02-01", "text": "Saved by B", "status": "COMPLETE"}""");

        oneWinsViaApi(outcome, "improvement_action", ImprovementActions.RECORD_TYPE, action.id(), 0);
        assertThat(as(caseManager, () -> actions.get(action.id())).updates())
                .extracting(ImprovementAction.ProgressUpdate::text)
                .containsExactly("Saved by A");
    }
}
