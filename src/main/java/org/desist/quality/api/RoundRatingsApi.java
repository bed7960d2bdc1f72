package org.desist.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.quality.Rating;
import org.desist.quality.RoundOverall;
import org.desist.quality.RoundRatings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A round's ratings by the inspectorate's rules, as its page shows them. */
@RestController
@Tag(name = "Quality assurance", description = "Inspection frameworks, ratings by the inspectorate's rules, samples")
@SecurityRequirement(name = "bearer")
class RoundRatingsApi {

    private final RoundRatings ratings;

    RoundRatingsApi(RoundRatings ratings) {
        this.ratings = ratings;
    }

    record OverallJson(String name, int score, int ratedStandards, Rating rating) {}

    record MissingJson(String standard, String title, RoundOverall.Reason reason, String why) {}

    record LowestJson(String standard, String keyQuestion, Integer rounded) {}

    /**
     * @param overall empty while {@code missing} names a standard without a rating
     * @param standards each rated standard's rating, case-based and organisational
     */
    record RoundRatingsJson(
            UUID round,
            String title,
            LocalDate fieldworkDate,
            String framework,
            int sampled,
            int audited,
            Map<String, Rating> standards,
            List<LowestJson> lowestKeyQuestions,
            List<String> unrated,
            boolean overallGiven,
            List<OverallJson> overall,
            List<MissingJson> missing,
            CaseAuditApi.ResultsJson results) {}

    @GetMapping("/api/v1/quality/rounds/{id}/ratings")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    @Operation(
            summary = "A round's ratings: key questions, standards and the overall rating by the framework's bands",
            description = "From the round's completed audits and the organisational judgements entered on it. The"
                    + " overall is empty while a standard that must be rated has none; `missing` names each and why."
                    + " Management Board members get figures and ratings only, small numbers suppressed, no case."
                    + " The cases behind every no are audited as views of those children.")
    RoundRatingsJson ratings(@PathVariable UUID id) {
        RoundRatings.Shown shown = ratings.of(id);
        RoundOverall o = shown.overall();
        return new RoundRatingsJson(
                shown.round().id(),
                shown.round().title(),
                shown.round().fieldworkDate(),
                shown.framework().id(),
                shown.round().sampleSize(),
                shown.audited(),
                o.standards(),
                shown.results().results().standards().stream()
                        .flatMap(s -> RoundOverall.lowest(s).stream()
                                .map(k -> new LowestJson(
                                        s.standard().number(),
                                        k.keyQuestion().number(),
                                        k.rounded().orElse(null))))
                        .toList(),
                o.unrated(),
                o.given(),
                o.overall().stream()
                        .map(x -> new OverallJson(x.name(), x.score(), x.ratedStandards(), x.rating()))
                        .toList(),
                o.missing().stream()
                        .map(m -> new MissingJson(
                                m.standard(), m.title(), m.reason(), m.reason().label()))
                        .toList(),
                CaseAuditApi.json(shown.results()));
    }
}
