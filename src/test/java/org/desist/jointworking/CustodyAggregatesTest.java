package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A care leaver's expected release and a decision to stop support in custody (the joint protocol), as tables. */
class CustodyAggregatesTest {

    private static final LocalDate SENTENCED = LocalDate.of(2027, 1, 10);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final UUID CHILD = UUID.randomUUID();
    private static final UUID SENTENCE = UUID.randomUUID();

    @ParameterizedTest(name = "release {0}, seen at version {1}: review by {2}, arrangements by {3}")
    @CsvSource({
        "2027-05-15, 0, 2027-04-15, 2027-05-01",
        "2027-03-31, 2, 2027-02-28, 2027-03-17",
        "2027-01-11, 5, 2026-12-11, 2026-12-28",
    })
    void movingTheReleaseMovesWhatFallsDueFromItAndHoldsTheVersionSeen(
            LocalDate releaseOn, long seen, LocalDate reviewBy, LocalDate arrangementsBy) {
        ExpectedRelease recorded = ExpectedRelease.record(
                        SENTENCE, CHILD, LocalDate.of(2027, 4, 1), SENTENCED, 1, 14, "cm")
                .after();
        Change<ExpectedRelease> moved = recorded.moveTo(releaseOn, seen, SENTENCED, 1, 14, "cm");
        assertThat(moved.before().version()).isEqualTo(seen);
        assertThat(moved.before().releaseOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(moved.after().pathwayReviewBy()).isEqualTo(reviewBy);
        assertThat(moved.after().arrangementsBy()).isEqualTo(arrangementsBy);
        assertThat(ExpectedRelease.AUDITED.changes(moved.before(), moved.after()))
                .extracting(c -> c.oldValue() + " -> " + c.newValue())
                .containsExactly("2027-04-01 -> " + releaseOn);
    }

    @ParameterizedTest(name = "release {0}: refused")
    @CsvSource({"2027-01-10", "2027-01-09", "''"})
    void aReleaseIsAfterTheSentence(String releaseOn) {
        LocalDate on = releaseOn.isEmpty() ? null : LocalDate.parse(releaseOn);
        assertThatThrownBy(() -> ExpectedRelease.record(SENTENCE, CHILD, on, SENTENCED, 1, 14, "cm"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsOnlyKeys("releaseOn"));
    }

    @ParameterizedTest(name = "already stopped {0}, needs assessed {1}: refused on ''{2}''")
    @CsvSource({
        "true,  true,  recommendedOn",
        "false, false, recommendedOn",
        "false, true,  ''",
    })
    void supportStopsOnceAndOnlyAfterTheNeedsAssessment(boolean stopped, boolean assessed, String refusedOn) {
        var decision = new CustodyRules.StopSupport(
                LocalDate.of(2027, 1, 20),
                " Settled, support from the establishment ",
                " Pat Senior ",
                LocalDate.of(2027, 1, 22),
                LocalDate.of(2027, 1, 22),
                LocalDate.of(2027, 1, 23),
                LocalDate.of(2027, 1, 23),
                LocalDate.of(2027, 1, 24));
        if (refusedOn.isEmpty()) {
            SupportStopped s = SupportStopped.stop(CHILD, SENTENCE, decision, stopped, assessed, SENTENCED, TODAY, "cm")
                    .after();
            assertThat(s.decision().seniorManager()).isEqualTo("Pat Senior");
            assertThat(SupportStopped.AUDITED.changes(null, s))
                    .extracting(c -> c.field() + ": " + c.newValue())
                    .containsExactly(
                            "Senior manager: Pat Senior",
                            "Agreed on: 2027-01-22",
                            "Reason: Settled, support from the establishment");
        } else {
            assertThatThrownBy(() ->
                            SupportStopped.stop(CHILD, SENTENCE, decision, stopped, assessed, SENTENCED, TODAY, "cm"))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(refusedOn));
        }
    }
}
