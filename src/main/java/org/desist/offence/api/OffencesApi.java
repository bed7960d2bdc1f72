package org.desist.offence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.offence.Offence;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Offences;
import org.desist.offence.Plea;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Offences on a child's record (their victims are the victim module's API). */
@RestController
@Tag(name = "Offences", description = "Offences on a child's record, never with victims' details")
@SecurityRequirement(name = "bearer")
class OffencesApi {

    private final Offences offences;
    private final ChildRecords children;

    OffencesApi(Offences offences, ChildRecords children) {
        this.offences = offences;
        this.children = children;
    }

    record OffenceRequest(
            LocalDate offenceDate,
            String description,
            OffenceCategory category,
            Plea plea,
            String coAccused,
            Boolean seriousYouthViolence,
            Boolean weapon,
            Integer gravityScore,
            Integer gravityAdjustment,
            String gravityRationale) {}

    @GetMapping("/api/v1/children/{id}/offences")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "A child's offences, newest first (never with victims' details)")
    List<Offence> list(@PathVariable UUID id) {
        return offences.ofChild(children.accessible(id));
    }

    @PostMapping("/api/v1/children/{id}/offences")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record an offence on a child's record")
    ResponseEntity<Offence> record(@PathVariable UUID id, @RequestBody OffenceRequest request) {
        Offence offence = offences.record(
                children.responsibleChild(id),
                new Offences.NewOffence(
                        request.offenceDate(),
                        request.description(),
                        request.category(),
                        request.plea(),
                        request.coAccused(),
                        Boolean.TRUE.equals(request.seriousYouthViolence()),
                        Boolean.TRUE.equals(request.weapon()),
                        request.gravityScore(),
                        request.gravityAdjustment() == null ? 0 : request.gravityAdjustment(),
                        request.gravityRationale()));
        return ResponseEntity.created(URI.create("/api/v1/offences/" + offence.id()))
                .body(offence);
    }
}
