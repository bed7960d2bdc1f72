package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.LostUpdateTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two saves of the same court record from the same version: one wins whole, the other is told. */
class LostUpdateIntegrationTest extends LostUpdateTest {

    @Autowired
    CourtWork court;

    UUID firstOffence;
    UUID secondOffence;
    CourtAppearance appearance;

    @BeforeEach
    void anAppearance() {
        firstOffence = offence(LocalDate.of(2026, 11, 20));
        secondOffence = offence(LocalDate.of(2026, 11, 21));
        appearance = as(
                caseManager,
                () -> court.recordAppearance(child.id(), appearance("Northbridge Youth Court", firstOffence)));
    }

    @Test
    void correctingAnAppearance() {
        var outcome = race.race(
                caseManager,
                () -> court.correctAppearance(
                        appearance.id(), 0, appearance("Saved by A", firstOffence, secondOffence)),
                () -> court.correctAppearance(appearance.id(), 0, appearance("Saved by B", secondOffence)));

        oneWins(outcome, "court_appearance", CourtWork.APPEARANCE, appearance.id(), 0);
        CourtAppearance stored = as(caseManager, () -> court.appearance(appearance.id()));
        assertThat(stored.courtName()).isEqualTo("Saved by A");
        assertThat(stored.offenceIds()).containsExactlyInAnyOrder(firstOffence, secondOffence);
    }

    private static CourtWork.NewAppearance appearance(String court, UUID... offences) {
        return new CourtWork.NewAppearance(
                LocalDate.of(2026, 12, 11),
                court,
                CourtKind.YOUTH_COURT,
                HearingType.FIRST,
                List.of(offences),
                Outcome.ADJOURNED,
                null,
                LocalDate.of(2027, 1, 12),
                null);
    }
}
