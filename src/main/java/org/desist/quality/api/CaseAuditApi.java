package org.desist.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildSummary;
import org.desist.platform.InvalidRequestException;
import org.desist.quality.AuditResults;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAuditResults;
import org.desist.quality.CaseAudits;
import org.desist.quality.Rating;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Case audits and their results by the inspectorate's rules, read-only. */
@RestController
@Tag(name = "Quality assurance", description = "Inspection frameworks, ratings by the inspectorate's rules, samples")
@SecurityRequirement(name = "bearer")
class CaseAuditApi {

    private final CaseAudits audits;
    private final CaseAuditResults results;

    CaseAuditApi(CaseAudits audits, CaseAuditResults results) {
        this.audits = audits;
        this.results = results;
    }

    record Child(UUID id, String name, String localReference) {}

    record AuditJson(
            UUID id,
            String framework,
            CaseAudit.Status status,
            Child child,
            UUID interventionId,
            String caseType,
            String caseWork,
            String caseManager,
            String auditor,
            UUID roundId,
            LocalDate startedOn,
            LocalDate completedOn,
            Map<String, CaseAudit.Answer> prompts,
            Map<String, CaseAudit.Judgement> judgements,
            String safetyClassification,
            Boolean safetyAgreed,
            String safetyNote,
            String roshClassification,
            Boolean roshAgreed,
            String roshNote,
            Boolean oversightSufficient,
            String oversightNote,
            LocalDate acknowledgedOn,
            String reply,
            long version) {}

    record Listed(
            UUID id,
            String framework,
            CaseAudit.Status status,
            UUID interventionId,
            String caseWork,
            String caseManager,
            String auditor,
            LocalDate startedOn,
            LocalDate completedOn,
            LocalDate acknowledgedOn) {}

    record KeyQuestionJson(
            String number,
            Integer yes,
            Integer applicable,
            BigDecimal percentage,
            Integer rounded,
            boolean suppressed) {}

    record StandardJson(
            String number, String title, Rating rating, boolean suppressed, List<KeyQuestionJson> keyQuestions) {}

    record BreakdownJson(String name, int audits, List<StandardJson> standards) {}

    record CaseBehindNoJson(
            UUID auditId, UUID interventionId, String child, String caseManager, String keyQuestion, String reason) {}

    record ResultsJson(
            String framework,
            int audits,
            Integer suppressedBelow,
            List<StandardJson> standards,
            List<BreakdownJson> byTeam,
            List<BreakdownJson> byCaseManager,
            List<CaseBehindNoJson> casesBehindNo) {}

    @GetMapping("/api/v1/quality/audits/{id}")
    @PreAuthorize("hasAnyAuthority('QUALITY_ASSURANCE', 'CHILD_VIEW')")
    @Operation(
            summary = "One case audit",
            description = "For the service's QA leads and managers, and once completed for the audited case manager."
                    + " Audited as a view of the child.")
    AuditJson audit(@PathVariable UUID id) {
        CaseAudits.AuditView v = audits.view(id);
        CaseAudit a = v.audit();
        ChildSummary c = v.child().summary();
        return new AuditJson(
                a.id(),
                a.frameworkId(),
                a.status(),
                new Child(c.id(), c.name(), c.localReference()),
                a.interventionId(),
                v.intervention().type().label(),
                a.work().label(),
                v.caseManager(),
                v.auditor(),
                a.roundId(),
                a.startedOn(),
                a.completedOn(),
                a.answers().prompts(),
                a.answers().judgements(),
                v.safetyClassification(),
                a.answers().safetyAgreed(),
                a.answers().safetyNote(),
                v.roshClassification(),
                a.answers().roshAgreed(),
                a.answers().roshNote(),
                a.answers().oversightSufficient(),
                a.answers().oversightNote(),
                a.acknowledgedOn(),
                a.reply(),
                a.version());
    }

    @GetMapping("/api/v1/quality/audits")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @Operation(summary = "The service's case audits, newest first; status DRAFT or COMPLETED, or every status")
    List<Listed> audits(@RequestParam(required = false) String status) {
        CaseAudit.Status chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = CaseAudit.Status.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(Map.of("status", "Status must be DRAFT or COMPLETED"));
            }
        }
        return audits.ofYourServices(chosen).stream()
                .map(l -> new Listed(
                        l.audit().id(),
                        l.audit().frameworkId(),
                        l.audit().status(),
                        l.audit().interventionId(),
                        l.caseType(),
                        l.caseManager(),
                        l.auditor(),
                        l.audit().startedOn(),
                        l.audit().completedOn(),
                        l.audit().acknowledgedOn()))
                .toList();
    }

    @GetMapping("/api/v1/quality/audits/results")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    @Operation(
            summary = "Results of the service's audits completed from one date to another, by the inspectorate's rules",
            description = "Each key question's percentage of applicable cases answered yes (unrounded and rounded"
                    + " half up), each case-based standard's rating from its lowest key question, by team and by case"
                    + " manager, and the cases behind every no. Management Board members get figures and ratings"
                    + " only, with figures from fewer than the small-number threshold of cases suppressed.")
    ResultsJson results(
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam(required = false) String framework) {
        return json(results.completedBetween(from, to, framework));
    }

    /** Results as the API gives them (the round's ratings use it too). */
    static ResultsJson json(CaseAuditResults.Results shown) {
        AuditResults r = shown.results();
        return new ResultsJson(
                r.framework().id(),
                r.audits(),
                r.suppressing() ? r.suppressedBelow() : null,
                standards(r.standards()),
                r.byTeam().stream().map(CaseAuditApi::breakdown).toList(),
                r.byCaseManager().stream().map(CaseAuditApi::breakdown).toList(),
                r.casesBehindNo().stream()
                        .map(n -> new CaseBehindNoJson(
                                n.auditId(),
                                n.interventionId(),
                                shown.children().get(n.childId()).name(),
                                n.caseManagerId() == null
                                        ? null
                                        : shown.people().get(n.caseManagerId()),
                                n.keyQuestion(),
                                n.rationale()))
                        .toList());
    }

    private static BreakdownJson breakdown(AuditResults.Breakdown b) {
        return new BreakdownJson(b.name(), b.audits(), standards(b.standards()));
    }

    private static List<StandardJson> standards(List<AuditResults.StandardResult> standards) {
        return standards.stream()
                .map(s -> new StandardJson(
                        s.standard().number(),
                        s.standard().title(),
                        s.rating().orElse(null),
                        s.suppressed(),
                        s.keyQuestions().stream()
                                .map(k -> new KeyQuestionJson(
                                        k.keyQuestion().number(),
                                        k.suppressed() ? null : k.figure().yes(),
                                        k.suppressed() ? null : k.figure().applicable(),
                                        k.percentage().orElse(null),
                                        k.rounded().orElse(null),
                                        k.suppressed()))
                                .toList()))
                .toList();
    }
}
