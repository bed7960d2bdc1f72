package org.desist.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.FieldChange;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The escalation aggregate: raising starts level 1 with its first step; escalating ends the current step with its
 * outcome and opens the level above; resolving ends it and closes the escalation; a closed one cannot change.
 * Real dates; "today" is Monday 1 February 2027.
 */
class EscalationTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    static final LocalDate BORN = LocalDate.of(2011, 5, 3);
    static final EscalationLadder LADDER = EscalationLadder.standard();

    static Escalation raised(LocalDate on) {
        return Escalation.raise(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new EscalationRules.Raise(
                                EscalationKind.DISAGREEMENT,
                                " Whether he can go home ",
                                RaisingService.YOS,
                                on,
                                " Workers "),
                        TODAY,
                        BORN,
                        LADDER)
                .after();
    }

    @Test
    void raisingStartsTheFirstLevelWithItsStep() {
        Change<Escalation> change = Escalation.raise(
                UUID.randomUUID(),
                UUID.randomUUID(),
                new EscalationRules.Raise(
                        EscalationKind.SERVICE_CONCERN,
                        " Late reports ",
                        RaisingService.SOCIAL_CARE,
                        TODAY,
                        " Workers "),
                TODAY,
                BORN,
                LADDER);
        Escalation e = change.after();
        assertThat(change.isCreation()).isTrue();
        assertThat(e.level()).isEqualTo(1);
        assertThat(e.levelRole()).isEqualTo("The two workers");
        assertThat(e.nextLevelRole()).isEqualTo("Their line managers");
        assertThat(e.about()).isEqualTo("Late reports");
        assertThat(e.steps()).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo(1);
            assertThat(s.holder()).isEqualTo("Workers");
            assertThat(s.startedOn()).isEqualTo(TODAY);
            assertThat(s.open()).isTrue();
        });
        assertThat(Escalation.AUDITED.changes(null, e))
                .containsExactly(
                        new FieldChange("What it is about", null, "Late reports"),
                        new FieldChange("Raised on", null, "2027-02-01"),
                        new FieldChange("Level", null, "1 – The two workers"),
                        new FieldChange("Held by", null, "Workers"));
    }

    @Test
    void raisingBeforeTheChildWasBornIsRefused() {
        assertThatThrownBy(() -> raised(BORN.minusDays(1)))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(x -> ((InvalidRequestException) x).errors())
                .isEqualTo(Map.of("raisedOn", "The date it was raised must be on or after the child's date of birth"));
    }

    @Test
    void escalatingEndsTheStepWithItsOutcomeAndOpensTheLevelAbove() {
        Escalation before = raised(LocalDate.of(2027, 1, 18));
        Change<Escalation> change = before.escalate(
                new EscalationRules.Escalate(" No agreement ", LocalDate.of(2027, 1, 25), " Team managers "),
                TODAY,
                LADDER);
        Escalation after = change.after();
        assertThat(change.before()).isEqualTo(before);
        assertThat(after.level()).isEqualTo(2);
        assertThat(after.levelRole()).isEqualTo("Their line managers");
        assertThat(after.holder()).isEqualTo("Team managers");
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.steps()).hasSize(2);
        EscalationStep left = after.steps().get(0);
        assertThat(left.id()).isEqualTo(before.steps().get(0).id());
        assertThat(left.endedOn()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(left.outcome()).isEqualTo("No agreement");
        assertThat(after.currentStep().level()).isEqualTo(2);
        assertThat(after.currentStep().startedOn()).isEqualTo(LocalDate.of(2027, 1, 25));
        assertThat(Escalation.stepLeft(1).changes(before.steps().get(0), left))
                .containsExactly(
                        new FieldChange("Outcome at level 1", null, "No agreement"),
                        new FieldChange("Escalated on", null, "2027-01-25"));
        assertThat(Escalation.AUDITED.changes(before, after))
                .containsExactly(
                        new FieldChange("Level", "1 – The two workers", "2 – Their line managers"),
                        new FieldChange("Held by", "Workers", "Team managers"));
    }

    @ParameterizedTest(name = "escalated on {0} (the step started 2027-01-18) → {1}")
    @CsvSource({
        "2027-01-17, The date it was escalated must be on or after the day this level started",
        "2027-02-02, The date it was escalated must be today or in the past",
    })
    void escalatingOnADateOutsideTheStepIsRefused(LocalDate on, String message) {
        Escalation before = raised(LocalDate.of(2027, 1, 18));
        assertThatThrownBy(() -> before.escalate(new EscalationRules.Escalate("No", on, "Heads"), TODAY, LADDER))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(x -> ((InvalidRequestException) x).errors())
                .isEqualTo(Map.of("on", message));
    }

    @Test
    void atTheTopOfTheLadderItCanOnlyBeResolved() {
        EscalationLadder two = new EscalationLadder(List.of("Workers", "Managers"));
        Escalation top = Escalation.raise(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new EscalationRules.Raise(
                                EscalationKind.DISAGREEMENT, "Home", RaisingService.YOS, LocalDate.of(2027, 1, 4), "W"),
                        TODAY,
                        BORN,
                        two)
                .after()
                .escalate(new EscalationRules.Escalate("No", LocalDate.of(2027, 1, 11), "M"), TODAY, two)
                .after();
        assertThat(top.canEscalate()).isFalse();
        assertThatThrownBy(() -> top.escalate(new EscalationRules.Escalate("No", TODAY, "D"), TODAY, two))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(x -> ((InvalidRequestException) x).errors())
                .isEqualTo(
                        Map.of("outcome", "It is already with managers, the last level: record how it was resolved"));
    }

    @Test
    void resolvingClosesItAndItsStepAndThenNothingMoreChanges() {
        Escalation before = raised(LocalDate.of(2027, 1, 18));
        Change<Escalation> change =
                before.resolve(new EscalationRules.Resolve(" Agreed a plan ", LocalDate.of(2027, 1, 29)), TODAY);
        Escalation after = change.after();
        assertThat(after.open()).isFalse();
        assertThat(after.resolution()).isEqualTo("Agreed a plan");
        assertThat(after.level()).isEqualTo(1);
        assertThat(after.steps()).singleElement().satisfies(s -> {
            assertThat(s.endedOn()).isEqualTo(LocalDate.of(2027, 1, 29));
            assertThat(s.outcome()).isEqualTo("Agreed a plan");
        });
        assertThat(Escalation.AUDITED.changes(before, after))
                .containsExactly(
                        new FieldChange("Resolution", null, "Agreed a plan"),
                        new FieldChange("Resolved on", null, "2027-01-29"));
        assertThatThrownBy(() -> after.resolve(new EscalationRules.Resolve("Again", TODAY), TODAY))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(x -> ((InvalidRequestException) x).errors())
                .isEqualTo(Map.of("outcome", "It was resolved on 2027-01-29: it is closed"));
    }

    @ParameterizedTest(name = "step due {0}, today {1} → stalled {2}, visible to {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-02-01, 2027-02-01, false, -",
                "2027-01-29, 2027-02-01, true,  Their line managers",
                "-,          2027-02-01, false, -",
            })
    void aStepStallsOnceItsDueDateHasPassed(LocalDate due, LocalDate today, boolean stalled, String visibleTo) {
        Escalation e = raised(LocalDate.of(2027, 1, 18)).withStepDue(due, today, LADDER);
        assertThat(e.stepDue()).isEqualTo(due);
        assertThat(e.stalled()).isEqualTo(stalled);
        assertThat(e.stalledVisibleTo()).isEqualTo(visibleTo);
    }
}
