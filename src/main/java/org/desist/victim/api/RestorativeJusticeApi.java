package org.desist.victim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.victim.RestorativeJustice;
import org.desist.victim.RestorativeJustices;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Restorative justice with a victim: victim workers and managers only (VICTIM_VIEW to read, VICTIM_WORK to change),
 * another service's victim 404. Every change sends the {@code version} it read: a later one answers 409.
 */
@RestController
@Tag(name = "Restorative justice", description = "Restorative justice with victims: the victim capability only")
@SecurityRequirement(name = "bearer")
class RestorativeJusticeApi {

    private static final String PATH = "/api/v1/victims/{victimId}/restorative-justice";

    private final RestorativeJustices rj;

    RestorativeJusticeApi(RestorativeJustices rj) {
        this.rj = rj;
    }

    record RjOfferRequest(LocalDate offeredOn, RestorativeJustice.OfferedHow offeredHow, LocalDate offeredToChildOn) {}

    record RjConsentRequest(Long version, RestorativeJustice.Decision decision, LocalDate on) {}

    record RjRiskAssessmentRequest(Long version, LocalDate assessedOn, String summary) {}

    record RjApprovalRequest(Long version) {}

    record RjKindRequest(Long version, RestorativeJustice.Kind kind, String facilitator) {}

    record RjDateRequest(Long version, LocalDate on) {}

    record RjOutcomeRequest(
            Long version,
            RestorativeJustice.Outcome outcome,
            String note,
            RestorativeJustice.Satisfaction satisfaction) {}

    record RjReparationRequest(Long version, String against, Integer hoursPlanned, Integer hoursDone) {}

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    @Operation(summary = "The victim's restorative justice (404 when none has been offered)")
    RestorativeJustice get(@PathVariable UUID victimId) {
        return rj.ofVictim(victimId).orElseThrow(() -> new NotFoundException("Restorative justice"));
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Offer restorative justice to the victim (and the child)")
    ResponseEntity<RestorativeJustice> offer(@PathVariable UUID victimId, @RequestBody RjOfferRequest request) {
        RestorativeJustice saved =
                rj.offer(victimId, request.offeredOn(), request.offeredHow(), request.offeredToChildOn());
        return ResponseEntity.created(URI.create("/api/v1/victims/" + victimId + "/restorative-justice"))
                .body(saved);
    }

    @PostMapping(PATH + "/victim-consent")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "The victim's informed consent: given, refused or withdrawn, and when")
    RestorativeJustice victimConsent(@PathVariable UUID victimId, @RequestBody RjConsentRequest request) {
        return rj.victimDecides(victimId, version(request.version()), request.decision(), request.on());
    }

    @PostMapping(PATH + "/child-consent")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "The child's informed consent: given, refused or withdrawn, and when")
    RestorativeJustice childConsent(@PathVariable UUID victimId, @RequestBody RjConsentRequest request) {
        return rj.childDecides(victimId, version(request.version()), request.decision(), request.on());
    }

    @PostMapping(PATH + "/risk-assessment")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "The risk assessment before any direct meeting (a manager approves it)")
    RestorativeJustice riskAssessment(@PathVariable UUID victimId, @RequestBody RjRiskAssessmentRequest request) {
        return rj.assessRisk(victimId, version(request.version()), request.assessedOn(), request.summary());
    }

    @PostMapping(PATH + "/risk-assessment/approval")
    @PreAuthorize("hasAuthority('VICTIM_WORK') and hasAuthority('COUNTERSIGN')")
    @Operation(summary = "A manager approves the risk assessment (not the person who made it)")
    RestorativeJustice approve(@PathVariable UUID victimId, @RequestBody RjApprovalRequest request) {
        return rj.approveRisk(victimId, version(request.version()));
    }

    @PostMapping(PATH + "/kind")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "The kind of restorative justice and its facilitator (a member of the service, by name)")
    RestorativeJustice kind(@PathVariable UUID victimId, @RequestBody RjKindRequest request) {
        return rj.choose(victimId, version(request.version()), request.kind(), request.facilitator());
    }

    @PostMapping(PATH + "/planned")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "The date planned (the kind's consents and approved risk assessment first)")
    RestorativeJustice planned(@PathVariable UUID victimId, @RequestBody RjDateRequest request) {
        return rj.plan(victimId, version(request.version()), request.on());
    }

    @PostMapping(PATH + "/held")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "The date it was held")
    RestorativeJustice held(@PathVariable UUID victimId, @RequestBody RjDateRequest request) {
        return rj.hold(victimId, version(request.version()), request.on());
    }

    @PostMapping(PATH + "/outcome")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "The outcome and the victim's satisfaction")
    RestorativeJustice outcome(@PathVariable UUID victimId, @RequestBody RjOutcomeRequest request) {
        return rj.recordOutcome(
                victimId, version(request.version()), request.outcome(), request.note(), request.satisfaction());
    }

    @PostMapping(PATH + "/reparation")
    @PreAuthorize("hasAuthority('VICTIM_WORK')")
    @Operation(summary = "Reparation hours planned and done, against the order's contract or requirement, or none")
    RestorativeJustice reparation(@PathVariable UUID victimId, @RequestBody RjReparationRequest request) {
        return rj.recordReparation(
                victimId, version(request.version()), request.against(), request.hoursPlanned(), request.hoursDone());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(
                    Map.of("version", "Send the version of the restorative justice you read"));
        }
        return version;
    }
}
