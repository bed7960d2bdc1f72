package org.desist.parenting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A prompt's decision, parenting work and another agency's assessment as their rules check them. */
class ParentingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @ParameterizedTest(name = "{0}, \"{1}\": {2} {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "ASSESS, Mum asked for support, -, -",
                "NOT_NEEDED, Support already in place, -, -",
                "-, Mum asked for support, decision, Select whether a parenting assessment is needed",
                "ASSESS, '  ', reason, Enter the reason for the decision",
            })
    void aDecisionIsAnAnswerWithItsReason(ParentingDecision decision, String reason, String field, String message) {
        ParentingPrompt prompt = prompt();
        if (field == null) {
            var change = prompt.decide(decision, "  " + reason + " ", "Sam Patel", TODAY);
            assertThat(change.before()).isSameAs(prompt);
            assertThat(change.after().open()).isFalse();
            assertThat(change.after().reason()).isEqualTo(reason);
            assertThat(ParentingPrompt.AUDITED.changes(change.before(), change.after()))
                    .extracting(c -> c.field() + ": " + c.newValue())
                    .containsExactly("Decision: " + decision.label(), "Reason: " + reason);
        } else {
            assertThatThrownBy(() -> prompt.decide(decision, reason, "Sam Patel", TODAY))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(field, message)
                                    .hasSize(1));
        }
    }

    @Test
    void aPromptIsDecidedOnce() {
        ParentingPrompt decided = prompt().decide(ParentingDecision.ASSESS, "Mum asked", "Sam Patel", TODAY)
                .after();

        assertThatThrownBy(() -> decided.decide(ParentingDecision.NOT_NEEDED, "Changed my mind", "Kim Lee", TODAY))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        Map.entry("decision", "The decision on this prompt is already recorded")));
    }

    @ParameterizedTest(name = "{0} from {1} to {2}, terms \"{3}\", worker \"{4}\": {5} {6}")
    @CsvSource(
            nullValues = "-",
            value = {
                "PARENTING_ORDER, 2027-01-10, 2027-07-10, Attend a parenting programme, Jo Hughes, -, -",
                "PARENTING_CONTRACT, 2027-01-10, -, Weekly sessions, Jo Hughes, -, -",
                "PARENTING_ORDER, 2027-01-10, 2027-01-10, Attend, Jo Hughes, -, -",
                "-, 2027-01-10, -, Weekly sessions, Jo Hughes, kind, Select the kind of parenting work",
                "PARENTING_CONTRACT, -, -, Weekly sessions, Jo Hughes, startsOn, Enter the date it starts",
                "PARENTING_CONTRACT, 2027-01-10, 2027-01-09, Weekly sessions, Jo Hughes, endsOn, The end date must be on or after the start date",
                "PARENTING_ORDER, 2027-01-10, -, '  ', Jo Hughes, terms, Enter the requirements of the order",
                "PARENTING_CONTRACT, 2027-01-10, -, -, Jo Hughes, terms, Enter the terms or what the work involves",
                "PARENTING_CONTRACT, 2027-01-10, -, Weekly sessions, -, parentingWorker, Enter the parenting worker",
            })
    void parentingWorkSaysWhatItIsWhenAndWhoDoesIt(
            ParentingWorkKind kind,
            LocalDate starts,
            LocalDate ends,
            String terms,
            String worker,
            String field,
            String message) {
        var request = new Parenting.NewWork(kind, starts, ends, terms, worker, "  ");
        if (field == null) {
            var change = ParentingWork.record(UUID.randomUUID(), UUID.randomUUID(), request, "Sam Patel");
            assertThat(change.isCreation()).isTrue();
            assertThat(change.after().agencyRoles()).isNull();
            assertThat(ParentingWork.AUDITED.changes(null, change.after()))
                    .extracting(c -> c.field())
                    .containsExactly("Kind", "Starts", "Parenting worker");
        } else {
            assertThatThrownBy(() -> ParentingWork.record(UUID.randomUUID(), UUID.randomUUID(), request, "Sam Patel"))
                    .isInstanceOfSatisfying(
                            InvalidRequestException.class,
                            e -> assertThat(e.errors())
                                    .containsEntry(field, message)
                                    .hasSize(1));
        }
    }

    @ParameterizedTest(name = "{0} completed {1}, unmet need {2}: {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "EARLY_HELP, 2027-01-20, true, -",
                "EARLY_HELP, 2027-01-20, false, -",
                "CAMHS, 2027-02-01, -, -",
                "FAMILY_RELATIONSHIPS, 2027-01-20, -, kind",
                "CAMHS, -, -, completedOn",
                "CAMHS, 2027-02-02, -, completedOn",
                "EARLY_HELP, 2027-01-20, -, unmetParentingNeed",
            })
    void anotherAgencysAssessmentIsEarlyHelpOrCamhsAndHasHappened(
            ParentingTrigger kind, LocalDate completedOn, Boolean unmet, String field) {
        var problems = ParentingTriggers.otherAssessmentProblems(kind, completedOn, unmet, TODAY);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(field);
        }
    }

    private static ParentingPrompt prompt() {
        return ParentingPrompt.raise(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        ParentingTrigger.CAMHS,
                        "CAMHS assessment completed 2027-01-25",
                        LocalDate.of(2027, 1, 25))
                .after();
    }
}
