package org.desist.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A child protection concern is reported immediately (YJB case management guidance): the same day by default. */
class ReportingTimelinessTest {

    @ParameterizedTest(name = "identified {0}, manager {1}, social care {2}, within {3} days → {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2027-01-29, 2027-01-29, 2027-01-29, 0, IN_TIME,      0, Reported the same day",
                "2027-01-29, 2027-01-29, 2027-02-01, 0, LATE,         3, Reported 3 days after it was identified",
                "2027-01-29, 2027-01-30, 2027-01-29, 0, LATE,         1, Reported 1 day after it was identified",
                "2027-01-29, 2027-01-30, 2027-01-29, 1, IN_TIME,      1, Reported 1 day after it was identified",
                "2027-01-29, 2027-01-29, -,          0, NOT_REPORTED, -, Not reported to children’s social care yet",
                "2027-01-29, -,          2027-01-29, 0, NOT_REPORTED, -, Not reported to the manager yet",
                "2027-01-29, -,          -,          0, NOT_REPORTED, -, Not reported to the manager or children’s social care yet",
                // Across Christmas 2026: calendar days count, a concern does not wait for a working day.
                "2026-12-24, 2026-12-24, 2026-12-29, 0, LATE,         5, Reported 5 days after it was identified",
            })
    void howPromptlyItWasReported(
            LocalDate identified,
            LocalDate manager,
            LocalDate socialCare,
            int within,
            ReportingTimeliness.Status status,
            Integer days,
            String summary) {
        ReportingTimeliness timeliness = ReportingTimeliness.of(identified, manager, socialCare, within);
        assertThat(timeliness.status()).isEqualTo(status);
        assertThat(timeliness.days()).isEqualTo(days);
        assertThat(timeliness.summary()).isEqualTo(summary);
        assertThat(timeliness.flagged()).isEqualTo(status != ReportingTimeliness.Status.IN_TIME);
    }
}
