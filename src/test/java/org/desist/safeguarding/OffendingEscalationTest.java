package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.desist.assessment.Classification;
import org.desist.assessment.Lens;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.Offset;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.deadline.internal.TestCalendars;
import org.desist.intervention.Intervention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What counts as offending escalating, so that the YOS calls a TAC meeting (the joint protocol between children's social care and the YOS "Reviews and
 * meetings"), and the shipped 10 WD timescale across Christmas 2026.
 */
class OffendingEscalationTest {

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

    @ParameterizedTest(name = "intervention {0} from {1}, offence on {2} → escalation {3}")
    @CsvSource({
        "ACTIVE,   2026-11-02, 2026-12-20, true",
        "ACTIVE,   2026-11-02, 2026-11-02, true",
        // Committed before the work began: a matter from the past, not escalation during it.
        "ACTIVE,   2026-11-02, 2026-10-30, false",
        // No intervention in progress.
        "REFERRED, ,           2026-12-20, false",
        "CLOSED,   2026-06-01, 2026-12-20, false",
    })
    void aNewOffence(Intervention.Status status, LocalDate start, LocalDate offence, boolean escalation) {
        assertThat(OffendingEscalation.newOffence(status, start, offence)).isEqualTo(escalation);
    }

    @ParameterizedTest(name = "{0} {1} → {2}: escalation {3}")
    @CsvSource({
        "RISK_OF_HARM,         LOW,       MEDIUM,    true",
        "RISK_OF_HARM,         MEDIUM,    HIGH,      true",
        "RISK_OF_HARM,         HIGH,      VERY_HIGH, true",
        "RISK_OF_HARM,         LOW,       VERY_HIGH, true",
        "RISK_OF_HARM,         HIGH,      HIGH,      false",
        "RISK_OF_HARM,         HIGH,      MEDIUM,    false",
        // The first classification has nothing lower to rise from.
        "RISK_OF_HARM,         ,          HIGH,      false",
        // Only risk of serious harm to others counts: safety and wellbeing rising is a VMP's matter.
        "SAFETY_AND_WELLBEING, LOW,       HIGH,      false",
    })
    void aClassificationChange(Lens lens, Classification from, Classification to, boolean escalation) {
        assertThat(OffendingEscalation.classificationChange(lens, from, to)).isEqualTo(escalation);
    }

    @ParameterizedTest(name = "escalated {0} → TAC by {1}")
    @CsvSource({
        "2026-12-18, 2027-01-06, 10 working days after 18 December 2026",
        "2026-12-24, 2027-01-12, 10 working days after 24 December 2026",
        "2027-02-01, 2027-02-15, 10 working days after 1 February 2027",
    })
    void tenWorkingDays(LocalDate escalated, LocalDate due, String reason) {
        DueItemRule rule = rules.stream()
                .filter(r -> r.id().equals("tac-meeting-on-escalation"))
                .findFirst()
                .orElseThrow();
        Offset.DueDate dueDate = rule.offset().dueAfter(escalated, calendar);
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
        assertThat(rule.locallyConfigurable()).isTrue();
        assertThat(rule.trigger()).isEqualTo(OffendingEscalation.ESCALATED);
        assertThat(rule.fulfilledBy()).isEqualTo(OffendingEscalation.TAC_MEETING);
    }
}
