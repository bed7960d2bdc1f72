package org.desist.court.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtKind;
import org.desist.court.CourtReport;
import org.desist.court.CourtWork;
import org.desist.court.EstablishmentType;
import org.desist.court.HearingType;
import org.desist.court.Outcome;
import org.desist.court.RemandOrBail;
import org.desist.court.ReportType;
import org.desist.court.Sentence;
import org.desist.court.SentenceType;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A child's court work: appearances (remand or bail is a second step, as on the pages), sentences and
 * reports to court with their due items.
 */
@RestController
@Tag(
        name = "Court work",
        description = "Court appearances, remand and bail, reports to court (with quality assurance) and sentences")
@SecurityRequirement(name = "bearer")
class CourtApi {

    private final CourtWork court;
    private final ChildRecords children;

    CourtApi(CourtWork court, ChildRecords children) {
        this.court = court;
        this.children = children;
    }

    record AppearanceRequest(
            Long version,
            LocalDate appearanceDate,
            String courtName,
            CourtKind courtKind,
            HearingType hearingType,
            List<UUID> offenceIds,
            Outcome outcome,
            String outcomeDetail,
            LocalDate nextHearingDate,
            String informationToCourt) {

        CourtWork.NewAppearance toNew() {
            return new CourtWork.NewAppearance(
                    appearanceDate,
                    courtName,
                    courtKind,
                    hearingType,
                    offenceIds,
                    outcome,
                    outcomeDetail,
                    nextHearingDate,
                    informationToCourt);
        }
    }

    record RemandRequest(
            Long version, RemandOrBail decision, EstablishmentType establishmentType, String establishmentName) {}

    record SentenceRequest(
            SentenceType type, LocalDate madeOn, LocalDate endDate, Integer lengthMonths, UUID caseManagerId) {}

    record ReportRequest(
            UUID appearanceId,
            ReportType type,
            LocalDate dueDate,
            UUID authorId,
            UUID reusedReportId,
            String reuseReason) {}

    record DueDateRequest(Long version, LocalDate dueDate) {}

    record VersionRequest(Long version) {}

    record SubmitRequest(Long version, LocalDate submittedOn) {}

    record WithdrawRequest(Long version, String reason) {}

