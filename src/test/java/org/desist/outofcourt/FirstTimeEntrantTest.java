package org.desist.outofcourt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A child becomes a first-time entrant on their first formal outcome: a caution, conditional caution or conviction. */
class FirstTimeEntrantTest {

    @ParameterizedTest(name = "{0} → first-time entrant since {1}, by {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // interventions as TYPE@start[:closure], since, by
                "COMMUNITY_RESOLUTION@2026-01-10                                      | null       | null",
                "PREVENTION_PROGRAMME@2025-05-01                                      | null       | null",
                "BAIL_SUPPORT@2025-05-01;REMAND_TO_YOUTH_DETENTION@2025-06-01         | null       | null",
                "PARENTING_ORDER@2025-05-01                                           | null       | null",
                "YOUTH_CAUTION@2026-03-03                                             | 2026-03-03 | YOUTH_CAUTION",
                "YOUTH_CONDITIONAL_CAUTION@2026-04-01                                 | 2026-04-01 | YOUTH_CONDITIONAL_CAUTION",
                "REFERRAL_ORDER@2026-05-01                                            | 2026-05-01 | REFERRAL_ORDER",
                "DETENTION_AND_TRAINING_ORDER@2026-05-01                              | 2026-05-01 | DETENTION_AND_TRAINING_ORDER",
                "COMMUNITY_RESOLUTION@2025-01-10;YOUTH_CAUTION@2026-03-03;REFERRAL_ORDER@2026-09-01 | 2026-03-03 | YOUTH_CAUTION",
                "REFERRAL_ORDER@2026-09-01;YOUTH_CAUTION@2026-03-03                   | 2026-03-03 | YOUTH_CAUTION",
                "YOUTH_CAUTION@2026-03-03:NOT_STARTED                                 | null       | null",
                "YOUTH_CAUTION@2026-03-03:NOT_STARTED;YOUTH_REHABILITATION_ORDER@2026-08-01 | 2026-08-01 | YOUTH_REHABILITATION_ORDER",
                "YOUTH_CONDITIONAL_CAUTION@2026-04-01:BREACHED                        | 2026-04-01 | YOUTH_CONDITIONAL_CAUTION",
            })
    void theFirstFormalOutcomeCounts(String interventions, LocalDate since, InterventionType by) {
        FirstTimeEntrant fte = FirstTimeEntrant.from(parse(interventions));
        assertThat(fte.since()).isEqualTo(since);
        assertThat(fte.by()).isEqualTo(by);
        assertThat(fte.entered()).isEqualTo(since != null);
    }

    @ParameterizedTest(name = "{0} proposed, already entered {1} → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "YOUTH_CAUTION             | false | would make the child a first-time entrant",
                "YOUTH_CONDITIONAL_CAUTION | false | would make the child a first-time entrant",
                "CHARGE                    | false | if they are convicted",
                "COMMUNITY_RESOLUTION      | false | would not make the child a first-time entrant",
                "NO_FURTHER_ACTION         | false | would not make the child a first-time entrant",
                "YOUTH_CAUTION             | true  | already a first-time entrant",
            })
    void saysWhatAProposedOutcomeWouldDo(Outcome proposed, boolean entered, String effect) {
        FirstTimeEntrant fte = entered
                ? new FirstTimeEntrant(LocalDate.of(2026, 3, 3), InterventionType.YOUTH_CAUTION)
                : new FirstTimeEntrant(null, null);
        assertThat(fte.effectOf(proposed, proposed.genericName()))
                .hasValueSatisfying(s -> assertThat(s).contains(effect));
    }

    @Test
    void everyTypeIsClassified() {
        for (InterventionType type : InterventionType.values()) {
            // no exception: each kind is decided
            FirstTimeEntrant.formal(type);
        }
        assertThat(FirstTimeEntrant.formal(InterventionType.COMMUNITY_RESOLUTION))
                .isFalse();
        assertThat(FirstTimeEntrant.formal(InterventionType.YOUTH_CAUTION)).isTrue();
    }

    private static List<Intervention> parse(String list) {
        List<Intervention> interventions = new ArrayList<>();
        for (String item : list.split(";")) {
            String[] typeAndRest = item.trim().split("@");
            String[] dateAndClosure = typeAndRest[1].split(":");
            ClosureReason closure = dateAndClosure.length > 1 ? ClosureReason.valueOf(dateAndClosure[1]) : null;
            interventions.add(new Intervention(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    null,
                    UUID.randomUUID(),
                    InterventionType.valueOf(typeAndRest[0]),
                    LocalDate.parse(dateAndClosure[0]),
                    null,
                    closure == null ? Intervention.Status.ACTIVE : Intervention.Status.CLOSED,
                    closure,
                    null,
                    null,
                    null,
                    0,
                    null,
                    null));
        }
        return interventions;
    }
}
