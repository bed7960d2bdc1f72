package org.desist.intervention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Closing an intervention with due items still open: which items count, and who may override them. */
class ClosureRulesTest {

    static DueItem item(String fulfilledBy, String name, String due, DueItem.Status status) {
        return new DueItem(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                new DueItemRule(
                        fulfilledBy.toLowerCase(),
                        name,
                        "source",
                        "TRIGGER",
                        new Offset(15, Offset.Unit.WORKING_DAYS),
                        "CASE_MANAGER",
                        fulfilledBy,
                        true,
                        REPEATING.contains(fulfilledBy)),
                "INTERVENTION",
                UUID.randomUUID(),
                LocalDate.of(2026, 12, 1),
                LocalDate.parse(due),
                "reason",
                status,
                null,
                null,
                null,
                0);
    }

    /** Rules that repeat while the work lasts (interval reviews, progress panels). */
    static final java.util.Set<String> REPEATING = java.util.Set.of("REVIEW_RECORDED", "YOUTH_OFFENDER_PANEL_PROGRESS");

    /** "ASSESSMENT_SUBMITTED:OPEN,YOUTH_CONDITIONAL_CAUTION_CONCLUDED:OPEN" */
    static List<DueItem> items(String spec) {
        List<DueItem> items = new ArrayList<>();
        if (spec == null) {
            return items;
        }
        for (String one : spec.split(",")) {
            String[] parts = one.trim().split(":");
            items.add(item(
                    parts[0],
                    parts[0].equals("ASSESSMENT_SUBMITTED") ? "Assessment" : "Other item",
                    "2026-12-22",
                    DueItem.Status.valueOf(parts[1])));
        }
        return items;
    }

    @ParameterizedTest(name = "{0} closed as {1} with {2}: {3} left undone")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // Nothing open: nothing left undone.
                "YOUTH_CAUTION             | COMPLETED   | -                                                                 | 0",
                // An open assessment is left undone by any ending that does not withdraw the order...
                "YOUTH_CAUTION             | COMPLETED   | ASSESSMENT_SUBMITTED:OPEN                                         | 1",
                "REFERRAL_ORDER            | BREACHED    | ASSESSMENT_SUBMITTED:OPEN                                         | 1",
                "REFERRAL_ORDER            | TRANSFERRED | ASSESSMENT_SUBMITTED:OPEN,YOUTH_OFFENDER_PANEL_INITIAL:OPEN       | 2",
                "REFERRAL_ORDER            | DIED        | ASSESSMENT_SUBMITTED:OPEN                                         | 1",
                // ...but not when the order is withdrawn: nothing of it is due any more.
                "REFERRAL_ORDER            | REVOKED     | ASSESSMENT_SUBMITTED:OPEN,YOUTH_OFFENDER_PANEL_INITIAL:OPEN       | 0",
                "REFERRAL_ORDER            | RESENTENCED | ASSESSMENT_SUBMITTED:OPEN                                         | 0",
                "REFERRAL_ORDER            | NOT_STARTED | ASSESSMENT_SUBMITTED:OPEN                                         | 0",
                // What repeats while the work lasts (the next interval review, the next progress panel) simply
                // stops with it: not left undone.
                "YOUTH_REHABILITATION_ORDER | COMPLETED  | REVIEW_RECORDED:OPEN                                              | 0",
                "REFERRAL_ORDER            | COMPLETED   | YOUTH_OFFENDER_PANEL_PROGRESS:OPEN,REVIEW_RECORDED:OPEN           | 0",
                "REFERRAL_ORDER            | COMPLETED   | ASSESSMENT_SUBMITTED:OPEN,REVIEW_RECORDED:OPEN                    | 1",
                // Met or cancelled items are not left undone.
                "REFERRAL_ORDER            | COMPLETED   | ASSESSMENT_SUBMITTED:MET,YOUTH_OFFENDER_PANEL_INITIAL:CANCELLED   | 0",
                // What the ending itself meets (a conditional caution's conditions end) is not left undone.
                "YOUTH_CONDITIONAL_CAUTION | COMPLETED   | YOUTH_CONDITIONAL_CAUTION_CONCLUDED:OPEN                          | 0",
                "YOUTH_CONDITIONAL_CAUTION | BREACHED    | YOUTH_CONDITIONAL_CAUTION_CONCLUDED:OPEN,ASSESSMENT_SUBMITTED:OPEN | 1",
            })
    void whatClosingLeavesUndone(String type, String reason, String open, int undone) {
        assertThat(ClosureRules.leftUndone(InterventionType.valueOf(type), ClosureReason.valueOf(reason), items(open)))
                .hasSize(undone)
                .noneMatch(i ->
                        "YOUTH_CONDITIONAL_CAUTION_CONCLUDED".equals(i.rule().fulfilledBy()));
    }

    @ParameterizedTest(name = "{0} open items, manager {1}, reason ''{2}'': {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "0 | false | -                          | -",
                "0 | true  | -                          | -",
                "1 | false | -                          | openDueItems: These due items are still open: Assessment (due 22 December 2026). Ask a manager to close the intervention",
                "1 | false | The child moved abroad     | openDueItems: These due items are still open: Assessment (due 22 December 2026). Ask a manager",
                "2 | true  | -                          | overrideReason: Give the reason for closing with these due items still open: Assessment (due 22 December 2026); Assessment (due 22 December 2026)",
                "1 | true  | '   '                      | overrideReason: Give the reason for closing with these due items still open",
                "1 | true  | The child moved abroad     | -",
            })
    void aManagerOverridesOpenItemsWithAReason(int open, boolean manager, String reason, String expected) {
        List<DueItem> undone = new ArrayList<>();
        for (int n = 0; n < open; n++) {
            undone.add(item("ASSESSMENT_SUBMITTED", "Assessment", "2026-12-22", DueItem.Status.OPEN));
        }
        var problem = ClosureRules.override(ClosureRules.described(undone), manager, reason);
        if (expected == null) {
            assertThat(problem).isEmpty();
        } else {
            String field = expected.substring(0, expected.indexOf(':'));
            assertThat(problem).get().extracting(Map.Entry::getKey).isEqualTo(field);
            assertThat(problem.get().getValue()).startsWith(expected.substring(field.length() + 2));
        }
    }

    @ParameterizedTest(name = "{0} on {1}, exit ''{2}'': {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "COMPLETED | 2027-02-20 | Mentoring continues | -",
                "COMPLETED | 2027-02-20 | -                   | exitStrategy",
                "-         | 2027-02-20 | -                   | reason",
                "REVOKED   | -          | -                   | closedOn",
                "REVOKED   | 2026-11-30 | -                   | closedOn",
                "REVOKED   | 2026-12-01 | -                   | -",
            })
    void theClosureItself(String reason, String closedOn, String exit, String field) {
        Intervention active = AllocationRulesTest.intervention("ACTIVE", "2026-12-01", null, null, null);
        Map<String, String> problems = ClosureRules.check(
                active,
                reason == null ? null : ClosureReason.valueOf(reason),
                exit,
                closedOn == null ? null : LocalDate.parse(closedOn),
                List.of(),
                false,
                null);
        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(field);
        }
        Intervention closed = AllocationRulesTest.intervention("CLOSED", "2026-12-01", null, null, null);
        assertThat(ClosureRules.check(
                        closed,
                        ClosureReason.COMPLETED,
                        "x",
                        LocalDate.of(2027, 1, 4),
                        List.of("Assessment"),
                        true,
                        "x"))
                .containsEntry("reason", "This intervention is already closed");
    }
}
