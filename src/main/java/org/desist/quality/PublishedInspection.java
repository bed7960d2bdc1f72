package org.desist.quality;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.InspectionRatings.ServiceRatings;

/**
 * An inspection of the service as the inspectorate published it: the framework version it used, its organisational
 * ratings, each key question's percentage and the ratings it gave. Entered from the report, so that the ratings
 * Desist's rules give from the same figures can be shown beside the published ones.
 */
public record PublishedInspection(
        UUID id,
        UUID serviceId,
        String frameworkId,
        String title,
        LocalDate publishedOn,
        String reportUrl,
        Map<String, Rating> organisational,
        Map<String, BigDecimal> keyQuestions,
        Map<String, Rating> publishedStandards,
        Rating publishedOverall,
        long version) {

    public PublishedInspection {
        organisational = Map.copyOf(organisational);
        keyQuestions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyQuestions));
        publishedStandards = Map.copyOf(publishedStandards);
    }

    /** What the report says, as entered. */
    public record Report(
            String title,
            LocalDate publishedOn,
            String reportUrl,
            Map<String, Rating> organisational,
            Map<String, BigDecimal> keyQuestions,
            Map<String, Rating> publishedStandards,
            Rating publishedOverall) {}

    static final AuditedFields<PublishedInspection> AUDITED = AuditedFields.<PublishedInspection>of()
            .field("Framework", PublishedInspection::frameworkId)
            .field("Report", PublishedInspection::title)
            .field("Published on", PublishedInspection::publishedOn)
            .field("Overall rating published", PublishedInspection::publishedOverall);

    /**
     * A report entered: its title and date, a published rating for every standard Desist's rules rate from its
     * figures (and none for one they leave unrated), the overall rating, and figures the framework's rules accept
     * ({@link InspectionRatings#rateService}). Refused with each problem on its field.
     */
    public static Change<PublishedInspection> enter(
            UUID id, UUID serviceId, Framework framework, Report report, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (report.title() == null || report.title().isBlank()) {
            problems.put("title", "Enter the report's title, like 'An inspection of youth justice services in …'");
        }
        if (report.publishedOn() == null) {
            problems.put("publishedOn", "Enter the date the report was published");
        } else if (report.publishedOn().isAfter(today)) {
            problems.put("publishedOn", "The date the report was published must be today or in the past");
        } else if (report.publishedOn().isBefore(framework.inUseFrom())) {
            problems.put(
                    "publishedOn",
                    "The " + framework.title() + " were first used on "
                            + framework
                                    .inUseFrom()
                                    .format(java.time.format.DateTimeFormatter.ofPattern(
                                            "d MMMM yyyy", java.util.Locale.UK))
                            + ": choose the framework the report used");
        }
        if (report.reportUrl() != null && !report.reportUrl().isBlank() && !isWebAddress(report.reportUrl())) {
            problems.put("reportUrl", "Enter the report's web address, starting https://");
        }
        // A standard that must be rated needs a figure for at least one key question: a report rates it from them.
        boolean figuresMissing = false;
        for (Framework.Standard s : framework.standards()) {
            if (s.caseBased()
                    && !s.mayBeUnrated()
                    && s.keyQuestions().stream()
                            .allMatch(kq -> report.keyQuestions().get(kq.number()) == null)) {
                problems.put(
                        "keyQuestions." + s.keyQuestions().get(0).number(),
                        "Enter the percentages the report gives for " + s.number() + " " + s.title());
                figuresMissing = true;
            }
        }
        ServiceRatings rated = null;
        if (!figuresMissing) {
            try {
                rated = InspectionRatings.rateService(framework, report.organisational(), report.keyQuestions());
            } catch (InvalidRequestException e) {
                e.errors().forEach(problems::putIfAbsent);
            }
        }
        if (rated != null) {
            for (Framework.Standard s : framework.standards()) {
                boolean ratedByRules = rated.standards().containsKey(s.number());
                Rating published = report.publishedStandards().get(s.number());
                if (ratedByRules && published == null) {
                    problems.put(
                            "published." + s.number(),
                            "Select the rating the report gave " + s.number() + " " + s.title());
                } else if (!ratedByRules && published != null) {
                    problems.put(
                            "published." + s.number(),
                            s.number() + " has no figures to rate it from, so the"
                                    + " report cannot have rated it: leave it unrated");
                }
            }
        }
        if (report.publishedOverall() == null) {
            problems.put("publishedOverall", "Select the overall rating the report gave");
        }
        InvalidRequestException.refuseIf(problems);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        framework.keyQuestions().stream()
                .filter(kq -> report.keyQuestions().containsKey(kq.number()))
                .forEach(kq -> figures.put(kq.number(), report.keyQuestions().get(kq.number())));
        Map<String, Rating> organisational = new LinkedHashMap<>(report.organisational());
        organisational.values().removeIf(Objects::isNull);
        return Change.created(new PublishedInspection(
                id,
                serviceId,
                framework.id(),
                report.title().strip(),
                report.publishedOn(),
                report.reportUrl() == null || report.reportUrl().isBlank()
                        ? null
                        : report.reportUrl().strip(),
                organisational,
                figures,
                report.publishedStandards(),
                report.publishedOverall(),
                0));
    }

    /** One standard: the rating the report gave and the one Desist's rules give from its figures. */
    public record StandardComparison(
            Framework.Standard standard, Rating published, Rating byTheRules, BigDecimal lowestKeyQuestion) {
        public boolean agree() {
            return Objects.equals(published, byTheRules);
        }
    }

    public record Comparison(
            List<StandardComparison> standards, InspectionRatings.Overall byTheRules, Rating published) {
        public boolean overallAgrees() {
            return byTheRules.rating() == published;
        }

        public long disagreements() {
            return standards.stream().filter(s -> !s.agree()).count() + (overallAgrees() ? 0 : 1);
        }
    }

    /** The report's ratings beside those the framework's rules give from its figures. */
    public Comparison compare(Framework framework) {
        ServiceRatings rated =
                InspectionRatings.rateService(framework, organisational, keyQuestionsWithGaps(framework));
        List<StandardComparison> rows = new ArrayList<>();
        for (Framework.Standard s : framework.standards()) {
            BigDecimal lowest = s.caseBased()
                    ? s.keyQuestions().stream()
                            .map(kq -> keyQuestions.get(kq.number()))
                            .filter(Objects::nonNull)
                            .min(BigDecimal::compareTo)
                            .orElse(null)
                    : null;
            rows.add(new StandardComparison(
                    s, publishedStandards.get(s.number()), rated.standards().get(s.number()), lowest));
        }
        return new Comparison(rows, rated.overall().get(0), publishedOverall);
    }

    /** The figures with the key questions no case applied to (held as absent) given back as null. */
    private Map<String, BigDecimal> keyQuestionsWithGaps(Framework framework) {
        Map<String, BigDecimal> all = new LinkedHashMap<>();
        framework.standards().stream()
                .filter(Framework.Standard::caseBased)
                .flatMap(s -> s.keyQuestions().stream())
                .forEach(kq -> all.put(kq.number(), keyQuestions.get(kq.number())));
        return all;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = URI.create(url.strip());
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
