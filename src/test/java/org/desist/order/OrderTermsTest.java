package org.desist.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A referral order runs from its contract; a DTO is half custody, half supervision. */
class OrderTermsTest {

    @ParameterizedTest(name = "made {0} to {1}, contract {2}: runs to {3} ({4})")
    @CsvSource({
        // made,      ends,       contract,   runs to,    length
        "2026-12-18, 2027-06-18, 2027-01-14, 2027-07-14, 6 months",
        "2026-12-18, 2027-03-18, 2027-01-20, 2027-04-20, 3 months",
        "2026-01-15, 2027-01-15, 2026-02-10, 2027-02-10, 12 months",
        // A month-end order: 31 August + 6 months is 28 February, so it is 6 whole months.
        "2026-08-31, 2027-02-28, 2026-09-30, 2027-03-30, 6 months",
        // Signed on 31 January: 3 months later there is no 31 April.
        "2026-12-31, 2027-03-31, 2027-01-31, 2027-04-30, 3 months",
        // Not a whole number of months: the days come with it.
        "2026-12-18, 2027-06-20, 2027-01-14, 2027-07-16, 6 months and 2 days",
        // Across a leap day.
        "2027-11-30, 2028-05-30, 2027-12-29, 2028-06-29, 6 months",
    })
    void aReferralOrderRunsFromTheSigningOfItsContract(
            LocalDate made, LocalDate ends, LocalDate contract, LocalDate runsTo, String length) {
        OrderTerms.Span runs = OrderTerms.referralOrderRuns(contract, made, ends);
        assertThat(runs.from()).isEqualTo(contract);
        assertThat(runs.to()).isEqualTo(runsTo);
        assertThat(runs.length().describe()).isEqualTo(length);
    }

    @ParameterizedTest(name = "DTO {0} to {1}: released {2}")
    @CsvSource({
        // start,     end,        release,    custody,   supervision
        "2026-12-18, 2027-04-18, 2027-02-18, 2 months, 2 months",
        "2026-11-02, 2027-11-02, 2027-05-02, 6 months, 6 months",
        "2026-06-10, 2028-06-10, 2027-06-10, 12 months, 12 months",
        // 30 November + 3 months is 28 February: both halves are 3 months.
        "2026-08-31, 2027-02-28, 2026-11-30, 3 months, 3 months",
        "2027-01-31, 2027-07-31, 2027-04-30, 3 months, 3 months and 1 day",
        // Not a lawful length (s.236) but still halved honestly, by days.
        "2026-01-01, 2026-06-01, 2026-03-17, 2 months and 16 days, 2 months and 15 days",
    })
    void aDetentionAndTrainingOrderIsHalfCustodyHalfSupervision(
            LocalDate start, LocalDate end, LocalDate release, String custody, String supervision) {
        OrderTerms.DetentionAndTraining dto = OrderTerms.detentionAndTraining(start, end);
        assertThat(dto.releaseDate()).isEqualTo(release);
        assertThat(dto.custody().from()).isEqualTo(start);
        assertThat(dto.custody().to()).isEqualTo(release);
        assertThat(dto.supervision().from()).isEqualTo(release);
        assertThat(dto.supervision().to()).isEqualTo(end);
        assertThat(dto.custody().length().describe()).isEqualTo(custody);
        assertThat(dto.supervision().length().describe()).isEqualTo(supervision);
    }
}
