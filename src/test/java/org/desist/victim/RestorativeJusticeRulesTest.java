package org.desist.victim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.victim.RestorativeJustice.Decision;
import org.desist.victim.RestorativeJustice.Kind;
import org.desist.victim.RestorativeJustice.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preconditions of restorative justice (Victims' Code 2021; Restorative Justice Council practice). */
class RestorativeJusticeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "{0}, victim {1}, child {2}, risk approved {3} → problems {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                // a direct meeting needs both consents and an approved risk assessment
                "CONFERENCE, GIVEN, GIVEN, true, ''",
                "CONFERENCE, GIVEN, GIVEN, false, riskAssessment",
                "CONFERENCE, -, GIVEN, true, victimConsent",
                "CONFERENCE, GIVEN, -, true, childConsent",
                "CONFERENCE, WITHDRAWN, GIVEN, true, victimConsent",
                "CONFERENCE, REFUSED, REFUSED, false, victimConsent childConsent riskAssessment",
                // indirect work needs both consents, no risk assessment approval
                "LETTER, GIVEN, GIVEN, false, ''",
                "SHUTTLE, GIVEN, GIVEN, false, ''",
                "LETTER, REFUSED, GIVEN, false, victimConsent",
                "SHUTTLE, GIVEN, WITHDRAWN, false, childConsent",
                // reparation to the victim needs both; to the community (the victim wants none) the child's only
                "REPARATION_TO_VICTIM, GIVEN, GIVEN, false, ''",
                "REPARATION_TO_VICTIM, REFUSED, GIVEN, false, victimConsent",
                "COMMUNITY_REPARATION, REFUSED, GIVEN, false, ''",
                "COMMUNITY_REPARATION, -, GIVEN, false, ''",
                "COMMUNITY_REPARATION, REFUSED, -, false, childConsent",
                "-, GIVEN, GIVEN, true, kind",
            })
    void whatEachKindNeedsBeforeItIsPlannedOrHeld(
            Kind kind, Decision victim, Decision child, boolean riskApproved, String expected) {
        assertThat(String.join(
                        " ",
                        RestorativeJusticeRules.preconditions(kind, victim, child, riskApproved)
                                .keySet()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "assessed {0}, manager {1}, assessor {2}, {3} → {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "true, true, false, 2026-03-09, ''",
                "true, true, false, 2026-03-05, ''",
                "true, true, true, 2026-03-09, approvedBy",
                "true, false, false, 2026-03-09, approvedBy",
                "false, true, false, 2026-03-09, riskAssessment",
                "true, true, false, 2026-03-04, approvedOn",
            })
    void aRiskAssessmentIsApprovedByAnotherPersonWhoIsAManager(
            boolean assessed, boolean manager, boolean assessor, LocalDate on, String expected) {
        assertThat(String.join(
                        " ",
                        RestorativeJusticeRules.approval(assessed, manager, assessor, LocalDate.of(2026, 3, 5), on)
                                .keySet()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} held {1}: {2}, reason {3}, satisfaction {4} → {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "CONFERENCE, 2026-03-01, AGREEMENT_REACHED, -, true, ''",
                "CONFERENCE, 2026-03-01, MEETING_HELD, -, false, satisfaction",
                "CONFERENCE, -, MEETING_HELD, -, true, outcome",
                "CONFERENCE, 2026-03-01, LETTER_DELIVERED, -, true, outcome",
                "LETTER, 2026-03-01, LETTER_DELIVERED, -, true, ''",
                "COMMUNITY_REPARATION, 2026-03-01, REPARATION_COMPLETED, -, false, ''",
                "CONFERENCE, -, DID_NOT_GO_AHEAD, The victim moved away, false, ''",
                "CONFERENCE, -, DID_NOT_GO_AHEAD, -, false, note",
                "SHUTTLE, -, DID_NOT_GO_AHEAD, Child withdrew, true, satisfaction",
                "CONFERENCE, 2026-03-01, -, -, false, outcome",
            })
    void anOutcomeComesAfterTheDateHeldOrSaysWhyItDidNotGoAhead(
            Kind kind, LocalDate heldOn, Outcome outcome, String reason, boolean satisfaction, String expected) {
        assertThat(String.join(
                        " ",
                        RestorativeJusticeRules.outcome(kind, heldOn, outcome, reason, satisfaction)
                                .keySet()))
                .isEqualTo(expected);
    }

    @Test
    void aWithdrawalStopsWhatIsPlannedAndAMeetingIsNotHeldWithoutIt() {
        UUID assessor = UUID.randomUUID();
        RestorativeJustice rj = offered()
                .victimDecides(Decision.GIVEN, LocalDate.of(2026, 3, 2), TODAY)
                .after()
                .childDecides(Decision.GIVEN, LocalDate.of(2026, 3, 3), TODAY)
                .after()
                .assessRisk(LocalDate.of(2026, 3, 4), assessor, "No contact since; both want to meet", TODAY)
                .after()
                .approveRisk(UUID.randomUUID(), true, TODAY)
                .after()
                .choose(Kind.CONFERENCE, UUID.randomUUID())
                .after()
                .plan(LocalDate.of(2026, 3, 20))
                .after();
        assertThat(rj.plannedOn()).isEqualTo(LocalDate.of(2026, 3, 20));

        RestorativeJustice withdrawn =
                rj.victimDecides(Decision.WITHDRAWN, TODAY, TODAY).after();
        assertThat(withdrawn.plannedOn()).isNull();
        assertThatThrownBy(() -> withdrawn.hold(TODAY, TODAY))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).errors()).containsKey("victimConsent"));
        assertThatThrownBy(() -> withdrawn.plan(LocalDate.of(2026, 3, 27))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theAssessorDoesNotApproveTheirOwnRiskAssessmentAndANewOneNeedsApprovalAgain() {
        UUID assessor = UUID.randomUUID();
        RestorativeJustice assessed = offered()
                .assessRisk(LocalDate.of(2026, 3, 4), assessor, "Risks managed by a second facilitator", TODAY)
                .after();
        assertThatThrownBy(() -> assessed.approveRisk(assessor, true, TODAY))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).errors().get("approvedBy"))
                                .contains("not the person who made it"));
        RestorativeJustice approved =
                assessed.approveRisk(UUID.randomUUID(), true, TODAY).after();
        assertThat(approved.riskApproved()).isTrue();
        RestorativeJustice reassessed = approved.assessRisk(TODAY, assessor, "New information from the police", TODAY)
                .after();
        assertThat(reassessed.riskApproved()).isFalse();
        assertThat(reassessed.waitingForApproval()).isTrue();
    }

    @ParameterizedTest(name = "offered {0}, how {1} → {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-03-01, PHONE, ''",
                "2026-03-11, PHONE, offeredOn",
                "-, LETTER, offeredOn",
                "2026-03-01, -, offeredHow",
            })
    void anOfferHasADateNotInTheFutureAndAWay(LocalDate on, RestorativeJustice.OfferedHow how, String expected) {
        try {
            RestorativeJustice.offer(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    on,
                    how,
                    null,
                    TODAY);
            assertThat("").isEqualTo(expected);
        } catch (InvalidRequestException e) {
            assertThat(String.join(" ", e.errors().keySet())).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}: planned {1}, done {2} → {3}")
    @CsvSource({
        "COMMUNITY_REPARATION, 10, 4, ''",
        "REPARATION_TO_VICTIM, 6, 6, ''",
        "COMMUNITY_REPARATION, 10, 11, hoursDone",
        "COMMUNITY_REPARATION, 0, 0, hoursPlanned",
        "LETTER, 4, 2, kind",
    })
    void reparationHoursAreForReparationAndNotMoreThanPlanned(Kind kind, int planned, int done, String expected) {
        RestorativeJustice rj = offered()
                .childDecides(Decision.GIVEN, LocalDate.of(2026, 3, 3), TODAY)
                .after()
                .choose(kind, UUID.randomUUID())
                .after();
        try {
            RestorativeJustice after = rj.recordReparation(new RestorativeJustice.Reparation(null, null, planned, done))
                    .after();
            assertThat(after.reparation().hoursDone()).isEqualTo(done);
            assertThat("").isEqualTo(expected);
        } catch (InvalidRequestException e) {
            assertThat(String.join(" ", e.errors().keySet())).isEqualTo(expected);
        }
    }

    private static RestorativeJustice offered() {
        return RestorativeJustice.offer(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        LocalDate.of(2026, 3, 1),
                        RestorativeJustice.OfferedHow.PHONE,
                        null,
                        TODAY)
                .after();
    }
}
