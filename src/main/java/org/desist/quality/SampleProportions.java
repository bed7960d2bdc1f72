package org.desist.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.desist.assessment.Classification;
import org.desist.child.Gender;
import org.desist.intervention.InterventionType;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.SampleDraw.Stratum;

/**
 * One kind of work's eligible population and sample side by side, for each characteristic the sample is stratified
 * by (HM Inspectorate of Probation, inspection methodology: gender, disposal type, ROSH and safety and wellbeing
 * classification): the counts and percentages, so a reader sees the sample's shares match the population's.
 */
public record SampleProportions(CaseWork work, int population, int sample, List<Dimension> dimensions) {

    /** One characteristic: each value's share of the population and of the sample. */
    public record Dimension(String name, List<Share> shares) {}

    /** One value of a characteristic, e.g. "Female": how many in the population and in the sample, and their shares. */
    public record Share(
            String code,
            String label,
            int population,
            int sample,
            BigDecimal populationPercent,
            BigDecimal samplePercent) {}

    static SampleProportions of(CaseWork work, List<RoundCase> cases) {
        List<RoundCase> sampled = cases.stream()
                .filter(c -> c.status() == RoundCase.Status.SAMPLED)
                .toList();
        return new SampleProportions(
                work,
                cases.size(),
                sampled.size(),
                List.of(
                        dimension("Gender", Stratum::gender, cases, sampled),
                        dimension("Disposal type", Stratum::disposalType, cases, sampled),
                        dimension("ROSH classification", Stratum::rosh, cases, sampled),
                        dimension("Safety and wellbeing classification", Stratum::safetyAndWellbeing, cases, sampled)));
    }

    private static Dimension dimension(
            String name, Function<Stratum, String> value, List<RoundCase> population, List<RoundCase> sample) {
        Map<String, int[]> counts = new TreeMap<>();
        population.forEach(c -> counts.computeIfAbsent(value.apply(c.stratum()), k -> new int[2])[0]++);
        sample.forEach(c -> counts.computeIfAbsent(value.apply(c.stratum()), k -> new int[2])[1]++);
        return new Dimension(
                name,
                counts.entrySet().stream()
                        .map(e -> new Share(
                                e.getKey(),
                                label(e.getKey()),
                                e.getValue()[0],
                                e.getValue()[1],
                                percent(e.getValue()[0], population.size()),
                                percent(e.getValue()[1], sample.size())))
                        .toList());
    }

    /** A percentage to one decimal place, halves up; 0 of nothing is 0. */
    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** How a stratum value reads: a gender, a disposal type or a classification by its label. */
    public static String label(String code) {
        if (AuditRound.NOT_YET_ASSESSED.equals(code)) {
            return "Not yet assessed";
        }
        for (Gender g : Gender.values()) {
            if (g.name().equals(code)) {
                return g.label();
            }
        }
        for (InterventionType t : InterventionType.values()) {
            if (t.name().equals(code)) {
                return t.label();
            }
        }
        for (Classification c : Classification.values()) {
            if (c.name().equals(code)) {
                return c.label();
            }
        }
        return code;
    }
}
