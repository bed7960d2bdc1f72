package org.desist.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.Offset;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The escalation ladder (the joint protocol between children's social care and the YOS, "Disagreements and escalation"): its levels and who sees a stalled
 * step, what escalating and resolving need, and when a step stalls — the shipped rule on real dates across
 * Christmas 2026 (25 and 28 December 2026 and 1 January 2027 are bank holidays).
 */
class EscalationRulesTest {

    static DueItemRule rule;
    static WorkingDayCalendar calendar;

    static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @BeforeAll
    static void shipped() throws IOException {
        try (InputStream in = EscalationRulesTest.class.getResourceAsStream("/deadline/rules.json")) {
            rule = JsonMapper.builder().build().readValue(in, new TypeReference<List<DueItemRule>>() {}).stream()
                    .filter(r -> r.id().equals(Escalations.RULE))
                    .findFirst()
                    .orElseThrow();
        }
        try (InputStream in =
                EscalationRulesTest.class.getResourceAsStream("/calendar/bank-holidays-england-and-wales.json")) {
            calendar = TestCalendars.read(in);
        }
    }

    @Test
    void aStepIsADueItemOfTenWorkingDaysThatALocalProtocolMayChange() {
        assertThat(rule.offset()).isEqualTo(new Offset(10, Offset.Unit.WORKING_DAYS));
        assertThat(rule.trigger()).isEqualTo(Escalations.STEP_STARTED);
        assertThat(rule.fulfilledBy()).isEqualTo(Escalations.STEP_CONCLUDED);
        assertThat(rule.locallyConfigurable()).isTrue();
        assertThat(rule.repeats()).isFalse();
    }

    @ParameterizedTest(name = "a step started {0} is due {1} and has stalled on {2}")
    @CsvSource({
        // Monday 21 December: 22, 23, 24, 29, 30, 31 December, 4, 5, 6, 7 January (25, 28 Dec, 1 Jan skipped).
        "2026-12-21, 2027-01-07, 2027-01-08",
        // Christmas Eve: 29, 30, 31 December, 4 to 8, 11 and 12 January.
        "2026-12-24, 2027-01-12, 2027-01-13",
        // Raised on Boxing Day (a Saturday): day 0 is the Saturday, 29 December is the first working day.
        "2026-12-26, 2027-01-12, 2027-01-13",
        "2027-01-04, 2027-01-18, 2027-01-19",
    })
    void aStepStallsTheDayAfterItsTenthWorkingDay(LocalDate started, LocalDate due, LocalDate stalledOn) {
        LocalDate computed = rule.offset().dueAfter(started, calendar).date();
        assertThat(computed).isEqualTo(due);
        assertThat(EscalationRules.stalled(computed, due)).isFalse();
        assertThat(EscalationRules.stalled(computed, stalledOn)).isTrue();
    }

    @ParameterizedTest(name = "level {0}: {1}; above it {2}; a stalled step is visible to {3}")
    @CsvSource({
        "1, The two workers, 2, Their line managers",
        "2, Their line managers, 3, The heads of service",
        "3, The heads of service, 4, The director responsible for child protection",
        "4, The director responsible for child protection, , The director responsible for child protection",
    })
    void theStandardLadder(int level, String role, Integer above, String stalledVisibleTo) {
        EscalationLadder ladder = EscalationLadder.standard();
        assertThat(ladder.top()).isEqualTo(4);
        assertThat(ladder.roleAt(level)).isEqualTo(role);
        assertThat(ladder.above(level).orElse(null)).isEqualTo(above);
        assertThat(ladder.stalledVisibleTo(level)).isEqualTo(stalledVisibleTo);
    }

    @Test
    void aLocalLadderMayHaveOtherLevelsButNeedsOneWithARoleEach() {
        EscalationLadder local =
                new EscalationLadder(List.of(" Practitioners ", "Team managers", "Assistant director"));
        assertThat(local.top()).isEqualTo(3);
        assertThat(local.roleAt(1)).isEqualTo("Practitioners");
        assertThat(local.stalledVisibleTo(2)).isEqualTo("Assistant director");
        assertThatThrownBy(() -> local.roleAt(4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationLadder(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationLadder(List.of("Workers", " ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] level {0}, outcome \"{1}\", on {2}, holder \"{3}\" → {4}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "1 | Not agreed on the return home | 2027-01-08 | Kim Lee and Pat Shaw | ",
                "1 | null | 2027-01-08 | Kim Lee | outcome=Enter the outcome at this level before escalating it",
                "1 | '  ' | 2027-01-08 | Kim Lee | outcome=Enter the outcome at this level before escalating it",
                "1 | Not agreed | 2026-12-18 | Kim Lee | on=The date it was escalated must be on or after the day this level started",
                "1 | Not agreed | 2027-02-02 | Kim Lee | on=The date it was escalated must be today or in the past",
                "1 | Not agreed | null | Kim Lee | on=Enter the date it was escalated",
                "2 | Not agreed | 2027-01-08 | null | holder=Enter who holds it now (the heads of service)",
                "4 | Not agreed | 2027-01-08 | Someone | outcome=It is already with the director responsible for child protection, the last level: record how it was resolved",
            })
    void escalating(int level, String outcome, LocalDate on, String holder, String problem) {
        var problems = EscalationRules.escalating(
                new EscalationRules.Escalate(outcome, on, holder),
                level,
                LocalDate.of(2026, 12, 21),
                TODAY,
                EscalationLadder.standard());
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            String[] p = problem.split("=", 2);
            assertThat(problems).containsExactly(java.util.Map.entry(p[0], p[1]));
        }
    }

    @ParameterizedTest(name = "[{index}] outcome \"{0}\", on {1} → {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "Agreed a joint visit and a shared plan | 2027-01-04 | ",
                "Agreed | 2026-12-21 | ",
                "null | 2027-01-04 | outcome=Enter the outcome: how it was resolved",
                "Agreed | 2026-12-20 | on=The date it was resolved must be on or after the day this level started",
                "Agreed | 2027-02-02 | on=The date it was resolved must be today or in the past",
            })
    void resolving(String outcome, LocalDate on, String problem) {
        var problems =
                EscalationRules.resolving(new EscalationRules.Resolve(outcome, on), LocalDate.of(2026, 12, 21), TODAY);
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            String[] p = problem.split("=", 2);
            assertThat(problems).containsExactly(java.util.Map.entry(p[0], p[1]));
        }
    }

    @Test
    void raisingNeedsEverything() {
        assertThat(EscalationRules.raising(
                        new EscalationRules.Raise(null, " ", null, null, null), TODAY, LocalDate.of(2010, 1, 1)))
                .containsOnlyKeys("kind", "about", "raisedBy", "raisedOn", "holder");
        assertThat(EscalationRules.raising(
                        new EscalationRules.Raise(
                                EscalationKind.DISAGREEMENT,
                                "Return home on release",
                                RaisingService.SOCIAL_CARE,
                                LocalDate.of(2026, 12, 21),
                                "Kim Lee and Pat Shaw"),
                        TODAY,
                        LocalDate.of(2010, 1, 1)))
                .isEmpty();
        assertThat(EscalationRules.raising(
                        new EscalationRules.Raise(
                                EscalationKind.SERVICE_CONCERN,
                                "x".repeat(EscalationRules.LONGEST_TEXT + 1),
                                RaisingService.YOS,
                                LocalDate.of(2009, 12, 31),
                                "Kim Lee"),
                        TODAY,
                        LocalDate.of(2010, 1, 1)))
                .containsOnlyKeys("about", "raisedOn");
    }
}
