package org.desist.escalation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.escalation.Escalation;
import org.desist.escalation.EscalationKind;
import org.desist.escalation.EscalationRules;
import org.desist.escalation.Escalations;
import org.desist.escalation.OpenEscalation;
import org.desist.escalation.RaisingService;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Disagreements and service concerns on a child's case: raise, escalate a level, resolve; open ones by service. */
@RestController
@Tag(name = "Escalations", description = "Disagreements and concerns between the YOS and children's social care")
@SecurityRequirement(name = "bearer")
class EscalationsApi {

    private final Escalations escalations;
    private final ChildRecords children;

    EscalationsApi(Escalations escalations, ChildRecords children) {
        this.escalations = escalations;
        this.children = children;
    }

    record RaiseRequest(
            EscalationKind kind, String about, RaisingService raisedBy, LocalDate raisedOn, String holder) {}

    record EscalateRequest(Long version, String outcome, LocalDate on, String holder) {}

    record ResolveRequest(Long version, String outcome, LocalDate on) {}

    @GetMapping("/api/v1/children/{id}/escalations")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(summary = "The child's escalations with each level's history, open ones first")
    List<Escalation> list(@PathVariable UUID id) {
        return escalations.viewed(children.accessible(id));
    }

    @GetMapping("/api/v1/children/{id}/escalations/{escalation}")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(summary = "One escalation of the child")
    Escalation get(@PathVariable UUID id, @PathVariable UUID escalation) {
        return escalations.viewed(children.accessible(id), escalation);
    }

    @PostMapping("/api/v1/children/{id}/escalations")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Raise a disagreement or service concern: it starts at level 1")
    ResponseEntity<Escalation> raise(@PathVariable UUID id, @RequestBody RaiseRequest r) {
        Escalation raised = escalations.raise(
                children.responsibleChild(id),
                new EscalationRules.Raise(r.kind(), r.about(), r.raisedBy(), r.raisedOn(), r.holder()));
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/escalations/" + raised.id()))
                .body(raised);
    }

    @PostMapping("/api/v1/children/{id}/escalations/{escalation}/escalate")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the current level's outcome and escalate to the level above (409 when stale)")
    Escalation escalate(@PathVariable UUID id, @PathVariable UUID escalation, @RequestBody EscalateRequest r) {
        return escalations.escalate(
                children.responsibleChild(id),
                escalation,
                version(r.version()),
                new EscalationRules.Escalate(r.outcome(), r.on(), r.holder()));
    }

    @PostMapping("/api/v1/children/{id}/escalations/{escalation}/resolve")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record how it was resolved, at its current level (409 when stale)")
    Escalation resolve(@PathVariable UUID id, @PathVariable UUID escalation, @RequestBody ResolveRequest r) {
        return escalations.resolve(
                children.responsibleChild(id),
                escalation,
                version(r.version()),
                new EscalationRules.Resolve(r.outcome(), r.on()));
    }

    @GetMapping("/api/v1/escalations")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    @Operation(summary = "Open escalations in your services, stalled ones first")
    List<OpenEscalation> open() {
        return escalations.openInYourServices();
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the escalation you read"));
        }
        return version;
    }
}
