package org.desist.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YJB case management guidance: a quality-assured report from the last 3 months may be reused, with a reason. */
class ReportReuseTest {

    private final ReportReuse rule = new ReportReuse(3);

    @ParameterizedTest(name = "submitted {0}, QA {1}, requested {2}, reason ''{3}'' → {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # submitted  | QA'd  | new request | reason                    | problem (null: may be reused)
            2026-10-05   | true  | 2027-01-05  | Nothing has changed       | null
            2026-10-05   | true  | 2026-10-05  | Same day, stand-down      | null
            2026-10-05   | true  | 2027-01-06  | Nothing has changed       | reusedReportId
            2026-11-30   | true  | 2027-02-28  | Nothing has changed       | null
            2026-11-30   | true  | 2027-03-01  | Nothing has changed       | reusedReportId
            2026-12-31   | true  | 2027-03-31  | Nothing has changed       | null
            2026-12-31   | true  | 2027-04-01  | Nothing has changed       | reusedReportId
            2026-10-05   | false | 2026-11-05  | Nothing has changed       | reusedReportId
            null         | true  | 2026-11-05  | Nothing has changed       | reusedReportId
            2026-11-05   | true  | 2026-11-04  | Nothing has changed       | reusedReportId
            2026-10-05   | true  | 2026-11-05  | null                      | reuseReason
            2026-10-05   | true  | 2026-11-05  | '   '                     | reuseReason
            """)
    void reuse(LocalDate submitted, boolean qualityAssured, LocalDate requested, String reason, String problem) {
        var problems = rule.problems(submitted, qualityAssured, requested, reason);
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(problem);
        }
    }

    @ParameterizedTest(name = "{0}: needs next hearing {1}, ends remand {2}, ends bail support {3}")
    @CsvSource({
        "ADJOURNED, true, false, false",
        "REMANDED, true, false, true",
        "BAILED, true, true, false",
        "SENTENCED, false, true, true",
        "DISMISSED, false, true, true",
        "COMMITTED_TO_CROWN_COURT, false, false, false",
        "OTHER, false, false, false"
    })
    void outcomes(Outcome outcome, boolean nextHearing, boolean endsRemand, boolean endsBailSupport) {
        assertThat(outcome.needsNextHearing()).isEqualTo(nextHearing);
        assertThat(outcome.endsRemand()).isEqualTo(endsRemand);
        assertThat(outcome.endsBailSupport()).isEqualTo(endsBailSupport);
    }

    @ParameterizedTest(name = "{0} needs a report: {1}")
    @CsvSource({
        "REFERRAL_ORDER, true",
        "YOUTH_REHABILITATION_ORDER, true",
        "DETENTION_AND_TRAINING_ORDER, true",
        "LONGER_DETENTION, true",
        "REPARATION_ORDER, false",
        "PARENTING_ORDER, false"
    })
    void sentencesThatNeedAReport(SentenceType type, boolean needsReport) {
        assertThat(type.needsReport()).isEqualTo(needsReport);
    }
}
