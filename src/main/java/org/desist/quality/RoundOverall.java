package org.desist.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.desist.quality.AuditResults.KeyQuestionResult;
import org.desist.quality.AuditResults.StandardResult;
import org.desist.quality.Framework.Standard;

/**
 * A round's ratings by the inspectorate's rules (HMIP standards 2018, "rating"): each standard's rating — the
 * case-based ones from the round's completed audits, the organisational ones as judged on the round — and the overall
 * score and rating banded for how many standards were rated. The overall is not given while a standard that must be
 * rated has no rating; {@code missing} names each and why. A standard the framework lets go unrated (no relevant
 * cases) is left out of the count instead.
 */
public record RoundOverall(
        Map<String, Rating> standards,
        List<String> unrated,
        List<Missing> missing,
        List<InspectionRatings.Overall> overall) {

    public RoundOverall {
        standards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(standards));
        unrated = List.copyOf(unrated);
        missing = List.copyOf(missing);
        overall = List.copyOf(overall);
    }

    /** Why a standard has no rating yet. */
    public enum Reason {
        NOT_JUDGED("its judgement has not been entered on the round"),
        NO_APPLICABLE_CASES("no completed audit's case applied to it"),
        TOO_FEW_CASES("its figures are from too few cases to show"),
        NO_BANDS("the framework has no overall bands for this many rated standards");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A standard without the rating the overall needs ({@code standard} empty for {@link Reason#NO_BANDS}). */
    public record Missing(String standard, String title, Reason reason) {}

    /** Whether the overall rating can be given. */
    public boolean given() {
        return missing.isEmpty() && !overall.isEmpty();
    }

    /**
     * @param caseBased the round's case-based standards' results (a standard absent had no applicable case)
     * @param organisational the organisational standards' ratings as judged on the round
     */
    public static RoundOverall of(
            Framework framework, List<StandardResult> caseBased, Map<String, Rating> organisational) {
        Map<String, StandardResult> results = new LinkedHashMap<>();
        caseBased.forEach(r -> results.put(r.standard().number(), r));
        Map<String, Rating> rated = new LinkedHashMap<>();
        List<String> unrated = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (Standard s : framework.standards()) {
            Optional<Rating> rating;
            Reason reason;
            if (s.caseBased()) {
                StandardResult r = results.get(s.number());
                rating = r == null ? Optional.empty() : r.rating();
                reason = r != null && r.suppressed() ? Reason.TOO_FEW_CASES : Reason.NO_APPLICABLE_CASES;
            } else {
                rating = Optional.ofNullable(organisational.get(s.number()));
                reason = Reason.NOT_JUDGED;
            }
            if (rating.isPresent()) {
                rated.put(s.number(), rating.get());
            } else if (s.mayBeUnrated() && reason != Reason.TOO_FEW_CASES) {
                unrated.add(s.number());
            } else {
                missing.add(new Missing(s.number(), s.title(), reason));
            }
        }
        List<InspectionRatings.Overall> overall = new ArrayList<>();
        if (missing.isEmpty()) {
            for (Framework.OverallRating o : framework.overallRatings()) {
                try {
                    overall.add(InspectionRatings.overall(framework, o, rated));
                } catch (IllegalArgumentException e) {
                    missing.add(new Missing("", o.name(), Reason.NO_BANDS));
                }
            }
            if (!missing.isEmpty()) {
                overall.clear();
            }
        }
        return new RoundOverall(rated, unrated, missing, overall);
    }

    /**
     * The key question a case-based standard is rated from: its lowest figure (the first in the framework's order when
     * two are equal); empty when no case applied or its figures are suppressed.
     */
    public static Optional<KeyQuestionResult> lowest(StandardResult standard) {
        if (standard.suppressed()) {
            return Optional.empty();
        }
        Comparator<KeyQuestionResult> byFigure =
                Comparator.comparing(k -> AuditResults.exact(k.figure()).orElse(BigDecimal.ZERO));
        return standard.keyQuestions().stream()
                .filter(k -> k.figure().applicable() > 0)
                .min(byFigure);
    }
}
