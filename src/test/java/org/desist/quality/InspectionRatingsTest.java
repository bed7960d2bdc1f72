package org.desist.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.internal.ShippedFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InspectionRatingsTest {

    static final Framework F2018 = ShippedFrameworks.get("HMIP-2018");
    static final Framework F2021 = ShippedFrameworks.get("HMIP-2021");

    @ParameterizedTest(name = "{0} yes of {1} applicable is {2}%")
    @CsvSource({"0, 1, 0.00", "1, 3, 33.33", "2, 3, 66.67", "13, 20, 65.00", "159, 200, 79.50", "5, 5, 100.00"})
    void aKeyQuestionsFigureIsThePercentageOfApplicableCasesAnsweredYes(int yes, int applicable, String percentage) {
        assertThat(new InspectionRatings.KeyQuestionFigure(yes, applicable).percentage())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(percentage));
    }

    @Test
    void aKeyQuestionWithNoApplicableCaseHasNoFigure() {
        assertThat(new InspectionRatings.KeyQuestionFigure(0, 0).percentage()).isEmpty();
        assertThatThrownBy(() -> new InspectionRatings.KeyQuestionFigure(3, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // The bands are whole percentages: a figure is rounded to the nearest whole number, halves up, first.
    @ParameterizedTest(name = "{0}% rounds to {1}% and is {2}")
    @CsvSource({
        "100, 100, OUTSTANDING",
        "80, 80, OUTSTANDING",
        "79.5, 80, OUTSTANDING",
        "79.49, 79, GOOD",
        "65, 65, GOOD",
        "64.5, 65, GOOD",
        "64.49, 64, REQUIRES_IMPROVEMENT",
        "50, 50, REQUIRES_IMPROVEMENT",
        "49.5, 50, REQUIRES_IMPROVEMENT",
        "49.49, 49, INADEQUATE",
        "0, 0, INADEQUATE"
    })
    void aCaseBasedFigureIsRoundedThenBanded(String percentage, int rounded, Rating rating) {
        assertThat(InspectionRatings.rounded(new BigDecimal(percentage))).isEqualTo(rounded);
        assertThat(InspectionRatings.band(F2018, new BigDecimal(percentage))).isEqualTo(rating);
    }

    @Test
    void aCaseBasedStandardIsRatedByItsLowestApplicableKeyQuestion() {
        Framework.Standard assessment = F2018.standard("2.1").orElseThrow();
        Map<String, BigDecimal> figures = new HashMap<>();
        figures.put("2.1.1", new BigDecimal("84"));
        figures.put("2.1.2", new BigDecimal("63"));
        figures.put("2.1.3", new BigDecimal("90"));
        assertThat(InspectionRatings.caseBasedStandard(F2018, assessment, figures))
                .contains(Rating.REQUIRES_IMPROVEMENT);
        figures.put("2.1.2", null); // no case where the child's safety arose
        assertThat(InspectionRatings.caseBasedStandard(F2018, assessment, figures))
                .contains(Rating.OUTSTANDING);
        figures.put("2.1.1", null);
        figures.put("2.1.3", null);
        assertThat(InspectionRatings.caseBasedStandard(F2018, assessment, figures))
                .isEmpty();
    }

    // 12 standards in 2018: 0–6 Inadequate, 7–18 Requires improvement, 19–30 Good, 31–36 Outstanding.
    @ParameterizedTest(name = "a score of {0} is {1}")
    @CsvSource({
        "0, INADEQUATE",
        "6, INADEQUATE",
        "7, REQUIRES_IMPROVEMENT",
        "18, REQUIRES_IMPROVEMENT",
        "19, GOOD",
        "30, GOOD",
        "31, OUTSTANDING",
        "36, OUTSTANDING"
    })
    void theOverallRatingBandsTheSumOfTheStandardsScores(int score, Rating rating) {
        Map<String, Rating> ratings = ratingsScoring(F2018, score);
        InspectionRatings.Overall overall =
                InspectionRatings.overall(F2018, F2018.overallRatings().get(0), ratings);
        assertThat(overall.score()).isEqualTo(score);
        assertThat(overall.ratedStandards()).isEqualTo(12);
        assertThat(overall.rating()).isEqualTo(rating);
    }

    @Test
    void aServiceIsRatedFromAnInspectionsFindings() {
        // Domain 1 judged Good, Good, Requires improvement, Good (7); 2.1 lowest 63 (RI, 1); 2.2 lowest 70 (Good,
        // 2); 2.3 lowest 81 (Outstanding, 3); 2.4 lowest 49.4 (Inadequate, 0); 3.1–3.3 at 66 (Good, 6); 3.4 lowest
        // 50 (RI, 1): 20 in all, Good.
        Map<String, Rating> organisational =
                Map.of("1.1", Rating.GOOD, "1.2", Rating.GOOD, "1.3", Rating.REQUIRES_IMPROVEMENT, "1.4", Rating.GOOD);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        F2018.standards().stream()
                .filter(Framework.Standard::caseBased)
                .flatMap(s -> s.keyQuestions().stream())
                .forEach(kq -> figures.put(kq.number(), new BigDecimal("95")));
        figures.put("2.1.2", new BigDecimal("63"));
        figures.put("2.2.3", new BigDecimal("70"));
        figures.put("2.3.1", new BigDecimal("81"));
        figures.put("2.4.1", new BigDecimal("49.4"));
        figures.put("3.1.1", new BigDecimal("66"));
        figures.put("3.2.2", new BigDecimal("66"));
        figures.put("3.3.3", new BigDecimal("66"));
        figures.put("3.4.2", new BigDecimal("50"));
        var rated = InspectionRatings.rateService(F2018, organisational, figures);
        assertThat(rated.standards())
                .containsEntry("1.3", Rating.REQUIRES_IMPROVEMENT)
                .containsEntry("2.1", Rating.REQUIRES_IMPROVEMENT)
                .containsEntry("2.2", Rating.GOOD)
                .containsEntry("2.3", Rating.OUTSTANDING)
                .containsEntry("2.4", Rating.INADEQUATE)
                .containsEntry("3.4", Rating.REQUIRES_IMPROVEMENT)
                .hasSize(12);
        assertThat(rated.unrated()).isEmpty();
        assertThat(rated.overall()).singleElement().satisfies(o -> {
            assertThat(o.score()).isEqualTo(20);
            assertThat(o.rating()).isEqualTo(Rating.GOOD);
        });
    }

    @Test
    void eachMissingOrUnknownEntryIsNamed() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("2.1.1", new BigDecimal("84"));
        figures.put("9.9.9", new BigDecimal("50"));
        figures.put("2.1.2", new BigDecimal("101"));
        assertThatThrownBy(() -> InspectionRatings.rateService(F2018, Map.of("2.1", Rating.GOOD), figures))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors())
                                .containsEntry("organisational.2.1", "HMIP-2018 has no organisational standard 2.1")
                                .containsEntry("keyQuestions.9.9.9", "HMIP-2018 has no case-based key question 9.9.9")
                                .containsEntry(
                                        "keyQuestions.2.1.2", "Key question 2.1.2 must be a percentage from 0 to 100")
                                .containsKeys("organisational.1.1", "keyQuestions.2.1.3", "keyQuestions.3.4.2")
                                .doesNotContainKey("keyQuestions.2.1.1"));
    }

    @Test
    void the2021ResettlementStandardMayBeLeftUnratedAndTheBandsFollowTheRatedCount() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        F2021.standards().stream()
                .filter(Framework.Standard::caseBased)
                .flatMap(s -> s.keyQuestions().stream())
                .forEach(kq -> figures.put(kq.number(), new BigDecimal("70")));
        Map<String, Rating> organisational = new HashMap<>(Map.of(
                "1.1", Rating.GOOD, "1.2", Rating.GOOD, "1.3", Rating.GOOD, "1.4", Rating.GOOD, "3.4", Rating.GOOD));
        // 12 rated, all Good: 24 of 36, Good; with resettlement rated Outstanding, 27 of 39, still Good.
        var without = InspectionRatings.rateService(F2021, organisational, figures);
        assertThat(without.unrated()).containsExactly("4.1");
        assertThat(without.overall().get(0).ratedStandards()).isEqualTo(12);
        assertThat(without.overall().get(0).score()).isEqualTo(24);
        organisational.put("4.1", Rating.OUTSTANDING);
        var with = InspectionRatings.rateService(F2021, organisational, figures);
        assertThat(with.unrated()).isEmpty();
        assertThat(with.overall().get(0).ratedStandards()).isEqualTo(13);
        assertThat(with.overall().get(0).score()).isEqualTo(27);
        assertThat(with.overall().get(0).rating()).isEqualTo(Rating.GOOD);
    }

    @Test
    void aStandardThatMustBeRatedCannotBeLeftWithNoApplicableCase() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        F2018.standards().stream()
                .filter(Framework.Standard::caseBased)
                .flatMap(s -> s.keyQuestions().stream())
                .forEach(kq -> figures.put(kq.number(), kq.number().startsWith("2.4.") ? null : new BigDecimal("70")));
        Map<String, Rating> organisational =
                Map.of("1.1", Rating.GOOD, "1.2", Rating.GOOD, "1.3", Rating.GOOD, "1.4", Rating.GOOD);
        assertThatThrownBy(() -> InspectionRatings.rateService(F2018, organisational, figures))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().get("keyQuestions"))
                                .contains("no Overall bands for 11 rated standards")
                                .contains("unrated: 2.4"));
    }

    /** Twelve ratings summing to {@code score}: as many Outstanding as fit, then the rest. */
    private static Map<String, Rating> ratingsScoring(Framework f, int score) {
        Map<String, Rating> ratings = new LinkedHashMap<>();
        int left = score;
        for (Framework.Standard s : f.standards()) {
            int points = Math.min(3, left);
            left -= points;
            ratings.put(
                    s.number(),
                    switch (points) {
                        case 3 -> Rating.OUTSTANDING;
                        case 2 -> Rating.GOOD;
                        case 1 -> Rating.REQUIRES_IMPROVEMENT;
                        default -> Rating.INADEQUATE;
                    });
        }
        return ratings;
    }
}
