package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.quality.AuditResults.KeyQuestionResult;
import org.desist.quality.AuditResults.StandardResult;
import org.desist.quality.Framework.Standard;
import org.desist.quality.InspectionRatings.KeyQuestionFigure;
import org.desist.quality.internal.ShippedFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round's overall rating (HMIP standards 2018, "rating"): given when every standard that must be rated has a
 * rating, otherwise the standards without one named with why.
 */
class RoundOverallTest {

    /**
     * @param percent every case-based key question's figure (of 100 applicable cases), unless {@code exceptions}
     *     says otherwise for a standard: {@code 2.1=none} (no applicable cases), {@code 2.1=few} (suppressed),
     *     {@code 2.1=49} (its key questions at 49%), {@code 1.2=none} (not judged), {@code 1.2=INADEQUATE}
     */
    @ParameterizedTest(name = "{0}: cases {1}%, organisational {2}, {3} → {4} {5}; missing {6}")
    @CsvSource(
            delimiter = '|',
            value = {
                // All entered: 12 standards' scores against the 2018 bands (31–36, 19–30, 7–18, 0–6).
                "HMIP-2018 | 80 | OUTSTANDING | | OUTSTANDING | 36 |",
                "HMIP-2018 | 65 | GOOD | | GOOD | 24 |",
                // 79.5% rounds to 80% (Outstanding); 64.4% to 64% (Requires improvement).
                "HMIP-2018 | 79.5 | GOOD | 2.1=64.4 | GOOD | 30 |",
                "HMIP-2018 | 50 | REQUIRES_IMPROVEMENT | 2.1=80;2.2=80 | REQUIRES_IMPROVEMENT | 16 |",
                "HMIP-2018 | 50 | REQUIRES_IMPROVEMENT | 2.1=80;2.2=80;2.3=80 | REQUIRES_IMPROVEMENT | 18 |",
                "HMIP-2018 | 50 | REQUIRES_IMPROVEMENT | 2.1=80;2.2=80;2.3=80;2.4=65 | GOOD | 19 |",
                "HMIP-2018 | 49 | INADEQUATE | 2.1=50;2.2=50;2.3=50;2.4=50;3.1=50;3.2=50;3.3=50 | REQUIRES_IMPROVEMENT | 7 |",
                "HMIP-2018 | 49 | INADEQUATE | 2.1=50;2.2=50;2.3=50;2.4=50;3.1=50;3.2=50 | INADEQUATE | 6 |",
                "HMIP-2018 | 80 | OUTSTANDING | 1.1=REQUIRES_IMPROVEMENT;2.1=79.4;3.4=64.4 | OUTSTANDING | 31 |",
                "HMIP-2018 | 80 | OUTSTANDING | 1.1=REQUIRES_IMPROVEMENT;2.1=79.4;3.3=64.4;3.4=64.4 | GOOD | 29 |",
                // Organisational judgements missing: no overall, each named.
                "HMIP-2018 | 80 | GOOD | 1.2=none | | | 1.2 NOT_JUDGED",
                "HMIP-2018 | 80 | | | | | 1.1 NOT_JUDGED;1.2 NOT_JUDGED;1.3 NOT_JUDGED;1.4 NOT_JUDGED",
                // A case-based standard no case applied to (the 2018 framework rates every standard).
                "HMIP-2018 | 80 | GOOD | 3.1=none | | | 3.1 NO_APPLICABLE_CASES",
                "HMIP-2018 | 80 | GOOD | 2.4=none;1.4=none | | | 1.4 NOT_JUDGED;2.4 NO_APPLICABLE_CASES",
                // The Board: a rating from too few cases is not shown, nor an overall it would give away.
                "HMIP-2018 | 80 | GOOD | 2.2=few | | | 2.2 TOO_FEW_CASES",
                // 2021: 4.1 may go unrated, so twelve rated standards band by the twelve-standard bands.
                "HMIP-2021 | 65 | GOOD | 4.1=none | GOOD | 24 |",
                "HMIP-2021 | 65 | GOOD | | GOOD | 26 |",
                "HMIP-2021 | 65 | GOOD | 3.4=none | | | 3.4 NOT_JUDGED",
            })
    void theOverallOfARound(
            String frameworkId,
            String percent,
            Rating organisational,
            String exceptions,
            Rating overall,
            Integer score,
            String missing) {
        Framework framework = ShippedFrameworks.get(frameworkId);
        Map<String, String> except = new LinkedHashMap<>();
        if (exceptions != null) {
            Arrays.stream(exceptions.split(";"))
                    .map(e -> e.split("="))
                    .forEach(e -> except.put(e[0].strip(), e[1].strip()));
        }
        List<StandardResult> caseBased = new ArrayList<>();
        Map<String, Rating> judged = new LinkedHashMap<>();
        for (Standard s : framework.standards()) {
            String x = except.getOrDefault(s.number(), s.caseBased() ? percent : null);
            if (s.caseBased()) {
                caseBased.add(result(framework, s, x));
            } else if (x == null && organisational != null) {
                judged.put(s.number(), organisational);
            } else if (x != null && !x.equals("none")) {
                judged.put(s.number(), Rating.valueOf(x));
            }
        }

        RoundOverall result = RoundOverall.of(framework, caseBased, judged);

        if (overall == null) {
            assertThat(result.given()).isFalse();
            assertThat(result.overall()).isEmpty();
            assertThat(result.missing().stream().map(m -> m.standard() + " " + m.reason()))
                    .containsExactly(missing.split(";"));
        } else {
            assertThat(result.missing()).isEmpty();
            assertThat(result.given()).isTrue();
            assertThat(result.overall()).singleElement().satisfies(o -> {
                assertThat(o.rating()).isEqualTo(overall);
                assertThat(o.score()).isEqualTo(score);
            });
        }
    }

