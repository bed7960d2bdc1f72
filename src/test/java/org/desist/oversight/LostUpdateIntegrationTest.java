package org.desist.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.Test;

/** Two corrections of the same management oversight from the same version, through the API: one wins. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Test
    void correctingAnOversight() throws Exception {
        UUID order = referralOrder();
        UUID id =
                created(mgrToken, post("/api/v1/interventions/{id}/oversight", order), oversight(null, "NEEDS_ACTION"));

        var outcome = apiRace(
                manager,
                mgrToken,
                () -> put("/api/v1/oversight/{id}", id),
                oversight(0L, "SUFFICIENT"),
                () -> put("/api/v1/oversight/{id}", id),
                oversight(0L, "NEEDS_ACTION").replace("Book the initial panel", "B's actions"));

        oneWinsViaApi(outcome, "oversight", ManagementOversight.RECORD_TYPE, id, 0);
        assertThat(jdbc.sql("select judgement from oversight where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("SUFFICIENT");
    }

    private static String oversight(Long version, String judgement) {
        return """
                {%s"recordedOn": "2027-02-01", "areas": ["ASSESSMENT", "TIMELINESS"], "judgement": "%s",
                 "direction": "Submit the assessment this week", "actions": "Book the initial panel",
                 "actionsDue": "2027-02-01", "nextDue": "2027-04-30"}
                """.formatted(version == null ? "" : "\"version\": " + version + ", ", judgement);
    }
}
