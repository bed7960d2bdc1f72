package org.desist.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.Framework.KeyQuestion;
import org.desist.quality.Framework.Standard;
import org.desist.quality.InspectionRatings.KeyQuestionFigure;

/**
 * The results of a set of completed audits of one framework version, by the inspectorate's rules (HMIP standards
 * 2018, "rating"): each key question's percentage of applicable cases answered yes, each case-based standard rated
 * from its lowest key question, the same by team and by case manager, and the cases behind every "no". For the
 * Management Board ({@link #forBoard}): figures and ratings only, and a figure from fewer cases than the
 * small-number threshold is suppressed, because it could identify a child.
 */
public record AuditResults(
        Framework framework,
        int audits,
        List<StandardResult> standards,
        List<Breakdown> byTeam,
        List<Breakdown> byCaseManager,
        List<CaseBehindNo> casesBehindNo,
        int suppressedBelow) {

    /** A key question's figure; {@code suppressed} when it is from too few cases to show the Board. */
    public record KeyQuestionResult(KeyQuestion keyQuestion, KeyQuestionFigure figure, boolean suppressed) {

        /** The percentage to two decimal places; empty when no case applied or the figure is suppressed. */
        public Optional<BigDecimal> percentage() {
            return suppressed ? Optional.empty() : figure.percentage();
        }

        /** The whole percentage it is banded by (rounded from the exact figure, halves up). */
        public Optional<Integer> rounded() {
            return suppressed ? Optional.empty() : exact(figure).map(InspectionRatings::rounded);
        }
    }

    /** A case-based standard: its key questions and its rating; no rating when no case applied (or suppressed). */
    public record StandardResult(
            Standard standard, List<KeyQuestionResult> keyQuestions, Optional<Rating> rating, boolean suppressed) {

        public boolean noApplicableCases() {
            return keyQuestions.stream().allMatch(k -> k.figure().applicable() == 0);
        }

        /** The key question the standard is rated from: the lowest rounded figure of those shown. */
        public Optional<KeyQuestionResult> lowest() {
            return keyQuestions.stream()
                    .filter(k -> k.rounded().isPresent())
                    .min(java.util.Comparator.comparing(k -> k.rounded().get()));
        }
    }

    /** The results of one team's or one case manager's audited cases. */
    public record Breakdown(String name, int audits, List<StandardResult> standards) {}

    /** A case answered no on a key question, with the auditor's reason. */
    public record CaseBehindNo(
            UUID auditId,
            UUID interventionId,
            UUID childId,
            UUID caseManagerId,
            String keyQuestion,
            String rationale,
            java.time.LocalDate completedOn) {}

    /**
     * The results of {@code completed} (audits of other framework versions and drafts are left out).
     *
     * @param teamOf the team of the audit's case manager at the audit ("No team" when none)
     * @param caseManagerOf the case manager's name
     */
    public static AuditResults of(
            Framework framework,
            List<CaseAudit> completed,
            Function<CaseAudit, String> teamOf,
            Function<CaseAudit, String> caseManagerOf) {
        List<CaseAudit> audits = completed.stream()
                .filter(a -> a.completed() && a.frameworkId().equals(framework.id()))
                .toList();
        List<CaseBehindNo> noes = new ArrayList<>();
        for (CaseAudit a : audits) {
            for (String kq : a.keyQuestionsAnsweredNo()) {
                noes.add(new CaseBehindNo(
                        a.id(),
                        a.interventionId(),
                        a.childId(),
                        a.caseManagerId(),
                        kq,
                        a.answers().judgements().get(kq).rationale(),
                        a.completedOn()));
            }
        }
        noes.sort(java.util.Comparator.comparing(CaseBehindNo::keyQuestion, AuditResults::byNumber));
        return new AuditResults(
                framework,
                audits.size(),
                standards(framework, audits, 0),
                breakdown(framework, audits, teamOf, 0),
                breakdown(framework, audits, caseManagerOf, 0),
                noes,
                0);
    }

    /**
     * The same results for the Management Board: no cases and no case managers, and every figure from fewer than
     * {@code threshold} applicable cases suppressed, with the rating of a standard that any suppressed figure fed.
     */
    public static AuditResults forBoard(
            Framework framework, List<CaseAudit> completed, Function<CaseAudit, String> teamOf, int threshold) {
        List<CaseAudit> audits = completed.stream()
                .filter(a -> a.completed() && a.frameworkId().equals(framework.id()))
                .toList();
        return new AuditResults(
                framework,
                audits.size(),
                standards(framework, audits, threshold),
                breakdown(framework, audits, teamOf, threshold),
                List.of(),
                List.of(),
                threshold);
    }

    /** Whether figures from few cases are suppressed in these results (the Board's). */
    public boolean suppressing() {
        return suppressedBelow > 0;
    }

    private static List<Breakdown> breakdown(
            Framework framework, List<CaseAudit> audits, Function<CaseAudit, String> nameOf, int threshold) {
        Map<String, List<CaseAudit>> groups = new TreeMap<>();
        audits.forEach(a ->
                groups.computeIfAbsent(nameOf.apply(a), k -> new ArrayList<>()).add(a));
        List<Breakdown> result = new ArrayList<>();
        groups.forEach(
                (name, group) -> result.add(new Breakdown(name, group.size(), standards(framework, group, threshold))));
        return result;
    }

    private static List<StandardResult> standards(Framework framework, List<CaseAudit> audits, int threshold) {
        List<StandardResult> result = new ArrayList<>();
        for (Standard s : framework.standards()) {
            if (!s.caseBased()) {
                continue;
            }
            List<KeyQuestionResult> kqs = new ArrayList<>();
            Map<String, BigDecimal> exact = new LinkedHashMap<>();
            boolean anySuppressed = false;
            for (KeyQuestion kq : s.keyQuestions()) {
                int yes = 0;
                int applicable = 0;
                for (CaseAudit a : audits) {
                    Judgement j = a.answers().judgements().get(kq.number());
                    if (j != null && (j.answer() == Answer.YES || j.answer() == Answer.NO)) {
                        applicable++;
                        yes += j.answer() == Answer.YES ? 1 : 0;
                    }
                }
                KeyQuestionFigure figure = new KeyQuestionFigure(yes, applicable);
                boolean suppressed = applicable > 0 && applicable < threshold;
                anySuppressed |= suppressed;
                kqs.add(new KeyQuestionResult(kq, figure, suppressed));
                exact(figure).ifPresent(p -> exact.put(kq.number(), p));
            }
            Optional<Rating> rating =
                    anySuppressed ? Optional.empty() : InspectionRatings.caseBasedStandard(framework, s, exact);
            result.add(new StandardResult(s, kqs, rating, anySuppressed));
        }
        return result;
    }

    /** The figure unrounded (ten decimal places), so banding rounds it once: 64.4949…% is 64%, never 65%. */
    static Optional<BigDecimal> exact(KeyQuestionFigure figure) {
        if (figure.applicable() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(figure.yes() * 100L)
                .divide(BigDecimal.valueOf(figure.applicable()), 10, RoundingMode.HALF_UP));
    }

    /** Framework numbers in their order: 2.1.2 before 2.1.10. */
    static int byNumber(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