    @Test
    void aStandardIsRatedFromItsLowestKeyQuestionTheFirstWhenTwoAreEqual() {
        Framework framework = ShippedFrameworks.get("HMIP-2018");
        Standard assessment = framework.standard("2.1").orElseThrow();
        StandardResult r = new StandardResult(
                assessment,
                List.of(kq(assessment, 0, 9, 10), kq(assessment, 1, 1, 2), kq(assessment, 2, 2, 4)),
                Optional.of(Rating.REQUIRES_IMPROVEMENT),
                false);
        assertThat(RoundOverall.lowest(r)).hasValueSatisfying(k -> {
            assertThat(k.keyQuestion().number()).isEqualTo("2.1.2");
            assertThat(k.rounded()).hasValue(50);
        });
        StandardResult none = new StandardResult(
                assessment,
                List.of(kq(assessment, 0, 0, 0), kq(assessment, 1, 0, 0), kq(assessment, 2, 0, 0)),
                Optional.empty(),
                false);
        assertThat(RoundOverall.lowest(none)).isEmpty();
    }

    static KeyQuestionResult kq(Standard s, int index, int yes, int applicable) {
        return new KeyQuestionResult(s.keyQuestions().get(index), new KeyQuestionFigure(yes, applicable), false);
    }

    /** A case-based standard's result with every key question at {@code x}% of 100 cases, none, or suppressed. */
    static StandardResult result(Framework framework, Standard s, String x) {
        boolean none = x.equals("none");
        boolean few = x.equals("few");
        List<KeyQuestionResult> kqs = new ArrayList<>();
        Map<String, java.math.BigDecimal> exact = new LinkedHashMap<>();
        for (Framework.KeyQuestion k : s.keyQuestions()) {
            KeyQuestionFigure figure;
            if (none) {
                figure = new KeyQuestionFigure(0, 0);
            } else if (few) {
                figure = new KeyQuestionFigure(2, 3);
            } else {
                int tenths = new java.math.BigDecimal(x)
                        .multiply(java.math.BigDecimal.TEN)
                        .intValueExact();
                figure = new KeyQuestionFigure(tenths, 1000);
            }
            kqs.add(new KeyQuestionResult(k, figure, few));
            AuditResults.exact(figure).ifPresent(p -> exact.put(k.number(), p));
        }
        Optional<Rating> rating = few ? Optional.empty() : InspectionRatings.caseBasedStandard(framework, s, exact);
        return new StandardResult(s, kqs, rating, few);
    }
}