    @GetMapping("/api/v1/children/{id}/court-appearances")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "A child's court appearances, newest first")
    List<CourtAppearance> appearances(@PathVariable UUID id) {
        return court.appearances(children.accessible(id));
    }

    @PostMapping("/api/v1/children/{id}/court-appearances")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Record a court appearance",
            description = "The next hearing date is required when the outcome is ADJOURNED, REMANDED or BAILED. "
                    + "An outcome of BAILED, SENTENCED or DISMISSED closes a remand started at an earlier "
                    + "appearance (see `ended`). For REMANDED or BAILED, record the court's decision next with "
                    + "POST /api/v1/court-appearances/{id}/remand.")
    ResponseEntity<CourtAppearance> record(@PathVariable UUID id, @RequestBody AppearanceRequest request) {
        CourtAppearance appearance = court.recordAppearance(children.responsibleChild(id), request.toNew());
        return ResponseEntity.created(URI.create("/api/v1/court-appearances/" + appearance.id()))
                .body(appearance);
    }

    @GetMapping("/api/v1/court-appearances/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One court appearance")
    CourtAppearance appearance(@PathVariable UUID id) {
        return court.appearance(id);
    }

    @PutMapping("/api/v1/court-appearances/{id}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Correct a court appearance; send the version you read (409 if someone saved it since)")
    CourtAppearance correct(@PathVariable UUID id, @RequestBody AppearanceRequest request) {
        return court.correctAppearance(id, version(request.version()), request.toNew());
    }

    @PostMapping("/api/v1/court-appearances/{id}/remand")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Record the remand or bail decision of a REMANDED or BAILED appearance",
            description = "Remands and bail with support or intensive supervision and surveillance start the "
                    + "matching intervention (remandInterventionId). REMAND_TO_YOUTH_DETENTION needs "
                    + "establishmentType and establishmentName.")
    CourtAppearance remand(@PathVariable UUID id, @RequestBody RemandRequest request) {
        return court.recordRemandOrBail(
                id,
                version(request.version()),
                new CourtWork.RemandDecision(
                        request.decision(), request.establishmentType(), request.establishmentName()));
    }

    @PostMapping("/api/v1/court-appearances/{id}/sentence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Record a sentence made at a SENTENCED appearance; it starts the intervention",
            description = "Give endDate or lengthMonths (madeOn defaults to the appearance date). "
                    + "withoutReport is true when the sentence needs a report and no pre-sentence report was "
                    + "submitted or reused in the proceedings: it is recorded, not refused.")
    ResponseEntity<Sentence> sentence(@PathVariable UUID id, @RequestBody SentenceRequest request) {
        Sentence sentence = court.recordSentence(
                id,
                new CourtWork.NewSentence(
                        request.type(),
                        request.madeOn(),
                        request.endDate(),
                        request.lengthMonths(),
                        request.caseManagerId()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + sentence.interventionId()))
                .body(sentence);
    }

    @GetMapping("/api/v1/children/{id}/court-reports")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "A child's reports to court")
    List<CourtReport> reports(@PathVariable UUID id) {
        return court.reports(children.accessible(id));
    }

    @PostMapping("/api/v1/children/{id}/court-reports")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "The court asked for a report at one of the child's appearances",
            description = "Creates its due item on the court's due date. To reuse an earlier report instead "
                    + "(submitted and quality assured within the last 3 months, nothing significant changed), give "
                    + "reusedReportId and reuseReason: the due item is met at once.")
    ResponseEntity<CourtReport> requestReport(@PathVariable UUID id, @RequestBody ReportRequest request) {
        if (request.appearanceId() == null) {
            throw new InvalidRequestException(Map.of("appearanceId", "Give the appearance where the court asked"));
        }
        CourtAppearance appearance = court.appearance(request.appearanceId());
        if (!appearance.childId().equals(id)) {
            throw new InvalidRequestException(Map.of("appearanceId", "Give one of this child’s appearances"));
        }
        CourtReport report = court.requestReport(
                request.appearanceId(),
                new CourtWork.NewReport(
                        request.type(),
                        request.dueDate(),
                        request.authorId(),
                        request.reusedReportId(),
                        request.reuseReason()));
        return ResponseEntity.created(URI.create("/api/v1/court-reports/" + report.id()))
                .body(report);
    }

    @GetMapping("/api/v1/court-reports/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One report to court")
    CourtReport report(@PathVariable UUID id) {
        return court.report(id);
    }

    @PostMapping("/api/v1/court-reports/{id}/due-date")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "The court set a different due date; the due item moves")
    CourtReport dueDate(@PathVariable UUID id, @RequestBody DueDateRequest request) {
        return court.changeDueDate(id, version(request.version()), request.dueDate());
    }

    @PostMapping("/api/v1/court-reports/{id}/quality-assurance")
    @PreAuthorize("hasAuthority('COUNTERSIGN')")
    @Operation(summary = "A manager's quality-assurance sign-off (not the report's author)")
    CourtReport qualityAssure(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return court.qualityAssure(id, version(request.version()));
    }

    @PostMapping("/api/v1/court-reports/{id}/submit")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "The report went to court (after quality assurance); its due item is met")
    CourtReport submit(@PathVariable UUID id, @RequestBody SubmitRequest request) {
        return court.submit(id, version(request.version()), request.submittedOn());
    }

    @PostMapping("/api/v1/court-reports/{id}/withdraw")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "The report is no longer needed; its due item is cancelled with the reason")
    CourtReport withdraw(@PathVariable UUID id, @RequestBody WithdrawRequest request) {
        return court.withdraw(id, version(request.version()), request.reason());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the record you read"));
        }
        return version;
    }
}
