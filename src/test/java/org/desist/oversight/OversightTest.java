package org.desist.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The record of oversight as an aggregate (YJB case management guidance, management oversight): recorded by a
 * manager other than the case manager, corrected only by the manager who recorded it, each change checked by
 * {@link OversightRules} with real dates ("today" Monday 1 February 2027; the work began 18 December 2026).
 */
class OversightTest {

    static final UUID CASE_MANAGER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID MANAGER = UUID.fromString("00000000-0000-0000-0000-000000000002");
    static final UUID OTHER_MANAGER = UUID.fromString("00000000-0000-0000-0000-000000000003");
    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final Oversight.Work WORK =
            new Oversight.Work(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 12, 18), CASE_MANAGER);

    @ParameterizedTest(name = "{0} on {1}, {2}: {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // Recorded, and dated from the day the work began to today.
                "MANAGER      | 2027-02-01 | SUFFICIENT   | -",
                "MANAGER      | 2026-12-18 | SUFFICIENT   | -",
                "MANAGER      | 2027-02-02 | SUFFICIENT   | recordedOn",
                "MANAGER      | 2026-12-17 | SUFFICIENT   | recordedOn",
                // The case's own case manager may not oversee it.
                "CASE_MANAGER | 2027-02-01 | SUFFICIENT   | manager",
                // Work that needs action needs the direction and the actions (given here).
                "MANAGER      | 2027-01-29 | NEEDS_ACTION | -",
            })
    void recordingIsCheckedByTheRules(String who, String on, String judgement, String refusedOn) {
        OversightDetails details = details(LocalDate.parse(on), Judgement.valueOf(judgement));
        UUID manager = who.equals("MANAGER") ? MANAGER : CASE_MANAGER;
        if (refusedOn == null) {
            Change<Oversight> change =
                    Oversight.record(UUID.randomUUID(), WORK, details, manager, "Sam Manager", "sam", TODAY);
            assertThat(change.isCreation()).isTrue();
            assertThat(change.events()).isEmpty();
            assertThat(change.after().recordedOn()).isEqualTo(LocalDate.parse(on));
            assertThat(change.after().managerId()).isEqualTo(manager);
            assertThat(change.after().version()).isZero();
        } else {
            assertThatThrownBy(() ->
                            Oversight.record(UUID.randomUUID(), WORK, details, manager, "Sam Manager", "sam", TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(refusedOn));
        }
    }

    @Test
    void aRecordKeepsEachAreaOnceAndItsTextTrimmed() {
        OversightDetails details = new OversightDetails(
                LocalDate.of(2027, 2, 1),
                List.of(OversightArea.PLAN, OversightArea.ASSESSMENT, OversightArea.PLAN),
                Judgement.SUFFICIENT,
                "  Keep going  ",
                " ",
                null,
                LocalDate.of(2027, 5, 1));

        Oversight recorded = Oversight.record(UUID.randomUUID(), WORK, details, MANAGER, "Sam Manager", "sam", TODAY)
                .after();

        assertThat(recorded.areas()).containsExactly(OversightArea.PLAN, OversightArea.ASSESSMENT);
        assertThat(recorded.direction()).isEqualTo("Keep going");
        assertThat(recorded.actions()).isNull();
        assertThat(recorded.interventionId()).isEqualTo(WORK.interventionId());
        assertThat(recorded.childId()).isEqualTo(WORK.childId());
        assertThat(recorded.recordedBy()).isEqualTo("sam");
    }

    @ParameterizedTest(name = "{0} corrects it to {1}, next due {2}: {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "MANAGER       | 2027-01-29 | 2027-04-29 | -",
                // Only the manager who recorded it, whatever the details.
                "OTHER_MANAGER | 2027-01-29 | 2027-04-29 | manager",
                "OTHER_MANAGER | 2027-02-02 | 2027-01-01 | manager",
                // The rules hold for a correction too.
                "MANAGER       | 2027-02-02 | 2027-04-29 | recordedOn",
                "MANAGER       | 2027-01-29 | 2027-01-29 | nextDue",
            })
    void onlyTheManagerWhoRecordedItCorrectsItWithinTheRules(String who, String on, String nextDue, String refusedOn) {
        Oversight recorded = recorded();
        UUID manager = who.equals("MANAGER") ? MANAGER : OTHER_MANAGER;
        OversightDetails details = new OversightDetails(
                LocalDate.parse(on),
                List.of(OversightArea.TIMELINESS),
                Judgement.SUFFICIENT,
                null,
                null,
                null,
                LocalDate.parse(nextDue));
        if (refusedOn == null) {
            Change<Oversight> change = recorded.correct(WORK, details, manager, TODAY);
            assertThat(change.before()).isEqualTo(recorded);
            assertThat(change.after().recordedOn()).isEqualTo(LocalDate.parse(on));
            assertThat(change.after().areas()).containsExactly(OversightArea.TIMELINESS);
            assertThat(change.after().judgement()).isEqualTo(Judgement.SUFFICIENT);
            assertThat(change.after().direction()).isNull();
            // Who recorded it, and the version the correction is made from, stay.
            assertThat(change.after().managerId()).isEqualTo(MANAGER);
            assertThat(change.after().recordedBy()).isEqualTo("sam");
            assertThat(change.after().version()).isEqualTo(3);
        } else {
            assertThatThrownBy(() -> recorded.correct(WORK, details, manager, TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors()).containsOnlyKeys(refusedOn));
        }
    }

    @Test
    void anotherManagerIsToldOnlyThatTheyCannotChangeIt() {
        assertThatThrownBy(() -> recorded()
                        .correct(WORK, details(LocalDate.of(2027, 2, 1), Judgement.SUFFICIENT), OTHER_MANAGER, TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(java.util.Map.entry(
                                        "manager", "Only the manager who recorded this oversight can change it")));
    }

    private static Oversight recorded() {
        return new Oversight(
                UUID.randomUUID(),
                WORK.interventionId(),
                WORK.childId(),
                LocalDate.of(2027, 1, 25),
                MANAGER,
                "Sam Manager",
                Arrays.asList(OversightArea.ASSESSMENT),
                Judgement.NEEDS_ACTION,
                "Submit the assessment",
                "Book the panel",
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 4, 25),
                "sam",
                3);
    }

    private static OversightDetails details(LocalDate on, Judgement judgement) {
        return new OversightDetails(
                on,
                List.of(OversightArea.ASSESSMENT, OversightArea.TIMELINESS),
                judgement,
                "Submit the assessment this week",
                "Book the initial panel",
                on,
                on.plusMonths(3));
    }
}
