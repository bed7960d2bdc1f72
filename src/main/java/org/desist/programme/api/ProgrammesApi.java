package org.desist.programme.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.InvalidRequestException;
import org.desist.programme.Attendance;
import org.desist.programme.Completion;
import org.desist.programme.Enrolment;
import org.desist.programme.Programme;
import org.desist.programme.ProgrammeCatalogue;
import org.desist.programme.ProgrammeWork;
import org.desist.programme.Programmes;
import org.desist.programme.ReferralAgency;
import org.desist.programme.ReferralOutcome;
import org.desist.programme.SpecialistReferral;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An intervention's programme enrolments (with their sessions and completion) and referrals to specialists
 * and partners (with their outcome), and the catalogues of the user's services. A completion or an outcome
 * sends the {@code version} read; a stale one is refused (409).
 */
@RestController
@Tag(name = "Programmes and referrals", description = "Programmes, sessions and referrals to specialists and partners")
@SecurityRequirement(name = "bearer")
class ProgrammesApi {

    private final Programmes programmes;
    private final ProgrammeCatalogue catalogue;

    ProgrammesApi(Programmes programmes, ProgrammeCatalogue catalogue) {
        this.programmes = programmes;
        this.catalogue = catalogue;
    }

    record EnrolmentRequest(UUID programmeId, LocalDate startDate, String deliveredBy) {}

    record SessionRequest(LocalDate date, Attendance attendance, String notes) {}

    record CompletionRequest(Long version, Completion completion, LocalDate completedOn, String reason) {}

    record ReferralRequest(ReferralAgency agency, String organisation, LocalDate referredOn, String reason) {}

    record OutcomeRequest(Long version, ReferralOutcome outcome, LocalDate outcomeOn, String notes) {}

    @GetMapping("/api/v1/programmes")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The programmes your services run (active and withdrawn)")
    List<Programme> catalogue() {
        return catalogue.ofMyServices();
    }

    @GetMapping("/api/v1/interventions/{id}/programmes")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "An intervention's programme enrolments and referrals, with the referrals to chase")
    ProgrammeWork work(@PathVariable UUID id) {
        return programmes.viewed(id);
    }

    @GetMapping("/api/v1/interventions/{id}/programme-enrolments")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "An intervention's programme enrolments with their sessions and sessions attended")
    List<Enrolment> enrolments(@PathVariable UUID id) {
        return programmes.viewed(id).enrolments();
    }

    @PostMapping("/api/v1/interventions/{id}/programme-enrolments")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Enrol the child on a programme of their home service's catalogue")
    ResponseEntity<Enrolment> enrol(@PathVariable UUID id, @RequestBody EnrolmentRequest request) {
        Enrolment enrolment = programmes.enrol(
                id, new Programmes.NewEnrolment(request.programmeId(), request.startDate(), request.deliveredBy()));
        return ResponseEntity.created(URI.create("/api/v1/programme-enrolments/" + enrolment.id()))
                .body(enrolment);
    }

    @GetMapping("/api/v1/programme-enrolments/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One enrolment")
    Enrolment enrolment(@PathVariable UUID id) {
        return programmes.enrolment(id);
    }

    @PostMapping("/api/v1/programme-enrolments/{id}/sessions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record a session of the programme: its date and whether the child attended")
    ResponseEntity<Enrolment> session(@PathVariable UUID id, @RequestBody SessionRequest request) {
        Enrolment enrolment = programmes.recordSession(
                id, new Programmes.NewSession(request.date(), request.attendance(), request.notes()));
        return ResponseEntity.created(URI.create("/api/v1/programme-enrolments/" + id))
                .body(enrolment);
    }

    @PostMapping("/api/v1/programme-enrolments/{id}/completion")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record how the programme ended for the child (the reason when not completed)")
    Enrolment complete(@PathVariable UUID id, @RequestBody CompletionRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the enrolment you read"));
        }
        return programmes.complete(
                id,
                request.version(),
                new Programmes.NewCompletion(request.completion(), request.completedOn(), request.reason()));
    }

    @GetMapping("/api/v1/interventions/{id}/specialist-referrals")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "An intervention's referrals to specialists and partners, latest first, with the chase flag")
    List<SpecialistReferral> referrals(@PathVariable UUID id) {
        return programmes.viewed(id).referrals();
    }

    @PostMapping("/api/v1/interventions/{id}/specialist-referrals")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Refer the child to a specialist or partner (awaiting its outcome)")
    ResponseEntity<SpecialistReferral> refer(@PathVariable UUID id, @RequestBody ReferralRequest request) {
        SpecialistReferral referral = programmes.refer(
                id,
                new Programmes.NewReferral(
                        request.agency(), request.organisation(), request.referredOn(), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/specialist-referrals/" + referral.id()))
                .body(referral);
    }

    @GetMapping("/api/v1/specialist-referrals/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One referral")
    SpecialistReferral referral(@PathVariable UUID id) {
        return programmes.referral(id);
    }

    @PostMapping("/api/v1/specialist-referrals/{id}/outcome")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the referral's outcome and its date, from the version read")
    SpecialistReferral outcome(@PathVariable UUID id, @RequestBody OutcomeRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the referral you read"));
        }
        return programmes.recordOutcome(
                id,
                request.version(),
                new Programmes.NewOutcome(request.outcome(), request.outcomeOn(), request.notes()));
    }
}
