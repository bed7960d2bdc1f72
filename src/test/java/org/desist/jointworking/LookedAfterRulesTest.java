package org.desist.jointworking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a person may record in a looked-after history (the joint protocol; Children Act 1989), as tables. */
class LookedAfterRulesTest {

    private static final LocalDate BORN = LocalDate.of(2010, 3, 14);
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @ParameterizedTest(name = "{0} on {1}: problem on ''{2}''")
    @CsvSource({
        "CARE_ORDER_MADE,                 2026-06-01, ''",
        "CARE_ORDER_MADE,                 2027-02-01, ''",
        "CARE_ORDER_MADE,                 2027-02-02, occurredOn",
        "CARE_ORDER_MADE,                 2010-03-13, occurredOn",
        "CARE_ORDER_MADE,                 2028-03-14, occurredOn",
        "CARE_ORDER_MADE,                 ,           occurredOn",
        "CARE_ORDER_ENDED,                2026-06-01, kind",
        "REMAND_ENDED_STAYS_LOOKED_AFTER, 2026-06-01, kind",
        ",                                2026-06-01, kind",
    })
    void anEventIsRecordedWhileAChildUpToTodayAndAnEndingNeedsSomethingToEnd(
            LookedAfterEvent.Kind kind, LocalDate on, String problemOn) {
        LookedAfterHistory nothingYet = LookedAfterHistory.of(BORN, List.of());
        var problems = LookedAfterRules.recordingProblems(kind, on, BORN, TODAY, nothingYet);
        if (problemOn.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsKey(problemOn);
        }
    }

    @ParameterizedTest(name = "a care order from {0}, ended on {1}: allowed {2}")
    @CsvSource({
        "2026-06-01, 2027-01-10, true",
        "2026-06-01, 2026-05-31, false",
    })
    void aCareOrderEndsOnlyWhileInForce(LocalDate made, LocalDate ended, boolean allowed) {
        LookedAfterHistory history =
                LookedAfterHistory.of(BORN, List.of(new LookedAfterEvent(made, LookedAfterEvent.Kind.CARE_ORDER_MADE)));
        assertThat(LookedAfterRules.recordingProblems(
                                LookedAfterEvent.Kind.CARE_ORDER_ENDED, ended, BORN, TODAY, history)
                        .isEmpty())
                .isEqualTo(allowed);
    }
}
