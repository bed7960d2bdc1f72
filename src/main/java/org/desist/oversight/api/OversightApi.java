package org.desist.oversight.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.oversight.CaseWithoutRecentOversight;
import org.desist.oversight.Judgement;
import org.desist.oversight.ManagementOversight;
import org.desist.oversight.Oversight;
import org.desist.oversight.OversightArea;
import org.desist.oversight.OversightDetails;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Management oversight of interventions, and the cases without recent oversight. */
@RestController
@Tag(name = "Management oversight", description = "A manager's oversight of a case")
@SecurityRequirement(name = "bearer")
class OversightApi {

    private final ManagementOversight oversight;

    OversightApi(ManagementOversight oversight) {
        this.oversight = oversight;
    }

    record OversightRequest(
            Long version,
            LocalDate recordedOn,
            List<OversightArea> areas,
            Judgement judgement,
            String direction,
            String actions,
            LocalDate actionsDue,
            LocalDate nextDue) {

        OversightDetails details() {
            return new OversightDetails(
                    recordedOn, areas == null ? List.of() : areas, judgement, direction, actions, actionsDue, nextDue);
        }
    }

    @GetMapping("/api/v1/interventions/{id}/oversight")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The intervention's management oversight, newest first")
    List<Oversight> list(@PathVariable UUID id) {
        return oversight.viewed(id);
    }

    @PostMapping("/api/v1/interventions/{id}/oversight")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    @Operation(summary = "Record management oversight (a manager who does not case-manage the intervention)")
    ResponseEntity<Oversight> record(@PathVariable UUID id, @RequestBody OversightRequest request) {
        Oversight recorded = oversight.record(id, request.details());
        return ResponseEntity.created(URI.create("/api/v1/oversight/" + recorded.id()))
                .body(recorded);
    }

    @GetMapping("/api/v1/oversight/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One record of management oversight")
    Oversight get(@PathVariable UUID id) {
        return oversight.get(id);
    }

    @PutMapping("/api/v1/oversight/{id}")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    @Operation(summary = "The manager who recorded it corrects it, from the version read (409 when stale)")
    Oversight amend(@PathVariable UUID id, @RequestBody OversightRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the oversight you read"));
        }
        return oversight.amend(id, request.version(), request.details());
    }

    @GetMapping("/api/v1/oversight/cases-without-recent-oversight")
    @PreAuthorize("hasAuthority('TEAM_CASELOAD')")
    @Operation(summary = "Interventions in progress in your services without recent oversight, oldest first")
    List<CaseWithoutRecentOversight> withoutRecentOversight() {
        return oversight.withoutRecentOversight();
    }
}
