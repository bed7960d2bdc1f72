package org.desist.liaison.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.liaison.LiaisonRules;
import org.desist.liaison.SocialCareLiaison;
import org.desist.liaison.SocialCareLiaisons;
import org.desist.order.RequirementType;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Requirements needing children's social care considered for a report to court, and the liaison before proposing. */
@RestController
@Tag(name = "Orders that need social care", description = "Liaison with social care before proposing a requirement")
@SecurityRequirement(name = "bearer")
class LiaisonApi {

    private final SocialCareLiaisons liaisons;
    private final ChildRecords children;

    LiaisonApi(SocialCareLiaisons liaisons, ChildRecords children) {
        this.liaisons = liaisons;
        this.children = children;
    }

    record ConsideredRequest(RequirementType requirement, UUID reportId, LocalDate consideredOn) {}

    record LiaisonRequest(Long version, LocalDate liaisedOn, String contact, String outcome) {}

    @GetMapping("/api/v1/children/{id}/social-care-liaison")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The requirements needing social care considered for the child's reports, and each liaison")
    List<SocialCareLiaison> list(@PathVariable UUID id) {
        return liaisons.viewed(children.accessible(id));
    }

    @PostMapping("/api/v1/children/{id}/social-care-liaison")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "A requirement needing social care is being considered for an open report: the liaison falls due")
    ResponseEntity<SocialCareLiaison> consider(@PathVariable UUID id, @RequestBody ConsideredRequest r) {
        SocialCareLiaison l = liaisons.consider(
                children.responsibleChild(id),
                r.reportId(),
                new LiaisonRules.Considered(r.requirement(), r.consideredOn()));
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/social-care-liaison/" + l.id()))
                .body(l);
    }

    @PostMapping("/api/v1/children/{id}/social-care-liaison/{liaison}/liaison")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the liaison with social care (409 when stale)")
    SocialCareLiaison record(@PathVariable UUID id, @PathVariable UUID liaison, @RequestBody LiaisonRequest r) {
        if (r.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the liaison you read"));
        }
        return liaisons.recordLiaison(
                children.responsibleChild(id),
                liaison,
                r.version(),
                new LiaisonRules.Liaison(r.liaisedOn(), r.contact(), r.outcome()));
    }
}
