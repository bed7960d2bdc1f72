package org.desist.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How inspectors draw a case sample (HM Inspectorate of Probation, inspection methodology): proportional stratified
 * allocation — the sample's shares by gender, sentence or disposal type, ROSH and safety-and-wellbeing
 * classification match the eligible population's, rounded by largest remainder — then a random selection within
 * each stratum that the recorded seed reproduces exactly, and the replacement of an unsuitable case by a like case
 * (same stratum). Around 60% of a sample drawn across court and out-of-court work is court work.
 */
public final class SampleDraw {

    /** Court work's share when court and out-of-court cases are drawn together. */
    static final BigDecimal COURT_SHARE = new BigDecimal("0.6");

    private SampleDraw() {}

    /** The characteristics a sample's proportions must match. */
    public record Stratum(String gender, String disposalType, String rosh, String safetyAndWellbeing)
            implements Comparable<Stratum> {

        private static final Comparator<Stratum> ORDER = Comparator.comparing(Stratum::gender)
                .thenComparing(Stratum::disposalType)
                .thenComparing(Stratum::rosh)
                .thenComparing(Stratum::safetyAndWellbeing);

        @Override
        public int compareTo(Stratum other) {
            return ORDER.compare(this, other);
        }
    }

    /** A case in the eligible population. */
    public record Candidate(UUID caseId, Stratum stratum) {}

    /**
     * Each stratum's share of a sample of {@code size}: its exact quota (size × its population ÷ the population),
     * rounded down, then the cases left over one each to the largest remainders (ties: the larger stratum, then
     * the strata's order), so every stratum is within one case of its quota and the shares add up to the size.
     */
    public static Map<Stratum, Integer> allocate(Map<Stratum, Integer> population, int size) {
        int total = population.values().stream().mapToInt(Integer::intValue).sum();
        if (size < 0 || size > total) {
            throw new IllegalArgumentException("A sample of " + size + " from " + total + " cases");
        }
        Map<Stratum, Integer> shares = new TreeMap<>();
        Map<Stratum, Long> remainders = new TreeMap<>();
        int given = 0;
        for (Map.Entry<Stratum, Integer> e : new TreeMap<>(population).entrySet()) {
            long scaled = (long) size * e.getValue();
            int share = total == 0 ? 0 : (int) (scaled / total);
            shares.put(e.getKey(), share);
            remainders.put(e.getKey(), total == 0 ? 0 : scaled % total);
            given += share;
        }
        List<Stratum> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparing((Stratum s) -> remainders.get(s))
                .reversed()
                .thenComparing(
                        Comparator.comparing((Stratum s) -> population.get(s)).reversed())
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; given < size; i++, given++) {
            shares.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return shares;
    }

    /**
     * The sample: {@link #allocate} over the population's strata, then in each stratum (in the strata's order) the
     * cases in case-id order shuffled by one {@link Random} from {@code seed} and the first ones taken. The same
     * seed and population give the same sample, whatever order the population is listed in.
     */
    public static List<Candidate> draw(List<Candidate> population, int size, long seed) {
        Map<Stratum, List<Candidate>> byStratum = byStratum(population);
        Map<Stratum, Integer> shares = allocate(
                byStratum.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().size())),
                size);
        Random random = new Random(seed);
        List<Candidate> sample = new ArrayList<>();
        for (Map.Entry<Stratum, List<Candidate>> e : byStratum.entrySet()) {
            List<Candidate> cases = new ArrayList<>(e.getValue());
            Collections.shuffle(cases, random);
            sample.addAll(cases.subList(0, shares.get(e.getKey())));
        }
        return sample;
    }

    /**
     * A like case for one found unsuitable: another case of the same stratum not already in the sample nor found
     * unsuitable, chosen by {@code seed} as the draw chooses; empty when the stratum has none left.
     */
    public static Optional<Candidate> replacement(
            List<Candidate> population, Set<UUID> alreadyInSampleOrRefused, Candidate unsuitable, long seed) {
        List<Candidate> like = population.stream()
                .filter(c -> c.stratum().equals(unsuitable.stratum()))
                .filter(c -> !alreadyInSampleOrRefused.contains(c.caseId())
                        && !c.caseId().equals(unsuitable.caseId()))
                .sorted(Comparator.comparing(Candidate::caseId))
                .collect(Collectors.toCollection(ArrayList::new));
        if (like.isEmpty()) {
            return Optional.empty();
        }
        Collections.shuffle(like, new Random(seed ^ unsuitable.caseId().getLeastSignificantBits()));
        return Optional.of(like.get(0));
    }

    /** How a sample of court and out-of-court work drawn together divides. */
    public record Split(int court, int outOfCourt) {}

    /**
     * About 60% court work: court's part is 60% of the sample rounded to the nearest case (halves up), the rest
     * out-of-court; a part larger than its population gives its surplus to the other.
     */
    public static Split courtAndOutOfCourt(int size, int courtPopulation, int outOfCourtPopulation) {
        if (size < 0 || size > courtPopulation + outOfCourtPopulation) {
            throw new IllegalArgumentException(
                    "A sample of " + size + " from " + (courtPopulation + outOfCourtPopulation) + " cases");
        }
        int court = COURT_SHARE
                .multiply(BigDecimal.valueOf(size))
                .setScale(0, RoundingMode.HALF_UP)
                .intValue();
        court = Math.min(court, courtPopulation);
        int outOfCourt = Math.min(size - court, outOfCourtPopulation);
        court = size - outOfCourt;
        return new Split(court, outOfCourt);
    }

    private static Map<Stratum, List<Candidate>> byStratum(List<Candidate> population) {
        Map<Stratum, List<Candidate>> byStratum = new TreeMap<>();
        population.stream()
                .sorted(Comparator.comparing(Candidate::caseId))
                .forEach(c -> byStratum
                        .computeIfAbsent(c.stratum(), s -> new ArrayList<>())
                        .add(c));
        return new LinkedHashMap<>(byStratum);
    }
}
