package org.desist.assessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.Assessments;
import org.desist.assessment.ClassificationChange;
import org.desist.assessment.EarlierAssessment;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An intervention's assessments: drafts, submission and a manager's countersignature. */
@RestController
@Tag(name = "Assessments", description = "Assessments of an intervention (desistance, safety and wellbeing, ROSH)")
@SecurityRequirement(name = "bearer")
class AssessmentsApi {

    private final Assessments assessments;

    AssessmentsApi(Assessments assessments) {
        this.assessments = assessments;
    }

    record Versioned(Long version) {}

    // Its own name in the contract: another module's API has a DraftEdit too, and springdoc kept only one of them.
    @io.swagger.v3.oas.annotations.media.Schema(name = "AssessmentDraftEdit")
    record DraftEdit(Long version, AssessmentDetails details) {}

    record AssessmentsAnswer(List<Assessment> assessments, List<ClassificationChange> classificationHistory) {}

    @GetMapping("/api/v1/interventions/{id}/assessments")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The intervention's assessments, newest (current) first, and its classification history")
    AssessmentsAnswer list(@PathVariable UUID id) {
        return new AssessmentsAnswer(assessments.ofIntervention(id), assessments.history(id));
    }

    @PostMapping("/api/v1/interventions/{id}/assessments")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Start a draft assessment (a later one replaces the current one, starting as its copy)")
    ResponseEntity<Assessment> start(@PathVariable UUID id) {
        Assessment assessment = assessments.start(id);
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.id()))
                .body(assessment);
    }

    @PostMapping("/api/v1/interventions/{id}/assessments/earlier")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary =
                    "Record an assessment completed before the case came into Desist (e.g. in AssetPlus), as it stood:"
                            + " submitted on its own date, countersigned when a countersignature is given; marked as recorded"
                            + " afterwards, today, by you")
    ResponseEntity<Assessment> recordEarlier(@PathVariable UUID id, @RequestBody EarlierAssessment request) {
        if (request == null) {
            throw new InvalidRequestException(Map.of("submittedOn", "Send the assessment completed earlier"));
        }
        Assessment assessment = assessments.recordEarlier(id, request);
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.id()))
                .body(assessment);
    }

    @GetMapping("/api/v1/assessments/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One assessment")
    Assessment get(@PathVariable UUID id) {
        return assessments.get(id);
    }

    @PutMapping("/api/v1/assessments/{id}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Replace what a draft assessment says")
    Assessment update(@PathVariable UUID id, @RequestBody DraftEdit request) {
        return assessments.update(id, version(request.version()), request.details());
    }

    @PostMapping("/api/v1/assessments/{id}/submit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Submit a complete draft; high or very high classifications then await countersignature")
    Assessment submit(@PathVariable UUID id, @RequestBody Versioned request) {
        return assessments.submit(id, version(request.version()));
    }

    @PostMapping("/api/v1/assessments/{id}/countersign")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    @Operation(summary = "A manager (not the author) countersigns a high or very high assessment")
    Assessment countersign(@PathVariable UUID id, @RequestBody Versioned request) {
        return assessments.countersign(id, version(request.version()));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the assessment you read"));
        }
        return version;
    }
}
