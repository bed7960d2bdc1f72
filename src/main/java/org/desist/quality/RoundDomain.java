package org.desist.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.desist.quality.Framework.CaseWork;

/**
 * One kind of work's part of the sample: the window its cases started in, its eligible population, the formula's
 * sample size for that population and how many were drawn (after the 60/40 split where both are drawn).
 */
public record RoundDomain(
        CaseWork work,
        String window,
        LocalDate earliestStart,
        LocalDate latestStart,
        int population,
        int formulaSize,
        int drawn) {

    /** The formula before rounding up: n₀·N / (N + n₀ − 1), to two decimal places. */
    public BigDecimal unrounded() {
        if (population == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal n = BigDecimal.valueOf(population);
        return SampleSize.UNCORRECTED
                .multiply(n)
                .divide(n.add(SampleSize.UNCORRECTED).subtract(BigDecimal.ONE), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal uncorrected() {
        return SampleSize.UNCORRECTED;
    }
}
