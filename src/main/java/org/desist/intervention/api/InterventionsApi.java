package org.desist.intervention.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Allocation;
import org.desist.intervention.ClosureDetails;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A child's interventions; starting, correcting and closing them moves their due items. */
@RestController
@Tag(name = "Interventions", description = "A child's pieces of supervised work")
@SecurityRequirement(name = "bearer")
class InterventionsApi {

    private final Interventions interventions;
    private final ChildRecords children;

    InterventionsApi(Interventions interventions, ChildRecords children) {
        this.interventions = interventions;
        this.children = children;
    }

    record StartRequest(
            InterventionType type, LocalDate startDate, LocalDate endDate, UUID caseManagerId, List<UUID> offenceIds) {}

    record StartDateCorrection(Long version, LocalDate startDate) {}

    record CloseRequest(
            Long version,
            ClosureReason reason,
            String exitStrategy,
            LocalDate closedOn,
            String childFeedback,
            String parentsFeedback,
            String overrideReason) {}

    record ReferRequest(InterventionType type, LocalDate referredOn, UUID caseManagerId, List<UUID> offenceIds) {}

    record ActivateRequest(Long version, LocalDate startDate, LocalDate endDate) {}

    record ReallocateRequest(Long version, UUID caseManagerId, LocalDate from, String reason) {}

    record CaretakingRequest(Long version, UUID hostServiceId, LocalDate from) {}

    record EndCaretakingRequest(Long version, LocalDate on) {}

    @GetMapping("/api/v1/children/{id}/interventions")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "A child's interventions, newest first")
    List<Intervention> list(@PathVariable UUID id) {
        return interventions.ofChild(children.accessible(id));
    }

    @PostMapping("/api/v1/children/{id}/interventions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Start an intervention (a referral order also creates its initial panel due item)")
    ResponseEntity<Intervention> start(@PathVariable UUID id, @RequestBody StartRequest request) {
        Intervention intervention = interventions.start(
                children.responsibleChild(id),
                new Interventions.NewIntervention(
                        request.type(),
                        request.startDate(),
                        request.endDate(),
                        request.caseManagerId(),
                        request.offenceIds()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + intervention.id()))
                .body(intervention);
    }

    @GetMapping("/api/v1/interventions/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One intervention")
    Intervention get(@PathVariable UUID id) {
        return interventions.get(id);
    }

    @PostMapping("/api/v1/interventions/{id}/start-date")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Correct the start date; its due items move")
    Intervention correctStartDate(@PathVariable UUID id, @RequestBody StartDateCorrection request) {
        return interventions.correctStartDate(id, version(request.version()), request.startDate());
    }

    @PostMapping("/api/v1/interventions/{id}/close")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Close the intervention, with the child's and parents' or carers' feedback",
            description = "Due items still open (other than what the ending meets; none when the order is revoked,"
                    + " resentenced or never started) are cancelled. Closing with due items open needs a manager"
                    + " (COUNTERSIGN) and an overrideReason: otherwise 400 with the items listed, under the field"
                    + " openDueItems (not a manager) or overrideReason (a manager without a reason).")
    Intervention close(@PathVariable UUID id, @RequestBody CloseRequest request) {
        return interventions.close(
                id,
                version(request.version()),
                new Interventions.Closing(
                        request.reason(),
                        request.closedOn(),
                        request.exitStrategy(),
                        request.childFeedback(),
                        request.parentsFeedback(),
                        request.overrideReason()));
    }

    @GetMapping("/api/v1/interventions/{id}/closure")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "How a closed intervention was closed: feedback and any manager's override (404 while open)")
    ClosureDetails closure(@PathVariable UUID id) {
        return interventions.closure(id).orElseThrow(() -> new NotFoundException("Closure"));
    }

    @PostMapping("/api/v1/children/{id}/interventions/referrals")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record a referral: the intervention exists, referred, until it is started")
    ResponseEntity<Intervention> refer(@PathVariable UUID id, @RequestBody ReferRequest request) {
        Intervention intervention = interventions.refer(
                children.responsibleChild(id),
                new Interventions.NewReferral(
                        request.type(), request.referredOn(), request.caseManagerId(), request.offenceIds()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + intervention.id()))
                .body(intervention);
    }

    @PostMapping("/api/v1/interventions/{id}/activate")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Start a referred intervention (referred → active); its due items begin")
    Intervention activate(@PathVariable UUID id, @RequestBody ActivateRequest request) {
        return interventions.activate(id, version(request.version()), request.startDate(), request.endDate());
    }

    @GetMapping("/api/v1/interventions/{id}/allocations")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "Who has held the intervention, from when, allocated by whom and why (oldest first)")
    List<Allocation> allocations(@PathVariable UUID id) {
        return interventions.allocations(id);
    }

    @PostMapping("/api/v1/interventions/{id}/reallocate")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Reallocate to another case manager of the service; its open due items move to them")
    Intervention reallocate(@PathVariable UUID id, @RequestBody ReallocateRequest request) {
        return interventions.reallocate(
                id, version(request.version()), request.caseManagerId(), request.from(), request.reason());
    }

    @PostMapping("/api/v1/interventions/{id}/caretaking")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Another service delivers the work under caretaking; its staff may then see the record")
    Intervention arrangeCaretaking(@PathVariable UUID id, @RequestBody CaretakingRequest request) {
        return interventions.arrangeCaretaking(id, version(request.version()), request.hostServiceId(), request.from());
    }

    @PostMapping("/api/v1/interventions/{id}/caretaking/end")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "End the caretaking arrangement; the host service no longer sees the record")
    Intervention endCaretaking(@PathVariable UUID id, @RequestBody EndCaretakingRequest request) {
        return interventions.endCaretaking(id, version(request.version()), request.on());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the intervention you read"));
        }
        return version;
    }
}
