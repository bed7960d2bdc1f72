package org.desist.victim.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.victim.Victim;
import org.desist.victim.Victims;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The victims of an offence: victim workers and managers only, never on the child's side. */
@RestController
@Tag(name = "Victims", description = "Victims of children's offences: the victim capability only")
@SecurityRequirement(name = "bearer")
class VictimsOfOffenceApi {

    private final Victims victims;

    VictimsOfOffenceApi(Victims victims) {
        this.victims = victims;
    }

    record VictimRequest(Victim.Kind kind, String name, String contact, String wishes, Boolean consentsToContact) {}

    @GetMapping("/api/v1/offences/{id}/victims")
    @PreAuthorize("hasAuthority('VICTIM_VIEW')")
    @Operation(summary = "The victims of an offence (victim workers and managers only)")
    List<Victim> victims(@PathVariable UUID id) {
        return victims.ofOffence(id);
    }

    @PostMapping("/api/v1/offences/{id}/victims")
    @PreAuthorize("hasAuthority('VICTIM_EDIT')")
    @Operation(
            summary = "Record a victim of an offence (victim workers and managers only)",
            description = "consentsToContact is kept for older clients and stored as given, but it is not consent:"
                    + " record consent to contact and to sharing, with its lawful basis, with"
                    + " POST /api/v1/victims/{id}/consents.")
    ResponseEntity<Map<String, UUID>> recordVictim(@PathVariable UUID id, @RequestBody VictimRequest request) {
        UUID victim = victims.record(
                id,
                request.kind(),
                request.name(),
                request.contact(),
                request.wishes(),
                Boolean.TRUE.equals(request.consentsToContact()));
        return ResponseEntity.created(URI.create("/api/v1/offences/" + id + "/victims"))
                .body(Map.of("id", victim));
    }
}
