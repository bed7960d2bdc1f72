package org.desist.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetAndRulesTest {

    @ParameterizedTest(name = "{0} {1} after {2} = {3}, \"{4}\"")
    @CsvSource({
        "10, WORKING_DAYS, 2026-12-18, 2027-01-06, 10 working days after 18 December 2026",
        "20, WORKING_DAYS, 2026-11-24, 2026-12-22, 20 working days after 24 November 2026",
        "15, WORKING_DAYS, 2026-03-20, 2026-04-14, 15 working days after 20 March 2026",
        "3, CALENDAR_MONTHS, 2026-11-30, 2027-02-28, 3 months after 30 November 2026",
        "3, CALENDAR_MONTHS, 2027-11-30, 2028-02-29, 3 months after 30 November 2027",
        "28, CALENDAR_DAYS, 2026-12-20, 2027-01-17, 28 days after 20 December 2026",
        "0, CALENDAR_DAYS, 2026-12-24, 2026-12-24, on 24 December 2026",
    })
    void computesTheDueDateAndSaysWhy(int amount, Offset.Unit unit, LocalDate from, LocalDate due, String reason) {
        var dueDate = new Offset(amount, unit).dueAfter(from, WorkingDayCalendarTest.calendar());
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
    }

    private static DueItemRule rule(String id, boolean configurable) {
        return new DueItemRule(
                id,
                "Name",
                "Source",
                "TRIGGER",
                new Offset(20, Offset.Unit.WORKING_DAYS),
                "CASE_MANAGER",
                "RECORD",
                configurable,
                false);
    }

    @Test
    void aLocalProtocolMayChangeOnlyTheTimescalesMarkedConfigurable() {
        var rules = new DueItemRules(List.of(rule("panel", true), rule("report", false)), Map.of("panel", 15));
        assertThat(rules.byId("panel").orElseThrow().offset()).isEqualTo(new Offset(15, Offset.Unit.WORKING_DAYS));
        assertThat(rules.byId("report").orElseThrow().offset().amount()).isEqualTo(20);
        assertThatThrownBy(() -> new DueItemRules(List.of(rule("report", false)), Map.of("report", 5)))
                .hasMessageContaining("not a local choice");
        assertThatThrownBy(() -> new DueItemRules(List.of(rule("panel", true)), Map.of("pannel", 5)))
                .hasMessageContaining("names no rule");
    }
}
