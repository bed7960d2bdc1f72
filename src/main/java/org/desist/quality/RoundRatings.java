package org.desist.quality;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.quality.AuditResults.StandardResult;
import org.desist.quality.internal.AuditRoundRepository.Listing;
import org.desist.quality.internal.CaseAuditRepository;
import org.desist.security.CurrentUser;
import org.desist.security.Role.Capability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A round's ratings by the inspectorate's rules ({@link RoundOverall} over {@link CaseAuditResults#ofRound}), and
 * the trend of the service's rounds of one framework. The ratings show the cases behind every "no" to those who
 * audit (each child's view audited there); the Management Board sees figures and ratings, small numbers suppressed.
 * The trend shows no child to anyone.
 */
@Service
public class RoundRatings {

    private final AuditRounds rounds;
    private final CaseAuditResults results;
    private final CaseAuditRepository audits;
    private final Frameworks frameworks;
    private final int smallNumberThreshold;

    RoundRatings(
            AuditRounds rounds,
            CaseAuditResults results,
            CaseAuditRepository audits,
            Frameworks frameworks,
            @Value("${desist.quality.small-number-threshold:5}") int smallNumberThreshold) {
        this.rounds = rounds;
        this.results = results;
        this.audits = audits;
        this.frameworks = frameworks;
        this.smallNumberThreshold = smallNumberThreshold;
    }

    /** A round's ratings as shown. */
    public record Shown(AuditRound round, Framework framework, CaseAuditResults.Results results, RoundOverall overall) {

        /** The round's result of a case-based standard; empty for an organisational one. */
        public Optional<StandardResult> result(String number) {
            return results.results().standards().stream()
                    .filter(s -> s.standard().number().equals(number))
                    .findFirst();
        }

        /** What a standard's rating is, or would be, rated from, as the page says it. */
        public String ratedFrom(Framework.Standard standard) {
            if (!standard.caseBased()) {
                return round.organisational().containsKey(standard.number())
                        ? "Judgement entered on the round"
                        : "A judgement to enter on the round";
            }
            Optional<StandardResult> result = result(standard.number());
            if (result.isPresent() && result.get().suppressed()) {
                return "Figures from too few cases";
            }
            return result.flatMap(RoundOverall::lowest)
                    .map(k -> "Lowest key question: " + k.keyQuestion().number() + " "
                            + k.keyQuestion().text() + " (" + k.rounded().orElseThrow() + "%)")
                    .orElse("No applicable cases");
        }

        /** A standard's rating as the page says it when it has none. */
        public String noRating(Framework.Standard standard) {
            if (!standard.caseBased()) {
                return "Not judged yet";
            }
            return result(standard.number()).filter(StandardResult::suppressed).isPresent() ? "Not shown" : "Unrated";
        }

        /** How many of the sample's cases have a completed audit in the round. */
        public int audited() {
            return results.results().audits();
        }
    }

    /** The ratings of one of the user's services' rounds, from its completed audits of the round's framework. */
    @Transactional
    public Shown of(UUID roundId) {
        AuditRound round = rounds.get(roundId);
        Framework framework = framework(round.frameworkId());
        CaseAuditResults.Results shown = results.ofRound(roundId, round.frameworkId());
        return new Shown(
                round,
                framework,
                shown,
                RoundOverall.of(framework, shown.results().standards(), judged(round)));
    }

    /** One round in a trend: its figures and ratings, in the order of the framework. */
    public record TrendRound(
            UUID id, String title, LocalDate fieldworkDate, int audits, AuditResults results, RoundOverall overall) {

        /** A standard's rating as a cell reads. */
        public String standard(String number) {
            Rating r = overall.standards().get(number);
            if (r != null) {
                return r.label();
            }
            return results.standards().stream()
                    .filter(s -> s.standard().number().equals(number))
                    .findFirst()
                    .map(s -> s.suppressed() ? "Not shown" : "Unrated")
                    .orElse("Not judged");
        }

        /** A key question's rounded figure as a cell reads. */
        public String keyQuestion(String number) {
            return results.standards().stream()
                    .flatMap(s -> s.keyQuestions().stream())
                    .filter(k -> k.keyQuestion().number().equals(number))
                    .findFirst()
                    .map(k -> k.suppressed()
                            ? "Not shown"
                            : k.rounded().map(p -> p + "%").orElse("No cases"))
                    .orElse("");
        }

        /** The overall rating as a cell reads. */
        public String overallRating() {
            return overall.given()
                    ? overall.overall().stream()
                            .map(o -> o.rating().label() + " (" + o.score() + ")")
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("")
                    : "Not given yet";
        }
    }

    /**
     * @param frameworks the frameworks the service's rounds use, for choosing one
     * @param suppressedBelow figures from fewer cases are not shown (0: none suppressed)
     */
    public record Trend(
            Framework framework, List<Framework> frameworks, List<TrendRound> rounds, int suppressedBelow) {}

    /**
     * The user's services' rounds of one framework (the latest round's when none is named), oldest fieldwork first,
     * each rated from its completed audits. No case is shown; the Board's figures from few cases are suppressed.
     */
    @Transactional(readOnly = true)
    public Trend trend(String frameworkId) {
        CurrentUser user = CurrentUser.require();
        boolean board = !user.can(Capability.QUALITY_ASSURANCE);
        List<Listing> all = rounds.mine();
        List<Framework> used = frameworks.all().stream()
                .filter(f -> all.stream().anyMatch(r -> r.frameworkId().equals(f.id())))
                .toList();
        String chosen = frameworkId != null && !frameworkId.isBlank()
                ? frameworkId
                : all.isEmpty() ? null : all.get(0).frameworkId();
        Framework framework =
                chosen == null ? frameworks.all().get(frameworks.all().size() - 1) : framework(chosen);
        List<TrendRound> trend = all.stream()
                .filter(r -> r.frameworkId().equals(framework.id()))
                .sorted(Comparator.comparing(Listing::fieldworkDate).thenComparing(Listing::title))
                .map(r -> {
                    AuditRound round = rounds.get(r.id());
                    List<CaseAudit> completed = audits.inRound(r.id()).stream()
                            .filter(a -> a.completed() && user.belongsTo(a.serviceId()))
                            .toList();
                    AuditResults figures = board
                            ? AuditResults.forBoard(framework, completed, a -> "", smallNumberThreshold)
                            : AuditResults.of(framework, completed, a -> "", a -> "");
                    return new TrendRound(
                            r.id(),
                            r.title(),
                            r.fieldworkDate(),
                            figures.audits(),
                            figures,
                            RoundOverall.of(framework, figures.standards(), judged(round)));
                })
                .toList();
        return new Trend(framework, used, trend, board ? smallNumberThreshold : 0);
    }

    private Framework framework(String id) {
        return frameworks
                .find(id)
                .orElseThrow(() -> new org.desist.platform.InvalidRequestException(
                        Map.of("framework", "There is no framework " + id)));
    }

    private static Map<String, Rating> judged(AuditRound round) {
        Map<String, Rating> judged = new LinkedHashMap<>();
        round.organisational().forEach((n, j) -> judged.put(n, j.rating()));
        return judged;
    }
}
