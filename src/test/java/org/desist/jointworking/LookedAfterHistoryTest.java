package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.jointworking.CareLeaverStatusTest.events;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookedAfterHistoryTest {

    // Born 1 March 2010: 18 on 1 March 2028.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            care order: still looked after in custody       | CARE_ORDER_MADE@2025-01-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-11-25 | CARE_ORDER | true
            section 20: stops on a custodial sentence       | ACCOMMODATED_UNDER_SECTION_20@2025-01-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-11-25 | | true
            section 20: looked after the day before          | ACCOMMODATED_UNDER_SECTION_20@2025-01-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-08-31 | SECTION_20 | false
            remand only: stops at the end of the remand      | REMANDED_TO_LOCAL_AUTHORITY@2026-10-01 REMAND_ENDED@2026-11-02 | 2026-11-25 | | false
            remand ends and section 20 follows the same day | REMAND_ENDED@2026-11-02 ACCOMMODATED_UNDER_SECTION_20@2026-11-02 REMANDED_TO_LOCAL_AUTHORITY@2026-10-01 | 2026-11-25 | SECTION_20 | false
            remand only: stops on a custodial sentence       | REMANDED_TO_LOCAL_AUTHORITY@2026-10-01 CUSTODIAL_SENTENCE@2026-11-02 | 2026-11-25 | | true
            remand to youth detention: looked after and detained | REMANDED_TO_YOUTH_DETENTION@2026-10-01 | 2026-11-25 | REMAND_TO_YOUTH_DETENTION | true
            remand to youth detention ends                   | REMANDED_TO_YOUTH_DETENTION@2026-10-01 REMAND_ENDED@2026-11-02 | 2026-11-25 | | false
            released from a custodial sentence               | CUSTODIAL_SENTENCE@2026-09-01 RELEASED_FROM_CUSTODY@2026-11-01 | 2026-11-25 | | false
            care order with section 20 before it             | ACCOMMODATED_UNDER_SECTION_20@2025-01-01 CARE_ORDER_MADE@2025-06-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-11-25 | CARE_ORDER | true
            interim care order replaced by a full one        | INTERIM_CARE_ORDER_MADE@2025-01-01 CARE_ORDER_MADE@2025-03-01 | 2026-11-25 | CARE_ORDER | false
            care order discharged                            | CARE_ORDER_MADE@2025-01-01 CARE_ORDER_ENDED@2026-05-01 | 2026-11-25 | | false
            intensive fostering: looked after                | INTENSIVE_FOSTERING_BEGAN@2026-06-01 | 2026-11-25 | INTENSIVE_FOSTERING | false
            intensive fostering ended                        | INTENSIVE_FOSTERING_BEGAN@2026-06-01 INTENSIVE_FOSTERING_ENDED@2026-10-01 | 2026-11-25 | | false
            intensive fostering stops on a custodial sentence | INTENSIVE_FOSTERING_BEGAN@2026-06-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-11-25 | | true
            nobody is looked after at 18                     | CARE_ORDER_MADE@2025-01-01 | 2028-03-01 | | false
            the day before 18                                | CARE_ORDER_MADE@2025-01-01 | 2028-02-29 | CARE_ORDER | false
            """)
    void statusFromTheLegalBasisAndEvents(
            String scenario, String events, LocalDate on, String bases, boolean inCustody) {
        LookedAfterHistory history = LookedAfterHistory.of(LocalDate.of(2010, 3, 1), events(events));
        List<LegalBasis> expected = bases == null
                ? List.of()
                : Arrays.stream(bases.split(" ")).map(LegalBasis::valueOf).toList();
        assertThat(history.on(on)).as(scenario).containsExactlyElementsOf(expected);
        assertThat(history.lookedAfterOn(on)).as(scenario).isEqualTo(!expected.isEmpty());
        assertThat(history.inCustodyOn(on)).as(scenario + " (in custody)").isEqualTo(inCustody);
    }

    @ParameterizedTest(name = "{0}: {3} days")
    @CsvSource(delimiter = '|', textBlock = """
            overlapping bases counted once | ACCOMMODATED_UNDER_SECTION_20@2026-01-01 CARE_ORDER_MADE@2026-01-11 SECTION_20_ENDED@2026-01-21 | 2026-01-01 | 2026-02-01 | 31
            an ended episode               | REMANDED_TO_LOCAL_AUTHORITY@2026-10-01 REMAND_ENDED@2026-11-02 | 2026-01-01 | 2027-01-01 | 32
            """)
    void countsDaysLookedAfter(String scenario, String events, LocalDate from, LocalDate until, long days) {
        LookedAfterHistory history = LookedAfterHistory.of(LocalDate.of(2010, 3, 1), events(events));
        assertThat(history.daysLookedAfter(from, until)).as(scenario).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an intensive fostering placement ends         | INTENSIVE_FOSTERING_BEGAN@2026-06-01 | 2026-10-01 | true
            no placement to end                           | ACCOMMODATED_UNDER_SECTION_20@2026-06-01 | 2026-10-01 | false
            the placement ended with a custodial sentence | INTENSIVE_FOSTERING_BEGAN@2026-06-01 CUSTODIAL_SENTENCE@2026-09-01 | 2026-10-01 | false
            """)
    void anIntensiveFosteringPlacementEndsOnlyIfThereIsOne(String scenario, String events, LocalDate on, boolean ok) {
        var problem = LookedAfterRules.problemWithEnding(
                LookedAfterEvent.Kind.INTENSIVE_FOSTERING_ENDED,
                on,
                LookedAfterHistory.of(LocalDate.of(2010, 3, 1), events(events)));
        assertThat(problem.isEmpty()).as(scenario).isEqualTo(ok);
    }
}
