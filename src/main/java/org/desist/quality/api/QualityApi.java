package org.desist.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.quality.Framework;
import org.desist.quality.Frameworks;
import org.desist.quality.InspectionRatings;
import org.desist.quality.InspectionRatings.Overall;
import org.desist.quality.Rating;
import org.desist.quality.SampleSize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inspectorate's frameworks and the two calculators the quality pages use: ratings and sample size. */
@RestController
@Tag(name = "Quality assurance", description = "Inspection frameworks, ratings by the inspectorate's rules, samples")
@SecurityRequirement(name = "bearer")
class QualityApi {

    private final Frameworks frameworks;

    QualityApi(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    record FrameworkSummary(
            String id,
            String title,
            String source,
            LocalDate inUseFrom,
            LocalDate inUseUntil,
            boolean numbersConfirmed,
            String numbersNote,
            int standards,
            int keyQuestions) {}

    record RatingsRequest(String framework, Map<String, Rating> organisational, Map<String, BigDecimal> keyQuestions) {}

    /**
     * @param score the first overall rating's score (the service's overall rating; a framework with more than one
     *     lists them all in {@code overallRatings})
     */
    record RatingsResponse(
            String framework,
            boolean numbersConfirmed,
            Map<String, Rating> standards,
            List<String> unrated,
            int score,
            Rating overall,
            List<Overall> overallRatings) {}

    record SampleSizeResponse(int population, int sampleSize) {}

    @GetMapping("/api/v1/quality/frameworks")
    @PreAuthorize("hasAnyAuthority('QUALITY_RATINGS', 'ADMINISTER')")
    @Operation(summary = "The inspection framework versions, oldest first")
    List<FrameworkSummary> frameworks() {
        return frameworks.all().stream()
                .map(f -> new FrameworkSummary(
                        f.id(),
                        f.title(),
                        f.source(),
                        f.inUseFrom(),
                        f.inUseUntil(),
                        f.numbersConfirmed(),
                        f.numbersNote(),
                        f.standards().size(),
                        f.keyQuestions().size()))
                .toList();
    }

    @GetMapping("/api/v1/quality/frameworks/{id}")
    @PreAuthorize("hasAnyAuthority('QUALITY_RATINGS', 'ADMINISTER')")
    @Operation(summary = "One framework version whole: domains, standards, key questions, prompts and bands")
    Framework framework(@PathVariable String id) {
        return frameworks.find(id).orElseThrow(() -> new NotFoundException("Inspection framework"));
    }

    @PostMapping("/api/v1/quality/ratings")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    @Operation(
            summary = "Ratings by the inspectorate's rules",
            description = "From the organisational standards' ratings and each case-based key question's percentage"
                    + " of cases answered yes (null where no case applied): each standard's rating (its lowest key"
                    + " question, rounded to a whole percentage, halves up, then banded), the score and the overall"
                    + " rating. A missing or unknown key question or standard is a 400 naming it.")
    RatingsResponse ratings(@RequestBody RatingsRequest request) {
        Framework framework = framework(request);
        var rated = InspectionRatings.rateService(
                framework,
                request.organisational() == null ? Map.of() : request.organisational(),
                request.keyQuestions() == null ? Map.of() : withNulls(request.keyQuestions()));
        Overall first = rated.overall().get(0);
        return new RatingsResponse(
                framework.id(),
                framework.numbersConfirmed(),
                rated.standards(),
                rated.unrated(),
                first.score(),
                first.rating(),
                rated.overall());
    }

    @GetMapping("/api/v1/quality/sample-size")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @Operation(
            summary = "How many cases inspectors sample from an eligible population",
            description = "80% confidence with a 5% margin of error (z = 1.2816, p = 0.5, e = 0.05), with the"
                    + " finite-population correction, rounded up and never more than the population.")
    SampleSizeResponse sampleSize(@RequestParam int population) {
        if (population < 0) {
            throw new InvalidRequestException(Map.of("population", "Enter a population of 0 or more cases"));
        }
        return new SampleSizeResponse(population, SampleSize.forPopulation(population));
    }

    private Framework framework(RatingsRequest request) {
        if (request.framework() == null || request.framework().isBlank()) {
            throw new InvalidRequestException(Map.of("framework", "Enter the framework version, like HMIP-2018"));
        }
        return frameworks
                .find(request.framework())
                .orElseThrow(() -> new InvalidRequestException(Map.of(
                        "framework",
                        "There is no framework " + request.framework() + ": use one of "
                                + String.join(
                                        ", ",
                                        frameworks.all().stream()
                                                .map(Framework::id)
                                                .toList()))));
    }

    /** JSON nulls (no applicable case) kept as entries. */
    private static Map<String, BigDecimal> withNulls(Map<String, BigDecimal> keyQuestions) {
        return new LinkedHashMap<>(keyQuestions);
    }
}
