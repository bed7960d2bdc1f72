package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareLeaverStatusTest {

    /** Events written as {@code KIND@yyyy-mm-dd}, separated by spaces. */
    static List<LookedAfterEvent> events(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return Arrays.stream(written.trim().split("\\s+"))
                .map(e -> e.split("@"))
                .map(p -> new LookedAfterEvent(LocalDate.parse(p[1]), LookedAfterEvent.Kind.valueOf(p[0])))
                .toList();
    }

    // Born 1 March 2010: 14 on 1 March 2024, 16 on 1 March 2026, 18 on 1 March 2028, 26 on 1 March 2036.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            still accommodated under s.20 since 15       | ACCOMMODATED_UNDER_SECTION_20@2025-01-01 | 2026-11-25 | ELIGIBLE
            s.20 ended after 16                           | ACCOMMODATED_UNDER_SECTION_20@2025-01-01 SECTION_20_ENDED@2026-06-01 | 2026-11-25 | RELEVANT
            s.20 ended before 16                          | ACCOMMODATED_UNDER_SECTION_20@2025-01-01 SECTION_20_ENDED@2026-01-01 | 2026-11-25 | NONE
            remand after 16 then custody (the domain's example) | REMANDED_TO_LOCAL_AUTHORITY@2026-10-01 CUSTODIAL_SENTENCE@2026-11-02 | 2026-11-25 | QUALIFYING
            remanded 8 weeks ago and still remanded       | REMANDED_TO_LOCAL_AUTHORITY@2026-10-01 | 2026-11-25 | NONE
            care order survives a custodial sentence      | CARE_ORDER_MADE@2024-06-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-11-25 | ELIGIBLE
            s.20 ends on a custodial sentence after 16    | ACCOMMODATED_UNDER_SECTION_20@2025-06-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-11-25 | RELEVANT
            detained on the 16th birthday after 35 weeks looked after | ACCOMMODATED_UNDER_SECTION_20@2025-06-01 CUSTODIAL_SENTENCE@2026-02-01 | 2026-11-25 | RELEVANT
            detained on the 16th birthday after 9 weeks looked after | ACCOMMODATED_UNDER_SECTION_20@2025-12-01 CUSTODIAL_SENTENCE@2026-02-01 | 2026-11-25 | NONE
            released before 16 so not detained on the birthday | ACCOMMODATED_UNDER_SECTION_20@2025-06-01 CUSTODIAL_SENTENCE@2025-12-01 RELEASED_FROM_CUSTODY@2026-02-20 | 2026-11-25 | NONE
            exactly 13 weeks from the 16th birthday      | ACCOMMODATED_UNDER_SECTION_20@2026-03-01 SECTION_20_ENDED@2026-05-31 | 2026-11-25 | RELEVANT
            one day short of 13 weeks                     | ACCOMMODATED_UNDER_SECTION_20@2026-03-01 SECTION_20_ENDED@2026-05-30 | 2026-11-25 | QUALIFYING
            13 weeks made of two episodes either side of 16 | ACCOMMODATED_UNDER_SECTION_20@2025-09-01 SECTION_20_ENDED@2025-11-01 REMANDED_TO_LOCAL_AUTHORITY@2026-04-01 REMAND_ENDED@2026-05-02 | 2026-11-25 | RELEVANT
            looked after before 14 only                   | CARE_ORDER_MADE@2022-01-01 CARE_ORDER_ENDED@2024-02-01 | 2026-11-25 | NONE
            relevant child turned 18                      | ACCOMMODATED_UNDER_SECTION_20@2025-01-01 SECTION_20_ENDED@2026-06-01 | 2028-03-01 | FORMER_RELEVANT
            eligible child turns 18 in care               | CARE_ORDER_MADE@2024-06-01 | 2028-03-01 | FORMER_RELEVANT
            the day before 18 still eligible              | CARE_ORDER_MADE@2024-06-01 | 2028-02-29 | ELIGIBLE
            qualifying care leaver at 20                  | REMANDED_TO_LOCAL_AUTHORITY@2026-10-01 CUSTODIAL_SENTENCE@2026-11-02 | 2030-06-01 | QUALIFYING
            former relevant at 25                         | CARE_ORDER_MADE@2024-06-01 | 2036-02-29 | FORMER_RELEVANT
            no longer a care leaver at 26                 | CARE_ORDER_MADE@2024-06-01 | 2036-03-01 | NONE
            under 16 and looked after                     | CARE_ORDER_MADE@2024-06-01 | 2026-02-28 | NONE
            never looked after                            | | 2026-11-25 | NONE
            """)
    void categoryFromTheLookedAfterHistory(String scenario, String events, LocalDate on, CareLeaverCategory expected) {
        LookedAfterHistory history = LookedAfterHistory.of(LocalDate.of(2010, 3, 1), events(events));
        CareLeaverStatus status = CareLeaverStatus.on(history, on);
        assertThat(status.category()).as(scenario + ": " + status.reasoning()).isEqualTo(expected);
        assertThat(status.reasoning()).isNotEmpty();
    }

    @ParameterizedTest(name = "remanded {0}, on {1}: eligible from {2}")
    @CsvSource({
        // 1 Oct to 30 Dec 2026 inclusive is 91 days.
        "2026-10-01, 2026-11-25, 2026-12-30",
        "2026-10-01, 2026-10-01, 2026-12-30",
        // Looked after from 1 Jan 2026 (before 16): 13 weeks reached on 1 April, after the 16th birthday.
        "2026-01-01, 2026-02-01, 2026-04-01",
        // Looked after from 1 Oct 2025: 13 weeks reached before 16, so eligible on the 16th birthday itself.
        "2025-10-01, 2026-02-01, 2026-03-01",
    })
    void whenAChildStillLookedAfterWouldBecomeEligible(LocalDate remanded, LocalDate on, LocalDate eligibleFrom) {
        LookedAfterHistory history = LookedAfterHistory.of(
                LocalDate.of(2010, 3, 1),
                List.of(new LookedAfterEvent(remanded, LookedAfterEvent.Kind.REMANDED_TO_LOCAL_AUTHORITY)));
        assertThat(CareLeaverStatus.on(history, on).eligibleFrom()).isEqualTo(eligibleFrom);
    }
}
