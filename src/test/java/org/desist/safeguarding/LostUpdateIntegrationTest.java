package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same child protection concern from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    Safeguarding safeguarding;

    @Test
    void addingSocialCaresResponseToAConcern() {
        ChildProtectionConcern concern = as(caseManager, () -> safeguarding.recordConcern(child.id(), details(null)));
        var outcome = race.race(
                caseManager,
                () -> safeguarding.updateConcern(concern.id(), 0, details("Strategy meeting held")),
                () -> safeguarding.updateConcern(concern.id(), 0, details("No further action")));

        oneWins(outcome, "child_protection_concern", Safeguarding.CONCERN, concern.id(), 0);
        assertThat(jdbc.sql("select social_care_response from child_protection_concern where id = :id")
                        .param("id", concern.id())
                        .query(String.class)
                        .single())
                .isEqualTo("Strategy meeting held");
    }

    private static ConcernDetails details(String response) {
        LocalDate on = LocalDate.of(2027, 1, 29);
        return new ConcernDetails(
                on,
                "Sam Ellis",
                "Bruising on arm",
                "Pat Khan",
                on,
                SocialCareContact.CONTACT_TEAM,
                "Duty worker",
                on,
                ReportMethod.PHONE,
                response);
    }
}
