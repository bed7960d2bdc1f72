package org.desist.parenting;

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
 * The four parenting-assessment triggers (the joint protocol between children's social care and the YOS "Parenting") for a child aged 17 or under, with
 * "recent" as 3 months (the default setting), and the shipped 10 WD timescale across Christmas 2026.
 */
class ParentingTriggersTest {

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

    @ParameterizedTest(name = "{0}, born {1}, on {2}: rating {3}, completed {4}, unmet need {5} → {6}")
    @CsvSource({
        // Family and personal relationships: 3 or above on the 0-4 scale.
        "FAMILY_RELATIONSHIPS,       2011-05-01, 2027-02-01, 4, ,           , true",
        "FAMILY_RELATIONSHIPS,       2011-05-01, 2027-02-01, 3, ,           , true",
        "FAMILY_RELATIONSHIPS,       2011-05-01, 2027-02-01, 2, ,           , false",
        "FAMILY_RELATIONSHIPS,       2011-05-01, 2027-02-01, 0, ,           , false",
        "FAMILY_RELATIONSHIPS,       2011-05-01, 2027-02-01,  , ,           , false",
        // 17 or under: the day before the 18th birthday counts, the birthday does not.
        "FAMILY_RELATIONSHIPS,       2009-02-02, 2027-02-01, 4, ,           , true",
        "FAMILY_RELATIONSHIPS,       2009-02-01, 2027-02-01, 4, ,           , false",
        // A recent early-help assessment showing unmet parenting need.
        "EARLY_HELP,                 2011-05-01, 2027-02-01,  , 2027-01-15, true,  true",
        "EARLY_HELP,                 2011-05-01, 2027-02-01,  , 2027-01-15, false, false",
        "EARLY_HELP,                 2011-05-01, 2027-02-01,  , 2026-11-01, true,  true",
        "EARLY_HELP,                 2011-05-01, 2027-02-01,  , 2026-10-31, true,  false",
        "EARLY_HELP,                 2011-05-01, 2027-02-01,  , 2027-02-02, true,  false",
        // A recent CAMHS assessment completed.
        "CAMHS,                      2011-05-01, 2027-02-01,  , 2027-02-01, ,      true",
        "CAMHS,                      2011-05-01, 2027-02-01,  , 2026-11-01, ,      true",
        "CAMHS,                      2011-05-01, 2027-02-01,  , 2026-10-31, ,      false",
        "CAMHS,                      2009-01-01, 2027-02-01,  , 2027-01-20, ,      false",
        // A report to court being written where a parenting order is considered.
        "PARENTING_ORDER_CONSIDERED, 2011-05-01, 2027-02-01,  , ,           ,      true",
        "PARENTING_ORDER_CONSIDERED, 2008-12-31, 2027-02-01,  , ,           ,      false",
    })
    void triggers(
            ParentingTrigger trigger,
            LocalDate born,
            LocalDate on,
            Integer rating,
            LocalDate completed,
            Boolean unmetNeed,
            boolean fires) {
        assertThat(ParentingTriggers.fires(trigger, born, on, rating, completed, unmetNeed, 3))
                .isEqualTo(fires);
    }

    @ParameterizedTest(name = "prompted {0} → decision by {1}")
    @CsvSource({
        "2026-12-23, 2027-01-11, 10 working days after 23 December 2026",
        "2026-12-24, 2027-01-12, 10 working days after 24 December 2026",
    })
    void tenWorkingDays(LocalDate prompted, LocalDate due, String reason) {
        DueItemRule rule = rules.stream()
                .filter(r -> r.id().equals("parenting-assessment-considered"))
                .findFirst()
                .orElseThrow();
        Offset.DueDate dueDate = rule.offset().dueAfter(prompted, calendar);
        assertThat(dueDate.date()).isEqualTo(due);
        assertThat(dueDate.reason()).isEqualTo(reason);
        assertThat(rule.locallyConfigurable()).isTrue();
        assertThat(rule.trigger()).isEqualTo(Parenting.TRIGGER);
        assertThat(rule.fulfilledBy()).isEqualTo(Parenting.DECIDED);
    }
}
