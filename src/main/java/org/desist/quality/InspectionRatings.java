package org.desist.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.Framework.OverallRating;
import org.desist.quality.Framework.ScoreBands;
import org.desist.quality.Framework.Standard;

/**
 * How the inspectorate rates (HM Inspectorate of Probation, standards for inspecting youth offending services,
 * "rating"): a key question's figure is the percentage of applicable cases answered yes; a case-based standard is
 * banded by its lowest key question; each standard's rating scores, and the scores of the rated standards band into
 * the overall rating. The bands and scores are the framework version's data. A percentage is rounded to the
 * nearest whole number, halves up, before it is banded (so 64.5% is 65%, Good), because the bands are whole
 * percentages ("65% to 79%"); pages show the unrounded figure beside it.
 */
public final class InspectionRatings {

    private InspectionRatings() {}

    /** A key question over a set of cases: how many were answered yes, of those where it applied. */
    public record KeyQuestionFigure(int yes, int applicable) {

        public KeyQuestionFigure {
            if (yes < 0 || applicable < 0 || yes > applicable) {
                throw new IllegalArgumentException("yes " + yes + " of " + applicable + " applicable cases");
            }
        }

        /** The percentage of applicable cases answered yes, to two decimal places; empty when none applied. */
        public Optional<BigDecimal> percentage() {
            if (applicable == 0) {
                return Optional.empty();
            }
            return Optional.of(
                    BigDecimal.valueOf(yes * 100L).divide(BigDecimal.valueOf(applicable), 2, RoundingMode.HALF_UP));
        }
    }

    /** The whole percentage a figure is banded by: the nearest, halves up. */
    public static int rounded(BigDecimal percentage) {
        return percentage.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The rating of a case-based standard whose lowest key question is {@code percentage}. */
    public static Rating band(Framework framework, BigDecimal percentage) {
        if (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A percentage from 0 to 100: " + percentage);
        }
        int whole = rounded(percentage);
        return framework.caseBasedBands().stream()
                .sorted(Comparator.comparingInt(Framework.PercentageBand::from).reversed())
                .filter(b -> whole >= b.from())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(framework.id() + " has no band for " + whole + "%"))
                .rating();
    }

    /**
     * A case-based standard's rating from its key questions' percentages (a key question with no applicable cases
     * maps to null, or is absent): its lowest percentage, banded. Empty when no key question applied — the standard
     * is not rated.
     */
    public static Optional<Rating> caseBasedStandard(
            Framework framework, Standard standard, Map<String, BigDecimal> percentages) {
        if (!standard.caseBased()) {
            throw new IllegalArgumentException(standard.number() + " is rated by judgement, not from cases");
        }
        return standard.keyQuestions().stream()
                .map(kq -> percentages.get(kq.number()))
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(lowest -> band(framework, lowest));
    }

    /** An overall rating: the sum of its rated standards' scores, banded for that many rated standards. */
    public record Overall(String name, int score, int ratedStandards, Rating rating) {}

    /**
     * The overall rating from the standards' ratings (a standard absent from {@code ratings} is not rated).
     *
     * @throws IllegalArgumentException when the framework has no bands for that many rated standards (e.g. a
     *     standard that must be rated is missing)
     */
    public static Overall overall(Framework framework, OverallRating overall, Map<String, Rating> ratings) {
        List<Standard> counted = framework.standardsOf(overall).stream()
                .filter(s -> ratings.containsKey(s.number()))
                .toList();
        int score = counted.stream()
                .mapToInt(s -> framework.scores().get(ratings.get(s.number())))
                .sum();
        ScoreBands bands = overall.bands().stream()
                .filter(b -> b.ratedStandards() == counted.size())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(framework.id() + " has no " + overall.name()
                        + " bands for " + counted.size() + " rated standards"));
        Rating rating = bands.bands().stream()
                .filter(b -> score >= b.from() && score <= b.to())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(framework.id() + " has no band for a score of " + score))
                .rating();
        return new Overall(overall.name(), score, counted.size(), rating);
    }

    /** A service's ratings: each rated standard's, the standards left unrated, and each overall rating. */
    public record ServiceRatings(
            String framework, Map<String, Rating> standards, List<String> unrated, List<Overall> overall) {}

    /**
     * Rates a service from the organisational standards' judgements and the case-based key questions' percentages
     * (null: no applicable cases), as an inspection's findings are entered. Every case-based key question and every
     * organisational standard that must be rated is needed; anything the framework does not have is refused.
     *
     * @throws InvalidRequestException naming each missing, unknown or out-of-range entry (as
     *     {@code keyQuestions.2.1.1}, {@code organisational.1.1})
     */
    public static ServiceRatings rateService(
            Framework framework, Map<String, Rating> organisational, Map<String, BigDecimal> keyQuestions) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Standard> organisationalStandards = new LinkedHashMap<>();
        Map<String, Framework.KeyQuestion> caseBasedQuestions = new LinkedHashMap<>();
        for (Standard s : framework.standards()) {
            if (s.caseBased()) {
                s.keyQuestions().forEach(kq -> caseBasedQuestions.put(kq.number(), kq));
            } else {
                organisationalStandards.put(s.number(), s);
            }
        }
        organisational.keySet().stream()
                .filter(n -> !organisationalStandards.containsKey(n))
                .forEach(n ->
                        problems.put("organisational." + n, framework.id() + " has no organisational standard " + n));
        keyQuestions.forEach((n, percentage) -> {
            if (!caseBasedQuestions.containsKey(n)) {
                problems.put("keyQuestions." + n, framework.id() + " has no case-based key question " + n);
            } else if (percentage != null
                    && (percentage.signum() < 0 || percentage.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.put("keyQuestions." + n, "Key question " + n + " must be a percentage from 0 to 100");
            }
        });
        organisationalStandards.values().stream()
                .filter(s -> !s.mayBeUnrated() && organisational.get(s.number()) == null)
                .forEach(s -> problems.put(
                        "organisational." + s.number(),
                        "Enter the rating of standard " + s.number() + " " + s.title()));
        caseBasedQuestions.keySet().stream()
                .filter(n -> !keyQuestions.containsKey(n))
                .forEach(n -> problems.put(
                        "keyQuestions." + n,
                        "Enter the percentage of cases answered yes for key question " + n
                                + " (null when no case applied)"));
        InvalidRequestException.refuseIf(problems);

        Map<String, Rating> standards = new LinkedHashMap<>();
        List<String> unrated = new ArrayList<>();
        for (Standard s : framework.standards()) {
            Optional<Rating> rating = s.caseBased()
                    ? caseBasedStandard(framework, s, keyQuestions)
                    : Optional.ofNullable(organisational.get(s.number()));
            rating.ifPresentOrElse(r -> standards.put(s.number(), r), () -> unrated.add(s.number()));
        }
        List<Overall> overall = new ArrayList<>();
        for (OverallRating o : framework.overallRatings()) {
            try {
                overall.add(overall(framework, o, standards));
            } catch (IllegalArgumentException e) {
                problems.put(
                        "keyQuestions",
                        "Too few standards can be rated: " + e.getMessage() + " (unrated: " + String.join(", ", unrated)
                                + ")");
            }
        }
        InvalidRequestException.refuseIf(problems);
        return new ServiceRatings(framework.id(), standards, unrated, overall);
    }
}
