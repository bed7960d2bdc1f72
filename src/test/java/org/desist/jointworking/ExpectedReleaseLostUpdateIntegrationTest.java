package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.LostUpdateTest;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two changes of a care leaver's expected release date from the same version: one wins, the other is told. */
class ExpectedReleaseLostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    CustodyAndCareLeaving custody;

    @Autowired
    Interventions interventions;

    @Test
    void movingTheExpectedRelease() throws Exception {
        mvc.perform(post("/children/{id}/social-care/events", child.id())
                        .with(authentication(data.authenticationOf(caseManager)))
                        .with(csrf())
                        .param("kind", "ACCOMMODATED_UNDER_SECTION_20")
                        .param("occurredOn.day", "1")
                        .param("occurredOn.month", "9")
                        .param("occurredOn.year", "2025"))
                .andExpect(status().is3xxRedirection());
        UUID sentence = as(
                        caseManager,
                        () -> interventions.start(
                                childRecords.responsibleChild(child.id()),
                                new Interventions.NewIntervention(
                                        InterventionType.DETENTION_AND_TRAINING_ORDER,
                                        LocalDate.of(2026, 12, 18),
                                        LocalDate.of(2027, 6, 18),
                                        null,
                                        List.of())))
                .id();
        String json = api(cmToken, get("/api/v1/children/{id}/custody-and-care-leaving", child.id()), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json).contains(sentence.toString());
        as(
                caseManager,
                () -> custody.recordExpectedRelease(
                        childRecords.responsibleChild(child.id()), sentence, LocalDate.of(2027, 4, 1), 0));

        var outcome = race.race(
                caseManager,
                () -> custody.recordExpectedRelease(
                        childRecords.responsibleChild(child.id()), sentence, LocalDate.of(2027, 4, 15), 0),
                () -> custody.recordExpectedRelease(
                        childRecords.responsibleChild(child.id()), sentence, LocalDate.of(2027, 4, 20), 0));

        outcome.loserIsStale();
        assertThat(jdbc.sql(
                                "select release_on::text || ' ' || version from expected_release where intervention_id = :i")
                        .param("i", sentence)
                        .query(String.class)
                        .single())
                .isEqualTo("2027-04-15 1");
        assertThat(changedAuditRows(CustodyAndCareLeaving.RELEASE_RECORD_TYPE, sentence, 1))
                .isEqualTo(1);
        assertThat(changedAuditRows(CustodyAndCareLeaving.RELEASE_RECORD_TYPE, sentence, 2))
                .isZero();
    }
}
