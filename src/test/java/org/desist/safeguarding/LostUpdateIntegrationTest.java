package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.desist.LostUpdateTest;
import org.desist.child.ChildRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same child protection concern from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    ChildRecords children;

    @Test
    void addingSocialCaresResponseToAConcern() {
        ChildProtectionConcern concern =
                as(caseManager, () -> safeguarding.recordConcern(children.responsibleChild(child.id()), details(null)));
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

    @Test
    void recordingThePanelsDecisions() {
        LocalDate on = LocalDate.of(2027, 1, 20);
        PanelReferral referral = as(
                caseManager,
                () -> safeguarding.refer(
                        children.responsibleChild(child.id()),
                        new Safeguarding.NewReferral(on, "Exploitation", null, null)));
        var outcome = race.race(
                caseManager,
                () -> safeguarding.updateReferral(
                        referral.id(),
                        0,
                        new Safeguarding.NewReferral(on, "Exploitation", LocalDate.of(2027, 1, 27), "A's decisions")),
                () -> safeguarding.updateReferral(
                        referral.id(),
                        0,
                        new Safeguarding.NewReferral(on, "Exploitation", LocalDate.of(2027, 1, 28), "B's decisions")));

        oneWins(outcome, "risk_panel_referral", Safeguarding.REFERRAL, referral.id(), 0);
        assertThat(jdbc.sql("select decisions from risk_panel_referral where id = :id")
                        .param("id", referral.id())
                        .query(String.class)
                        .single())
                .isEqualTo("A's decisions");
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
