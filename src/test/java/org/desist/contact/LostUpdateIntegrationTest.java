package org.desist.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.Test;

/** Two outcomes recorded for the same planned contact from the same version, through the API: one wins. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Test
    void recordingAContactsOutcome() throws Exception {
        UUID order = referralOrder();
        UUID contact = created(cmToken, post("/api/v1/interventions/{id}/contacts", order), """
                {"date": "2027-02-03", "type": "OFFICE"}""");

        var outcome = apiRace(
                caseManager,
                cmToken,
                () -> put("/api/v1/contacts/{id}", contact),
                """
                {"version": 0, "date": "2027-01-29", "time": "15:30", "type": "HOME_VISIT", "outcome": "ATTENDED"}""",
                () -> put("/api/v1/contacts/{id}", contact),
                """
                {"version": 0, "date": "2027-01-29", "time": "16:00", "type": "OFFICE",
                 "outcome": "ACCEPTABLE_ABSENCE", "absenceReason": "Ill"}""");

        oneWinsViaApi(outcome, "contact", Contacts.CONTACT, contact, 0);
        assertThat(jdbc.sql("select outcome from contact where id = :id")
                        .param("id", contact)
                        .query(String.class)
                        .single())
                .isEqualTo("ATTENDED");
    }
}
