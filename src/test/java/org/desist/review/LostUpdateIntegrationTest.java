package org.desist.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.Test;

/**
 * Two reviews of the same intervention recorded from the same count of reviews (a review's "version"): one is
 * recorded, the other is told somebody recorded one first.
 */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Test
    void recordingTwoReviewsAtOnce() throws Exception {
        UUID order = referralOrder();
        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> post("/api/v1/interventions/{id}/reviews", order),
                review("A's review"),
                () -> post("/api/v1/interventions/{id}/reviews", order),
                review("B's review"));

        assertThat(outcome.bWaitedForA()).isTrue();
        assertThat(outcome.a()).isBetween(200, 299);
        assertThat(outcome.b()).as(outcome.bBody()).isEqualTo(409);
        assertThat(jdbc.sql("select what_changed from review where intervention_id = :id")
                        .param("id", order)
                        .query(String.class)
                        .list())
                .containsExactly("A's review");
    }

    private static String review(String whatChanged) {
        return """
                {"version": 0, "reviewedOn": "2027-01-29", "whatChanged": "%s", "childViews": "x",
                 "parentsViews": "x", "planChanged": false, "planUnchangedReason": "x",
                 "assessmentNeedsUpdating": false}""".formatted(whatChanged);
    }
}
