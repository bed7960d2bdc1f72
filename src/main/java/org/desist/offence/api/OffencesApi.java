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
import org.desist.offence.VictimWorkOnOffences;
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
    private final VictimWorkOnOffences victimWork;

    OffencesApi(Offences offences, ChildRecords children, VictimWorkOnOffences victimWork) {
        this.offences = offences;
        this.children = children;
        this.victimWork = victimWork;
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

    @GetMapping("/api/v1/children/{id}/victim-work")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(
            summary = "Where victim work stands on each of the child's offences (never who the victim is)",
            description = "One entry per victim of each offence, in the order they were recorded: the offence, the"
                    + " state in a few words, the wishes the victim worker chose to share and when the victim can"
                    + " attend a referral order panel. Never a victim's name, kind, contact details or id; nothing"
                    + " for a caretaking service.")
    List<VictimWorkOnOffences.VictimWorkSummary> victimWork(@PathVariable UUID id) {
        var child = children.accessible(id);
        return children.seenAsHost(id) ? List.of() : victimWork.of(child);
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
