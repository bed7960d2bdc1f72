package org.desist.outofcourt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.outofcourt.OutOfCourtDisposals.NewReferral;
import org.desist.outofcourt.Referral.Attendee;
import org.desist.outofcourt.Referral.PanelDecision;
import org.desist.outofcourt.Referral.Stage;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.security.Agency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The referral's own rules (YJB case management guidance, out-of-court disposals), with real dates. */
class ReferralRulesTest {

    private static final LocalDate REFERRED_ON = LocalDate.of(2026, 12, 14);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 21);
    private static final UUID CASE_MANAGER = UUID.randomUUID();
    private static final UUID OFFENCE = UUID.randomUUID();
    private static final List<Attendee> JOINT =
            List.of(new Attendee("PC Moss", Agency.POLICE), new Attendee("Sam Okafor", Agency.YOUTH_JUSTICE_SERVICE));

    private static Referral referred() {
        return Referral.refer(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        new NewReferral(REFERRED_ON, " NB/1/26 ", " ", null, CASE_MANAGER, List.of(OFFENCE, OFFENCE)),
                        TODAY,
                        Set.of(CASE_MANAGER),
                        OFFENCE::equals)
                .after();
    }

    private static Referral decided(Outcome decision, LocalDate policeToldOn) {
        return referred()
                .recordPanelDecision(
                        new PanelDecision(
                                REFERRED_ON.plusDays(2),
                                JOINT,
                                decision,
                                decision,
                                " Admitted ",
                                null,
                                null,
                                policeToldOn),
                        TODAY)
                .after();
    }

    private static Map<String, String> refused(Runnable change) {
        try {
            change.run();
        } catch (InvalidRequestException e) {
            return e.errors();
        }
        return Map.of();
    }

    @Test
    void aReferralIsRecordedTrimmedWithEachOffenceOnce() {
        Change<Referral> change = Referral.refer(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                new NewReferral(REFERRED_ON, " NB/1/26 ", " ", null, CASE_MANAGER, List.of(OFFENCE, OFFENCE)),
                TODAY,
                Set.of(CASE_MANAGER),
                OFFENCE::equals);
        assertThat(change.isCreation()).isTrue();
        assertThat(change.after().policeReference()).isEqualTo("NB/1/26");
        assertThat(change.after().referringOfficer()).isNull();
        assertThat(change.after().offenceIds()).containsExactly(OFFENCE);
        assertThat(change.after().stage()).isEqualTo(Stage.REFERRED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "fine                       | 2026-12-14 | NB/1 | null       | true  | true  | null           | null",
                "no date                    | null       | NB/1 | null       | true  | true  | referralDate   | Enter the date of the referral",
                "tomorrow                   | 2026-12-22 | NB/1 | null       | true  | true  | referralDate   | The date of the referral must be today or in the past",
                "no police reference        | 2026-12-14 | ' '  | null       | true  | true  | policeReference | Enter the police reference",
                "bail before the referral   | 2026-12-14 | NB/1 | 2026-12-13 | true  | true  | bailDate       | The bail date must be on or after the date of the referral",
                "bail on the day            | 2026-12-14 | NB/1 | 2026-12-14 | true  | true  | null           | null",
                "another service's manager  | 2026-12-14 | NB/1 | null       | false | true  | caseManagerId  | Select a case manager from this youth justice service",
                "another child's offence    | 2026-12-14 | NB/1 | null       | true  | false | offenceIds     | Select only this child's offences",
            })
    void whatAReferralMustSay(
            String name,
            LocalDate referralDate,
            String reference,
            LocalDate bailDate,
            boolean ourCaseManager,
            boolean childsOffence,
            String field,
            String message) {
        Map<String, String> problems = Referral.problemsReferring(
                new NewReferral(referralDate, reference, null, bailDate, CASE_MANAGER, List.of(OFFENCE)),
                TODAY,
                ourCaseManager ? Set.of(CASE_MANAGER) : Set.of(),
                o -> childsOffence);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, message).hasSize(1);
        }
    }

    @Test
    void aReferralNeedsItsCaseManagerAndOffences() {
        assertThat(Referral.problemsReferring(
                        new NewReferral(REFERRED_ON, "NB/1", null, null, null, null), TODAY, Set.of(), o -> true))
                .containsEntry("caseManagerId", "Select the case manager")
                .containsEntry("offenceIds", "Select the offence or offences the referral concerns");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "set                   | false | 2026-12-18 | null",
                "on the referral's day | false | 2026-12-14 | null",
                "before the referral   | false | 2026-12-13 | The bail date must be on or after the date of the referral",
                "none                  | false | null       | Enter the bail date",
                "withdrawn             | true  | 2026-12-18 | The police withdrew this referral",
            })
    void theBailDate(String name, boolean withdrawn, LocalDate bail, String message) {
        Referral referral =
                withdrawn ? referred().withdraw(TODAY, "No evidence", TODAY).after() : referred();
        Map<String, String> problems = refused(() -> {
            Change<Referral> change = referral.correctBailDate(bail);
            assertThat(change.after().bailDate()).isEqualTo(bail);
            assertThat(change.before()).isSameAs(referral);
        });
        if (message == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsExactly(Map.entry("bailDate", message));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "withdrawn today       | false | 2026-12-21 | No evidence | null        | null",
                "before the referral   | false | 2026-12-13 | No evidence | withdrawnOn | The referral cannot be withdrawn before it was made",
                "tomorrow              | false | 2026-12-22 | No evidence | withdrawnOn | The date the police withdrew the referral must be today or in the past",
                "no date               | false | null       | No evidence | withdrawnOn | Enter the date the police withdrew the referral",
                "no reason             | false | 2026-12-21 | ' '         | reason      | Enter why the police withdrew the referral",
                "after the panel       | true  | 2026-12-21 | No evidence | withdrawnOn | The panel has decided: record how the disposal ended instead",
            })
    void withdrawal(String name, boolean decided, LocalDate on, String reason, String field, String message) {
        Referral referral = decided ? decided(Outcome.YOUTH_CAUTION, null) : referred();
        Map<String, String> problems = refused(() -> {
            Referral after = referral.withdraw(on, reason, TODAY).after();
            assertThat(after.stage()).isEqualTo(Stage.WITHDRAWN);
            assertThat(after.withdrawnReason()).isEqualTo("No evidence");
        });
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsEntry(field, message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "police and YOS         | POLICE | YOUTH_JUSTICE_SERVICE | YOUTH_CAUTION     | null | attendees | null",
                "police only            | POLICE | POLICE                | YOUTH_CAUTION     | null | attendees | Record at least one attendee from the police and one from the youth justice service: the panel is joint",
                "YOS only               | YOUTH_JUSTICE_SERVICE | YOUTH_JUSTICE_SERVICE | YOUTH_CAUTION | null | attendees | Record at least one attendee from the police and one from the youth justice service: the panel is joint",
                "conditional, no terms  | POLICE | YOUTH_JUSTICE_SERVICE | YOUTH_CONDITIONAL_CAUTION | null | conditions | Enter the conditions of the youth conditional caution",
                "told before the panel  | POLICE | YOUTH_JUSTICE_SERVICE | YOUTH_CAUTION     | 2026-12-15 | policeToldOn | The police cannot be told of the decision before the panel",
                "told tomorrow          | POLICE | YOUTH_JUSTICE_SERVICE | YOUTH_CAUTION     | 2026-12-22 | policeToldOn | The date the police were told must be today or in the past",
            })
    void thePanelIsJoint(
            String name,
            Agency first,
            Agency second,
            Outcome decision,
            LocalDate toldOn,
            String field,
            String message) {
        PanelDecision panel = new PanelDecision(
                LocalDate.of(2026, 12, 16),
                List.of(new Attendee("A", first), new Attendee("B", second)),
                Outcome.YOUTH_CAUTION,
                decision,
                "Admitted, first offence",
                null,
                null,
                toldOn);
        Map<String, String> problems = referred().problemsRecordingPanel(panel, TODAY);
        if (message == null) {
            assertThat(problems).doesNotContainKey(field);
        } else {
            assertThat(problems).containsEntry(field, message);
        }
    }

    @Test
    void theDecisionMovesTheReferralOnAndIsRecordedOnce() {
        assertThat(decided(Outcome.YOUTH_CAUTION, null).stage()).isEqualTo(Stage.IN_DELIVERY);
        assertThat(decided(Outcome.NO_FURTHER_ACTION, null).stage()).isEqualTo(Stage.DECIDED_NO_FURTHER_ACTION);
        assertThat(decided(Outcome.CHARGE, null).stage()).isEqualTo(Stage.CHARGED);
        assertThat(decided(Outcome.YOUTH_CAUTION, null).panel().rationale()).isEqualTo("Admitted");
        Referral once = decided(Outcome.YOUTH_CAUTION, null);
        assertThat(refused(() -> once.recordPanelDecision(once.panel(), TODAY)))
                .containsEntry("panelDate", "The panel's decision has already been recorded");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "told today            | true  | null       | 2026-12-21 | null",
                "no panel yet          | false | null       | 2026-12-21 | Record the panel's decision first",
                "already told          | true  | 2026-12-17 | 2026-12-21 | The police have already been told of the decision",
                "before the panel      | true  | null       | 2026-12-15 | The police cannot be told of the decision before the panel",
                "tomorrow              | true  | null       | 2026-12-22 | The date the police were told must be today or in the past",
                "no date               | true  | null       | null       | Enter the date the police were told of the decision",
            })
    void tellingThePolice(String name, boolean panel, LocalDate toldBefore, LocalDate on, String message) {
        Referral referral = panel ? decided(Outcome.YOUTH_CAUTION, toldBefore) : referred();
        Map<String, String> problems = refused(
                () -> assertThat(referral.tellPolice(on, TODAY).after().panel().policeToldOn())
                        .isEqualTo(on));
        if (message == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsExactly(Map.entry("policeToldOn", message));
        }
    }

    @Test
    void onlyADisposalBeingDeliveredEnds() {
        assertThatThrownBy(() -> referred().complete(TODAY))
                .isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).errors())
                .isEqualTo(Map.of("endedOn", "Only a disposal being delivered can be completed or not complied with"));
        assertThat(refused(() -> referred().notComply(TODAY, "Missed sessions", true, Map.of())))
                .containsOnlyKeys("endedOn");
    }
}
