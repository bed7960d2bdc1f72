package org.desist.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many cases inspectors sample from an eligible population (HM Inspectorate of Probation, inspection
 * methodology): enough for 80% confidence with a 5% margin of error — n₀ = z²·p(1−p)/e² with z = 1.2816 (two-sided
 * 80%), p = 0.5 and e = 0.05, about 164.2 — with the finite-population correction n = n₀ / (1 + (n₀ − 1)/N), rounded
 * up, and never more than the population. Computed for each domain from that domain's population.
 */
public final class SampleSize {

    static final BigDecimal Z = new BigDecimal("1.2816");
    static final BigDecimal P = new BigDecimal("0.5");
    static final BigDecimal E = new BigDecimal("0.05");

    /** n₀, exactly: 164.249856. */
    static final BigDecimal UNCORRECTED =
            Z.pow(2).multiply(P).multiply(BigDecimal.ONE.subtract(P)).divide(E.pow(2));

    private SampleSize() {}

    /** The sample for an eligible population of {@code population} cases. */
    public static int forPopulation(int population) {
        if (population < 0) {
            throw new IllegalArgumentException("A population cannot be negative: " + population);
        }
        if (population == 0) {
            return 0;
        }
        // n₀ / (1 + (n₀ − 1)/N) = n₀·N / (N + n₀ − 1), divided exactly and rounded up.
        BigDecimal n = BigDecimal.valueOf(population);
        int corrected = UNCORRECTED
                .multiply(n)
                .divide(n.add(UNCORRECTED).subtract(BigDecimal.ONE), 0, RoundingMode.CEILING)
                .intValueExact();
        return Math.min(corrected, population);
    }
}
