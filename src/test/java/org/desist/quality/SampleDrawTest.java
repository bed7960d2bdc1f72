package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.quality.SampleDraw.Candidate;
import org.desist.quality.SampleDraw.Stratum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleDrawTest {

    static final Stratum A = new Stratum("Male", "Referral order", "Medium", "Low");
    static final Stratum B = new Stratum("Male", "Youth rehabilitation order", "High", "Medium");
    static final Stratum C = new Stratum("Female", "Referral order", "Low", "Low");

    /** Strata A, B and C of the given sizes; the sample size; the shares expected (worked by hand). */
    @ParameterizedTest(name = "{0}/{1}/{2} cases, a sample of {3}: {4}/{5}/{6}")
    @CsvSource({
        // quotas 5, 3, 2: exact
        "50, 30, 20, 10, 5, 3, 2",
        // quotas 3.5, 1.0, 0.5: A and C tie on remainder, the larger stratum (A) gets the case
        "7, 2, 1, 5, 4, 1, 0",
        // quotas 2/3 each: A and B in the strata's order (B sorts after C: Female before Male)
        "1, 1, 1, 2, 1, 0, 1",
        // quotas 12.5, 8.33, 4.17 → 12, 8, 4, then the one left to A (.5)
        "60, 40, 20, 25, 13, 8, 4",
        // quotas 3.33, 2.22, 1.44 (of 30, 20, 13 for 7) → 3, 2, 1, then C (.44) before A (.33)
        "30, 20, 13, 7, 3, 2, 2",
        "10, 0, 5, 15, 10, 0, 5",
        "10, 10, 10, 0, 0, 0, 0"
    })
    void eachStratumGetsItsShareByLargestRemainder(int a, int b, int c, int size, int sa, int sb, int sc) {
        Map<Stratum, Integer> population = new LinkedHashMap<>(Map.of(A, a, B, b, C, c));
        Map<Stratum, Integer> shares = SampleDraw.allocate(population, size);
        assertThat(shares).containsEntry(A, sa).containsEntry(B, sb).containsEntry(C, sc);
        assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(size);
    }

    @Test
    void everyShareIsWithinOneCaseOfItsQuotaForManyPopulations() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            Map<Stratum, Integer> population = new LinkedHashMap<>();
            int strata = 1 + random.nextInt(12);
            int total = 0;
            for (int s = 0; s < strata; s++) {
                int n = random.nextInt(40);
                population.put(new Stratum("G" + s, "D", "R", "S"), n);
                total += n;
            }
            int size = total == 0 ? 0 : random.nextInt(total + 1);
            Map<Stratum, Integer> shares = SampleDraw.allocate(population, size);
            assertThat(shares.values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(size);
            for (Map.Entry<Stratum, Integer> e : population.entrySet()) {
                double quota = total == 0 ? 0 : (double) size * e.getValue() / total;
                assertThat((double) shares.get(e.getKey()))
                        .isCloseTo(quota, org.assertj.core.data.Offset.offset(0.999999));
                assertThat(shares.get(e.getKey())).isLessThanOrEqualTo(e.getValue());
            }
        }
    }

    @Test
    void theSameSeedAndPopulationGiveTheSameSampleInWhateverOrderItIsListed() {
        List<Candidate> population = population(120, 11);
        List<Candidate> first = SampleDraw.draw(population, 40, 20261207L);
        List<Candidate> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(3));
        assertThat(SampleDraw.draw(shuffled, 40, 20261207L)).containsExactlyElementsOf(first);
        assertThat(first).hasSize(40).doesNotHaveDuplicates();
        assertThat(SampleDraw.draw(population, 40, 1L)).isNotEqualTo(first);
        // The sample's proportions are the population's, within one case per stratum.
        Map<Stratum, Long> inPopulation =
                population.stream().collect(Collectors.groupingBy(Candidate::stratum, Collectors.counting()));
        Map<Stratum, Long> inSample =
                first.stream().collect(Collectors.groupingBy(Candidate::stratum, Collectors.counting()));
        inPopulation.forEach((stratum, n) -> assertThat((double) inSample.getOrDefault(stratum, 0L))
                .isCloseTo(40.0 * n / population.size(), org.assertj.core.data.Offset.offset(0.999999)));
    }

    @Test
    void anUnsuitableCaseIsReplacedByALikeCaseNotAlreadyChosen() {
        List<Candidate> population = population(60, 5);
        List<Candidate> sample = SampleDraw.draw(population, 20, 42L);
        Candidate unsuitable = sample.get(0);
        Set<UUID> taken = sample.stream().map(Candidate::caseId).collect(Collectors.toCollection(HashSet::new));
        Candidate like =
                SampleDraw.replacement(population, taken, unsuitable, 42L).orElseThrow();
        assertThat(like.stratum()).isEqualTo(unsuitable.stratum());
        assertThat(taken).doesNotContain(like.caseId());
        assertThat(SampleDraw.replacement(population, taken, unsuitable, 42L)).contains(like);
        // A stratum with no case left has no replacement.
        Set<UUID> all = population.stream().map(Candidate::caseId).collect(Collectors.toSet());
        assertThat(SampleDraw.replacement(population, all, unsuitable, 42L)).isEmpty();
    }

    @ParameterizedTest(name = "{0} from {1} court and {2} out-of-court cases: {3} and {4}")
    @CsvSource({
        "10, 100, 100, 6, 4",
        "5, 100, 100, 3, 2",
        "7, 100, 100, 4, 3",
        "10, 3, 100, 3, 7",
        "10, 100, 2, 8, 2",
        "0, 5, 5, 0, 0",
        "10, 5, 5, 5, 5"
    })
    void aboutSixtyPerCentOfASampleAcrossBothIsCourtWork(int size, int court, int ooc, int toCourt, int toOoc) {
        assertThat(SampleDraw.courtAndOutOfCourt(size, court, ooc)).isEqualTo(new SampleDraw.Split(toCourt, toOoc));
    }

    @Test
    void aSampleCannotBeLargerThanItsPopulation() {
        assertThatThrownBy(() -> SampleDraw.allocate(Map.of(A, 3), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleDraw.courtAndOutOfCourt(11, 5, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code size} cases over {@code strata} strata of uneven sizes, with ids from a fixed source. */
    private static List<Candidate> population(int size, int strata) {
        Random ids = new Random(99);
        List<Candidate> cases = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int s = (i * i) % strata;
            cases.add(new Candidate(
                    new UUID(ids.nextLong(), ids.nextLong()),
                    new Stratum(s % 2 == 0 ? "Male" : "Female", "Disposal " + (s % 3), "ROSH " + (s % 4), "SWB " + s)));
        }
        return cases;
    }
}
