package org.desist.quality.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.web.DateParts;
import org.desist.platform.web.ErrorSummary;
import org.desist.quality.CaseAuditResults;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results of the service's completed audits in a date range (or of a round) by the inspectorate's rules, on a
 * page and as CSV; the Board sees figures and ratings only.
 */
@Controller
class AuditResultsPages {

    private final CaseAuditResults results;
    private final Clock clock;

    AuditResultsPages(CaseAuditResults results, Clock clock) {
        this.results = results;
        this.clock = clock;
    }

    /** The filter as typed: a date range (default: the last twelve months), a framework, or a round. */
    public record Filter(DateParts from, DateParts to, String framework, UUID round, Map<String, String> problems) {

        public Optional<LocalDate> fromDate() {
            return from.toDate();
        }

        public Optional<LocalDate> toDate() {
            return to.toDate();
        }

        public String query() {
            StringBuilder q = new StringBuilder();
            if (round != null) {
                q.append("round=").append(round);
            } else {
                q.append("from-day=")
                        .append(from.getDay())
                        .append("&from-month=")
                        .append(from.getMonth());
                q.append("&from-year=")
                        .append(from.getYear())
                        .append("&to-day=")
                        .append(to.getDay());
                q.append("&to-month=").append(to.getMonth()).append("&to-year=").append(to.getYear());
            }
            if (framework != null && !framework.isBlank()) {
                q.append("&framework=").append(framework);
            }
            return q.toString();
        }
    }

    @GetMapping("/quality/audits/results")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    String page(@RequestParam Map<String, String> params, Model model) {
        Filter filter = filter(params);
        model.addAttribute("filter", filter);
        model.addAttribute("problems", filter.problems());
        if (filter.problems().isEmpty()) {
            try {
                model.addAttribute("shown", results(filter));
            } catch (InvalidRequestException e) {
                filter.problems().putAll(e.errors());
            }
        }
        model.addAttribute(
                "errorSummary",
                filter.problems().entrySet().stream()
                        .map(e -> new ErrorSummary.Item("#" + e.getKey(), e.getValue()))
                        .toList());
        return "quality/audit-results";
    }

    @GetMapping("/quality/audits/results.csv")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    ResponseEntity<byte[]> csv(@RequestParam Map<String, String> params) {
        Filter filter = filter(params);
        InvalidRequestException.refuseIf(filter.problems());
        String body = AuditResultsCsv.write(results(filter));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-results.csv\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private CaseAuditResults.Results results(Filter filter) {
        if (filter.round() != null) {
            return results.ofRound(filter.round(), filter.framework());
        }
        return results.completedBetween(
                filter.fromDate().orElseThrow(), filter.toDate().orElseThrow(), filter.framework());
    }

    private Filter filter(Map<String, String> params) {
        LocalDate today = LocalDate.now(clock);
        DateParts from = parts(params, "from", today.minusYears(1).plusDays(1));
        DateParts to = parts(params, "to", today);
        Map<String, String> problems = new LinkedHashMap<>();
        UUID round = null;
        if (params.get("round") != null && !params.get("round").isBlank()) {
            try {
                round = UUID.fromString(params.get("round").strip());
            } catch (IllegalArgumentException e) {
                problems.put("round", "There is no such audit round");
            }
        } else {
            from.problem("the first date").ifPresent(p -> problems.put("from", p));
            to.problem("the last date").ifPresent(p -> problems.put("to", p));
        }
        return new Filter(from, to, params.get("framework"), round, problems);
    }

    private static DateParts parts(Map<String, String> params, String prefix, LocalDate otherwise) {
        List<String> boxes = List.of(prefix + "-day", prefix + "-month", prefix + "-year");
        if (boxes.stream().noneMatch(params::containsKey)) {
            return DateParts.of(otherwise);
        }
        return DateParts.of(params.get(boxes.get(0)), params.get(boxes.get(1)), params.get(boxes.get(2)));
    }
}
