package org.desist.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recording an assessment completed before it came into Desist: "today" is 1 February 2027, the intervention started
 * on 2 November 2026, the child was born on 10 May 2012 (10 on 10 May 2022).
 */
class EarlierAssessmentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate STARTED = LocalDate.of(2026, 11, 2);
    static final LocalDate BORN = LocalDate.of(2012, 5, 10);
    static final UUID INTERVENTION = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID CHILD = UUID.fromString("00000000-0000-0000-0000-000000000002");

    static EarlierAssessment earlier(
            LocalDate submitted,
            String by,
            String in,
            LocalDate countersigned,
            String countersigner,
            Classification safety,
            Classification rosh) {
        return new EarlierAssessment(
                submitted, by, in, countersigned, countersigner, CompletenessTest.complete(safety, rosh));
    }

    static Change<Assessment> record(Optional<Assessment> current, EarlierAssessment earlier, LocalDate born) {
        return Assessment.recordEarlier(
                UUID.randomUUID(), INTERVENTION, CHILD, current, earlier, STARTED, born, TODAY, "priya", "Priya Shah");
    }

    @ParameterizedTest(name = "submitted {0} by {1} in {2}, countersigned {3} by {4}: {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-11-20, Sam Patel, AssetPlus, 2026-11-23, Carl Jennings, -,              -",
                "2026-11-02, Sam Patel, AssetPlus, 2026-11-02, Carl Jennings, -,              -",
                "2027-02-01, Sam Patel, AssetPlus, -,          -,             -,              -",
                "-,          Sam Patel, AssetPlus, -,          -,             submittedOn,    Enter the date the assessment was submitted",
                "2027-02-02, Sam Patel, AssetPlus, -,          -,             submittedOn,    The date the assessment was submitted must be today or in the past",
                "2026-11-01, Sam Patel, AssetPlus, -,          -,             submittedOn,    The date the assessment was submitted must be on or after the intervention started (2 November 2026)",
                "2026-11-20, -,         AssetPlus, -,          -,             completedBy,    Enter the name of the person who completed it",
                "2026-11-20, '  ',      AssetPlus, -,          -,             completedBy,    Enter the name of the person who completed it",
                "2026-11-20, Sam Patel, -,         -,          -,             completedIn,    'Enter where it was completed, for example AssetPlus in the previous case management system'",
                "2026-11-20, Sam Patel, AssetPlus, 2026-11-23, -,             countersignedBy, Enter the name of the manager who countersigned it",
                "2026-11-20, Sam Patel, AssetPlus, -,          Carl Jennings, countersignedOn, Enter the date it was countersigned",
                "2026-11-20, Sam Patel, AssetPlus, 2026-11-19, Carl Jennings, countersignedOn, The date it was countersigned must be on or after the date it was submitted",
                "2026-11-20, Sam Patel, AssetPlus, 2027-02-02, Carl Jennings, countersignedOn, The date it was countersigned must be today or in the past",
            })
    void itsDatesAndPeopleAreChecked(
            LocalDate submitted,
            String by,
            String in,
            LocalDate countersigned,
            String countersigner,
            String field,
            String problem) {
        EarlierAssessment e =
                earlier(submitted, by, in, countersigned, countersigner, Classification.HIGH, Classification.LOW);
        if (field == null) {
            assertThat(e.problems(TODAY, STARTED, BORN)).isEmpty();
            assertThat(record(Optional.empty(), e, BORN).after().submittedOn()).isEqualTo(submitted);
        } else {
            assertThat(e.problems(TODAY, STARTED, BORN)).containsExactly(java.util.Map.entry(field, problem));
            assertThatThrownBy(() -> record(Optional.empty(), e, BORN))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            x -> assertThat(x.errors()).containsEntry(field, problem));
        }
    }

    @ParameterizedTest(name = "born {0}, submitted {1}: {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2016-11-20, 2026-11-20, -",
                "2016-11-21, 2026-11-20, The date the assessment was submitted must be on or after the child's 10th birthday (21 November 2026)",
                "2016-11-03, 2026-11-02, The date the assessment was submitted must be on or after the child's 10th birthday (3 November 2026)",
            })
    void notBeforeTheChildWasTen(LocalDate born, LocalDate submitted, String problem) {
        EarlierAssessment e =
                earlier(submitted, "Sam Patel", "AssetPlus", null, null, Classification.LOW, Classification.LOW);
        if (problem == null) {
            assertThat(e.problems(TODAY, STARTED, born)).isEmpty();
        } else {
            assertThat(e.problems(TODAY, STARTED, born)).containsEntry("submittedOn", problem);
        }
    }

    @ParameterizedTest(name = "S&W {0}, ROSH {1}, countersigned {2}: {3}, awaiting {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "LOW,       LOW,       -,          SUBMITTED,     false, false",
                "MEDIUM,    MEDIUM,    -,          SUBMITTED,     false, false",
                "MEDIUM,    MEDIUM,    2026-11-24, COUNTERSIGNED, false, false",
                "HIGH,      LOW,       2026-11-24, COUNTERSIGNED, true,  false",
                "LOW,       VERY_HIGH, 2026-11-20, COUNTERSIGNED, true,  false",
                "VERY_HIGH, HIGH,      -,          SUBMITTED,     true,  true",
            })
    void itStandsAsItWasLeft(
            Classification safety,
            Classification rosh,
            LocalDate countersigned,
            AssessmentStatus status,
            boolean required,
            boolean awaiting) {
        EarlierAssessment e = earlier(
                LocalDate.of(2026, 11, 20),
                "Sam Patel",
                "AssetPlus in the previous case management system",
                countersigned,
                countersigned == null ? null : "Carl Jennings",
                safety,
                rosh);
        Change<Assessment> change = record(Optional.empty(), e, BORN);
        Assessment a = change.after();
        assertThat(change.isCreation()).isTrue();
        assertThat(a.status()).isEqualTo(status);
        assertThat(a.countersignatureRequired()).isEqualTo(required);
        assertThat(a.awaitingCountersignature()).isEqualTo(awaiting);
        assertThat(a.submittedBy()).isEqualTo("Sam Patel");
        assertThat(a.createdBy()).isEqualTo("priya");
        assertThat(a.countersignedOn()).isEqualTo(countersigned);
        assertThat(a.recordedAfterwards())
                .isEqualTo(new Assessment.RecordedAfterwards(
                        "AssetPlus in the previous case management system", TODAY, "Priya Shah"));
        assertThat(a.details().safetyAndWellbeing().classification()).isEqualTo(safety);
        assertThat(a.details().riskOfHarm().classification()).isEqualTo(rosh);
    }

    @ParameterizedTest(name = "current {0} recorded afterwards {1} submitted {2}; new one {3}: {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-,             false, -,          2026-11-20, -",
                "DRAFT,         false, -,          2026-11-20, This intervention already has an assessment in Desist: an earlier one can only be recorded before the first",
                "SUBMITTED,     false, 2026-11-10, 2026-11-20, This intervention already has an assessment in Desist: an earlier one can only be recorded before the first",
                "COUNTERSIGNED, true,  2026-11-10, 2026-11-20, -",
                "SUBMITTED,     true,  2026-11-10, 2026-11-20, -",
                "SUBMITTED,     true,  2026-11-20, 2026-11-20, 'An assessment submitted on 20 November 2026 is already recorded: record earlier ones oldest first, each after the last'",
                "SUBMITTED,     true,  2026-11-25, 2026-11-20, 'An assessment submitted on 25 November 2026 is already recorded: record earlier ones oldest first, each after the last'",
            })
    void onlyBeforeTheFirstInDesistOldestFirst(
            AssessmentStatus current, boolean recordedAfterwards, LocalDate currentOn, LocalDate on, String problem) {
        Optional<Assessment> now = Optional.ofNullable(current)
                .map(s -> new Assessment(
                        UUID.randomUUID(),
                        INTERVENTION,
                        CHILD,
                        s,
                        CompletenessTest.complete(Classification.MEDIUM, Classification.LOW),
                        false,
                        currentOn,
                        currentOn == null ? null : "Sam Patel",
                        null,
                        null,
                        "priya",
                        null,
                        recordedAfterwards ? new Assessment.RecordedAfterwards("AssetPlus", TODAY, "Priya Shah") : null,
                        1));
        EarlierAssessment e =
                earlier(on, "Sam Patel", "AssetPlus", null, null, Classification.MEDIUM, Classification.MEDIUM);
        if (problem == null) {
            assertThat(record(now, e, BORN).after().submittedOn()).isEqualTo(on);
        } else {
            assertThatThrownBy(() -> record(now, e, BORN))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            x -> assertThat(x.errors()).containsValue(problem));
        }
    }

    @org.junit.jupiter.api.Test
    void notWhileTheLastRecordedAwaitsACountersignature() {
        EarlierAssessment first = earlier(
                LocalDate.of(2026, 11, 10),
                "Sam Patel",
                "AssetPlus",
                null,
                null,
                Classification.HIGH,
                Classification.LOW);
        Assessment awaiting = record(Optional.empty(), first, BORN).after();
        EarlierAssessment second = earlier(
                LocalDate.of(2026, 12, 10),
                "Sam Patel",
                "AssetPlus",
                null,
                null,
                Classification.LOW,
                Classification.LOW);
        assertThatThrownBy(() -> record(Optional.of(awaiting), second, BORN))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        x -> assertThat(x.errors())
                                .containsEntry(
                                        "assessment",
                                        "The current assessment is awaiting a manager's countersignature"));
    }

    @org.junit.jupiter.api.Test
    void theClassificationsThatChangedAreRaisedOnTheDayItWasSubmitted() {
        LocalDate first = LocalDate.of(2026, 11, 10);
        LocalDate second = LocalDate.of(2026, 12, 15);
        Change<Assessment> initial = record(
                Optional.empty(),
                earlier(first, "Sam Patel", "AssetPlus", null, null, Classification.MEDIUM, Classification.LOW),
                BORN);
        assertThat(initial.events())
                .containsExactly(
                        new ClassificationChanged(
                                CHILD, INTERVENTION, Lens.SAFETY_AND_WELLBEING, null, Classification.MEDIUM, first),
                        new ClassificationChanged(
                                CHILD, INTERVENTION, Lens.RISK_OF_HARM, null, Classification.LOW, first),
                        new AssessmentSubmitted(
                                CHILD, INTERVENTION, initial.after().id(), first));
        Change<Assessment> review = record(
                Optional.of(initial.after()),
                earlier(
                        second,
                        "Sam Patel",
                        "AssetPlus",
                        LocalDate.of(2026, 12, 16),
                        "Carl Jennings",
                        Classification.MEDIUM,
                        Classification.HIGH),
                BORN);
        assertThat(review.events())
                .containsExactly(
                        new ClassificationChanged(
                                CHILD,
                                INTERVENTION,
                                Lens.RISK_OF_HARM,
                                Classification.LOW,
                                Classification.HIGH,
                                second),
                        new AssessmentSubmitted(
                                CHILD, INTERVENTION, review.after().id(), second));
    }
}
