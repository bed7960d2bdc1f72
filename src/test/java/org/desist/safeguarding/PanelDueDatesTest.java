package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.Offset;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped timescales of the risk panel referral (5 WD) and the VMP (10 WD), from the day the assessment raising
 * the classification was submitted, across Christmas 2026 (25 and 28 December 2026 and 1 January 2027 are bank
 * holidays).
 */
class PanelDueDatesTest {

    static List<DueItemRule> rules;
    static WorkingDayCalendar calendar;

    @BeforeAll
    static void shippedRulesAndCalendar() throws IOException {
        try (InputStream in = new ClassPathResource("deadline/rules.json").getInputStream()) {
            rules = JsonMapper.builder().build().readValue(in, new TypeReference<List<DueItemRule>>() {});
        }
        try (InputStream in = new ClassPathResource("calendar/bank-holidays-england-and-wales.json").getInputStream()) {
            calendar = TestCalendars.read(in);
        }
    }

    @ParameterizedTest(name = "{0} triggered {1} → due {2}")
    @CsvSource({
        "risk-panel-referral,           2026-12-21, 2026-12-30, 5 working days after 21 December 2026",
        "risk-panel-referral,           2026-12-24, 2027-01-05, 5 working days after 24 December 2026",
        "risk-panel-referral,           2027-02-01, 2027-02-08, 5 working days after 1 February 2027",
        "vulnerability-management-plan, 2026-12-18, 2027-01-06, 10 working days after 18 December 2026",
        "vulnerability-management-plan, 2026-12-23, 2027-01-11, 10 working days after 23 December 2026",
        "vulnerability-management-plan, 2027-02-01, 2027-02-15, 10 working days after 1 February 2027",
    })
    void dueDates(String ruleId, LocalDate triggered, LocalDate due, String reason) {
        DueItemRule rule =
                rules.stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        Offset.DueDate dueDate = rule.offset().dueAfter(triggered, calendar);
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
        assertThat(rule.locallyConfigurable()).isTrue();
        assertThat(rule.fulfilledBy())
                .isIn(
                        PanelTriggers.PanelWork.RISK_PANEL_REFERRAL.fulfilledBy(),
                        PanelTriggers.PanelWork.VULNERABILITY_MANAGEMENT_PLAN.fulfilledBy());
    }
}
