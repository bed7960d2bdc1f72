package org.desist.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When oversight is recent (calendar months, across month ends and the new year), and what a record needs. */
class OversightRulesTest {

    static final UUID CASE_MANAGER = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID MANAGER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @ParameterizedTest(name = "last {0}, today {1}, within {2}: recent {3}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // 3 months to the day is still recent; the day after is not.
                "2026-11-01 | 2027-02-01 | P3M | true",
                "2026-11-01 | 2027-02-02 | P3M | false",
                // Month ends: 31 October + 3 months is 31 January; 30 November + 3 months is 28 February 2027.
                "2026-10-31 | 2027-01-31 | P3M | true",
                "2026-10-31 | 2027-02-01 | P3M | false",
                "2026-11-30 | 2027-02-28 | P3M | true",
                "2026-11-30 | 2027-03-01 | P3M | false",
                // 31 August + 3 months is 30 November.
                "2026-08-31 | 2026-11-30 | P3M | true",
                "2026-08-31 | 2026-12-01 | P3M | false",
                // Across Christmas and the new year (calendar months, not working days).
                "2026-12-24 | 2027-03-24 | P3M | true",
                "2026-12-24 | 2027-03-25 | P3M | false",
                // A local protocol of 6 weeks, or 1 month.
                "2027-01-01 | 2027-02-12 | P6W | true",
                "2027-01-01 | 2027-02-13 | P6W | false",
                "2027-01-31 | 2027-02-28 | P1M | true",
                "2027-01-31 | 2027-03-01 | P1M | false",
                // Overseen today; never overseen.
                "2027-02-01 | 2027-02-01 | P3M | true",
                "-          | 2027-02-01 | P3M | false",
            })
    void recency(String last, String today, String within, boolean recent) {
        assertThat(OversightRules.recent(
                        last == null ? null : LocalDate.parse(last), LocalDate.parse(today), Period.parse(within)))
                .isEqualTo(recent);
    }

    @ParameterizedTest(name = "last {0}, started {1}, today {2}: {3} days")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "2026-10-31 | 2026-09-01 | 2027-02-01 | 93",
                "-          | 2026-10-01 | 2027-02-01 | 123",
                "-          | 2026-12-18 | 2027-02-01 | 45",
                "2027-02-01 | 2026-12-18 | 2027-02-01 | 0",
            })
    void daysSince(String last, String started, String today, long days) {
        assertThat(OversightRules.daysSince(
                        last == null ? null : LocalDate.parse(last), LocalDate.parse(started), LocalDate.parse(today)))
                .isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} on {1} by {2}: {8}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                "SUFFICIENT   | 2027-02-01 | manager     | -         | -       | -          | 2027-05-01 | ASSESSMENT | -",
                "NEEDS_ACTION | 2027-02-01 | manager     | Do it     | Book it | 2027-02-15 | 2027-05-01 | ASSESSMENT | -",
                "SUFFICIENT   | 2027-02-01 | caseManager | -         | -       | -          | 2027-05-01 | ASSESSMENT | manager",
                "SUFFICIENT   | 2027-02-02 | manager     | -         | -       | -          | 2027-05-01 | ASSESSMENT | recordedOn",
                "SUFFICIENT   | 2026-12-17 | manager     | -         | -       | -          | 2027-05-01 | ASSESSMENT | recordedOn",
                "SUFFICIENT   | -          | manager     | -         | -       | -          | 2027-05-01 | ASSESSMENT | recordedOn",
                "SUFFICIENT   | 2027-02-01 | manager     | -         | -       | -          | 2027-05-01 | -          | areas",
                "-            | 2027-02-01 | manager     | -         | -       | -          | 2027-05-01 | PLAN       | judgement",
                "NEEDS_ACTION | 2027-02-01 | manager     | -         | Book it | 2027-02-15 | 2027-05-01 | PLAN       | direction",
                "NEEDS_ACTION | 2027-02-01 | manager     | Do it     | -       | -          | 2027-05-01 | PLAN       | actions",
                "SUFFICIENT   | 2027-02-01 | manager     | -         | Book it | -          | 2027-05-01 | PLAN       | actionsDue",
                "SUFFICIENT   | 2027-02-01 | manager     | -         | Book it | 2027-01-31 | 2027-05-01 | PLAN       | actionsDue",
                "SUFFICIENT   | 2027-02-01 | manager     | -         | -       | -          | -          | PLAN       | nextDue",
                "SUFFICIENT   | 2027-02-01 | manager     | -         | -       | -          | 2027-02-01 | PLAN       | nextDue",
            })
    void whatARecordNeeds(
            String judgement,
            String on,
            String who,
            String direction,
            String actions,
            String actionsDue,
            String nextDue,
            String area,
            String problem) {
        OversightDetails details = new OversightDetails(
                on == null ? null : LocalDate.parse(on),
                area == null ? List.of() : List.of(OversightArea.valueOf(area)),
                judgement == null ? null : Judgement.valueOf(judgement),
                direction,
                actions,
                actionsDue == null ? null : LocalDate.parse(actionsDue),
                nextDue == null ? null : LocalDate.parse(nextDue));
        Map<String, String> problems = OversightRules.check(
                details,
                LocalDate.of(2026, 12, 18),
                CASE_MANAGER,
                who.equals("manager") ? MANAGER : CASE_MANAGER,
                LocalDate.of(2027, 2, 1));
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problem);
        }
    }
}
