package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Youth rehabilitation order requirements against Sentencing Act 2020 Sch. 6, for an order made on 1
 * February 2027 to 31 January 2028.
 */
class RequirementRulesTest {

    private static final LocalDate ORDER = LocalDate.of(2027, 2, 1);
    private static final LocalDate ORDER_END = LocalDate.of(2028, 1, 31);

    @ParameterizedTest(name = "{0} aged {1}: hours {4}, days {5} → [{9}]")
    @CsvSource(
            delimiter = '|',
            value = {
                // type | age at order | start | end | hours | days | extended | curfew from | until | problem fields
                "UNPAID_WORK       | 16 | 2027-02-01 | 2027-12-31 | 40  |     | false |       |       | ''",
                "UNPAID_WORK       | 17 | 2027-02-01 | 2027-12-31 | 240 |     | false |       |       | ''",
                "UNPAID_WORK       | 15 | 2027-02-01 | 2027-12-31 | 100 |     | false |       |       | type",
                "UNPAID_WORK       | 16 | 2027-02-01 | 2027-12-31 | 39  |     | false |       |       | hours",
                "UNPAID_WORK       | 16 | 2027-02-01 | 2027-12-31 | 241 |     | false |       |       | hours",
                "UNPAID_WORK       | 16 | 2027-02-01 | 2027-12-31 |     |     | false |       |       | hours",
                "RESIDENCE         | 16 | 2027-02-01 | 2027-12-31 |     |     | false |       |       | ''",
                "RESIDENCE         | 15 | 2027-02-01 | 2027-12-31 |     |     | false |       |       | type",
                "CURFEW            | 15 | 2027-02-01 | 2027-07-31 |     |     | false | 19:00 | 07:00 | ''",
                "CURFEW            | 15 | 2027-02-01 | 2027-07-31 |     |     | false | 19:00 | 21:00 | ''",
                "CURFEW            | 15 | 2027-02-01 | 2027-07-31 |     |     | false | 19:00 | 20:30 | curfewUntil",
                "CURFEW            | 15 | 2027-02-01 | 2027-07-31 |     |     | false | 06:00 | 02:00 | ''",
                "CURFEW            | 15 | 2027-02-01 | 2027-07-31 |     |     | false | 06:00 | 02:01 | curfewUntil",
                "CURFEW            | 15 | 2027-02-01 | 2027-07-31 |     |     | false | 19:00 |       | curfewUntil",
                // Curfew periods fall within 12 months of its start: 1 Feb 2027 to 31 Jan 2028 at most.
                "CURFEW            | 15 | 2027-02-01 | 2028-01-31 |     |     | false | 19:00 | 07:00 | ''",
                "CURFEW            | 15 | 2027-02-01 | 2028-02-01 |     |     | false | 19:00 | 07:00 | endDate",
                "ATTENDANCE_CENTRE | 13 | 2027-02-01 | 2027-12-31 | 12  |     | false |       |       | ''",
                "ATTENDANCE_CENTRE | 13 | 2027-02-01 | 2027-12-31 | 13  |     | false |       |       | hours",
                "ATTENDANCE_CENTRE | 14 | 2027-02-01 | 2027-12-31 | 11  |     | false |       |       | hours",
                "ATTENDANCE_CENTRE | 15 | 2027-02-01 | 2027-12-31 | 24  |     | false |       |       | ''",
                "ATTENDANCE_CENTRE | 15 | 2027-02-01 | 2027-12-31 | 25  |     | false |       |       | hours",
                "ATTENDANCE_CENTRE | 16 | 2027-02-01 | 2027-12-31 | 36  |     | false |       |       | ''",
                "ATTENDANCE_CENTRE | 17 | 2027-02-01 | 2027-12-31 | 37  |     | false |       |       | hours",
                "ACTIVITY          | 14 | 2027-02-01 | 2027-12-31 |     | 90  | false |       |       | ''",
                "ACTIVITY          | 14 | 2027-02-01 | 2027-12-31 |     | 91  | false |       |       | days",
                "ACTIVITY          | 14 | 2027-02-01 | 2027-12-31 |     | 180 | true  |       |       | ''",
                "ACTIVITY          | 14 | 2027-02-01 | 2027-12-31 |     | 60  | true  |       |       | days",
                // Dates within the order.
                "SUPERVISION       | 14 | 2027-01-31 | 2027-12-31 |     |     | false |       |       | startDate",
                "SUPERVISION       | 14 | 2027-02-01 | 2028-02-01 |     |     | false |       |       | endDate",
                "SUPERVISION       | 14 | 2027-03-01 | 2027-02-28 |     |     | false |       |       | endDate",
                "SUPERVISION       | 14 | 2027-02-01 | 2028-01-31 |     |     | false |       |       | ''",
            })
    void aRequirementIsLawfulForThisChildAndOrder(
            RequirementType type,
            int age,
            LocalDate start,
            LocalDate end,
            Integer hours,
            Integer days,
            boolean extended,
            LocalTime from,
            LocalTime until,
            String problems) {
        var proposed = new RequirementRules.Proposed(
                type, start, end, hours, days, extended, from, until, "1 Test Street", false);
        var found = RequirementRules.problems(proposed, ORDER, ORDER_END, ORDER.minusYears(age), List.of());
        assertThat(String.join(",", found.keySet())).isEqualTo(problems);
    }

    @ParameterizedTest(name = "{0} with conditions {1}, extended activity already {2} → [{3}]")
    @CsvSource({
        "INTENSIVE_SUPERVISION_AND_SURVEILLANCE, true, true, ''",
        "INTENSIVE_SUPERVISION_AND_SURVEILLANCE, true, false, type",
        "INTENSIVE_SUPERVISION_AND_SURVEILLANCE, false, true, conditionsConfirmed",
        "INTENSIVE_FOSTERING, true, false, ''",
        "INTENSIVE_FOSTERING, false, false, conditionsConfirmed",
    })
    void intensiveSupervisionAndFosteringNeedTheirConditions(
            RequirementType type, boolean conditions, boolean extendedActivity, String problems) {
        List<Requirement> existing = extendedActivity
                ? List.of(new Requirement(
                        UUID.randomUUID(),
                        RequirementType.ACTIVITY,
                        ORDER,
                        ORDER_END,
                        null,
                        180,
                        true,
                        null,
                        null,
                        null,
                        false))
                : List.of();
        var proposed = new RequirementRules.Proposed(
                type, ORDER, ORDER.plusMonths(6), null, null, false, null, null, null, conditions);
        var found = RequirementRules.problems(proposed, ORDER, ORDER_END, ORDER.minusYears(15), existing);
        assertThat(String.join(",", found.keySet())).isEqualTo(problems);
    }

    @ParameterizedTest(name = "fostering {0} to {1} → [{2}]")
    @CsvSource({"2027-02-01, 2028-02-01, ''", "2027-02-01, 2028-02-02, endDate", "2027-02-01, 2027-12-31, ''"})
    void intensiveFosteringLastsAtMostTwelveMonths(LocalDate start, LocalDate end, String problems) {
        var proposed = new RequirementRules.Proposed(
                RequirementType.INTENSIVE_FOSTERING, start, end, null, null, false, null, null, null, true);
        // An order without an end date set, so only the 12-month limit applies.
        var found = RequirementRules.problems(proposed, ORDER, null, ORDER.minusYears(15), List.of());
        assertThat(String.join(",", found.keySet())).isEqualTo(problems);
    }
}
