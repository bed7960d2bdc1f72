package org.desist.outofcourt.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.outofcourt.DiversionEligibility;
import org.desist.outofcourt.FirstTimeEntrant;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Outcome;
import org.desist.outofcourt.Referral;
import org.desist.outofcourt.SourceConsulted;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Out-of-court referrals: the police referral, screening, the joint panel's decision and how it ended. */
@RestController
@Tag(name = "Out-of-court disposals", description = "Police referrals, screening, joint decision-making panels")
@SecurityRequirement(name = "bearer")
class OutOfCourtApi {

    private final OutOfCourtDisposals disposals;
    private final ChildRecords children;

    OutOfCourtApi(OutOfCourtDisposals disposals, ChildRecords children) {
        this.disposals = disposals;
        this.children = children;
    }

    // Its own name in the contract: another module's API has a ReferralRequest too, and springdoc kept only one of
    // them.
    @io.swagger.v3.oas.annotations.media.Schema(name = "OutOfCourtReferralRequest")
    record ReferralRequest(
            LocalDate referralDate,
            String policeReference,
            String referringOfficer,
            LocalDate bailDate,
            UUID caseManagerId,
            List<UUID> offenceIds) {}

    record ScreeningRequest(
            Long version,
            LocalDate completedOn,
            String summary,
            Set<SourceConsulted> sources,
            List<Referral.SpecialistScreening> specialistScreenings) {}

    record PanelDecisionRequest(
            Long version,
            LocalDate panelDate,
            List<Referral.Attendee> attendees,
            Outcome recommendation,
            Outcome decision,
            String rationale,
            String conditions,
            LocalDate conditionsEndOn,
            LocalDate policeToldOn) {}

    record BailDateCorrection(Long version, LocalDate bailDate) {}

    record Withdrawal(Long version, LocalDate withdrawnOn, String reason) {}

    record PoliceTold(Long version, LocalDate policeToldOn) {}

    record Completion(Long version, LocalDate endedOn, String exitStrategy) {}

    record NonCompliance(Long version, LocalDate endedOn, String nonCompliance, Boolean referredBackToPolice) {}

    /** Whether the child is a first-time entrant (first caution, conditional caution or conviction). */
    record FirstTimeEntrantAnswer(boolean firstTimeEntrant, LocalDate since, String by) {
        static FirstTimeEntrantAnswer of(FirstTimeEntrant fte) {
            return new FirstTimeEntrantAnswer(
                    fte.entered(),
                    fte.since(),
                    fte.by() == null ? null : fte.by().label());
        }
    }

    /** A referral with its outcome's local name, the diversion prompt and the child's first-time entrant status. */
    record ReferralAnswer(
            UUID id,
            UUID childId,
            LocalDate referralDate,
            String policeReference,
            String referringOfficer,
            LocalDate bailDate,
            UUID caseManagerId,
            List<UUID> offenceIds,
            Referral.Stage stage,
            String stageName,
            Referral.Screening screening,
            Referral.PanelDecision panel,
            String decisionName,
            Boolean decisionDepartsFromRecommendation,
            UUID interventionId,
            LocalDate withdrawnOn,
            String withdrawnReason,
            LocalDate deliveryEndedOn,
            String nonCompliance,
            Boolean referredBackToPolice,
            DiversionEligibility diversionEligibility,
            FirstTimeEntrantAnswer firstTimeEntrant,
            long version) {}

    @GetMapping("/api/v1/children/{id}/out-of-court-referrals")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "A child's out-of-court referrals, newest first")
    List<ReferralAnswer> list(@PathVariable UUID id) {
        AccessibleChild child = children.accessible(id);
        FirstTimeEntrant fte = disposals.firstTimeEntrant(child);
        return disposals.ofChild(child).stream().map(r -> answer(r, fte)).toList();
    }

    @GetMapping("/api/v1/children/{id}/first-time-entrant")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "Whether the child is a first-time entrant to the youth justice system, since when and why")
    FirstTimeEntrantAnswer firstTimeEntrant(@PathVariable UUID id) {
        return FirstTimeEntrantAnswer.of(disposals.firstTimeEntrant(children.accessible(id)));
    }

    @PostMapping("/api/v1/children/{id}/out-of-court-referrals")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record a police referral; its assessment and decision due items are created")
    ResponseEntity<ReferralAnswer> refer(@PathVariable UUID id, @RequestBody ReferralRequest request) {
        Referral referral = disposals.refer(
                children.responsibleChild(id),
                new OutOfCourtDisposals.NewReferral(
                        request.referralDate(),
                        request.policeReference(),
                        request.referringOfficer(),
                        request.bailDate(),
                        request.caseManagerId(),
                        request.offenceIds()));
        return ResponseEntity.created(URI.create("/api/v1/out-of-court-referrals/" + referral.id()))
                .body(answer(referral));
    }

    @GetMapping("/api/v1/out-of-court-referrals/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One out-of-court referral (the view is audited)")
    ReferralAnswer get(@PathVariable UUID id) {
        return answer(disposals.get(id));
    }

    @PostMapping("/api/v1/out-of-court-referrals/{id}/screening")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the YOS screening and assessment; meets the assessment due item")
    ReferralAnswer screening(@PathVariable UUID id, @RequestBody ScreeningRequest request) {
        return answer(disposals.recordScreening(
                id,
                version(request.version()),
                new OutOfCourtDisposals.NewScreening(
                        request.completedOn(), request.summary(), request.sources(), request.specialistScreenings())));
    }

    @PostMapping("/api/v1/out-of-court-referrals/{id}/panel-decision")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Record the joint decision-making panel; a caution or community resolution starts its"
                    + " intervention, and telling the police meets the decision due item")
    ReferralAnswer panelDecision(@PathVariable UUID id, @RequestBody PanelDecisionRequest request) {
        return answer(disposals.recordPanelDecision(
                id,
                version(request.version()),
                new OutOfCourtDisposals.NewPanelDecision(
                        request.panelDate(),
                        request.attendees(),
                        request.recommendation(),
                        request.decision(),
                        request.rationale(),
                        request.conditions(),
                        request.conditionsEndOn(),
                        request.policeToldOn())));
    }

    @PostMapping("/api/v1/out-of-court-referrals/{id}/police-told")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record when the police were told of the decision; meets the decision due item")
    ReferralAnswer policeTold(@PathVariable UUID id, @RequestBody PoliceTold request) {
        return answer(disposals.policeTold(id, version(request.version()), request.policeToldOn()));
    }

    @PostMapping("/api/v1/out-of-court-referrals/{id}/bail-date")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Correct the bail date; the decision due item moves")
    ReferralAnswer bailDate(@PathVariable UUID id, @RequestBody BailDateCorrection request) {
        return answer(disposals.correctBailDate(id, version(request.version()), request.bailDate()));
    }

    @PostMapping("/api/v1/out-of-court-referrals/{id}/withdraw")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "The police withdrew the referral; its open due items are cancelled")
    ReferralAnswer withdraw(@PathVariable UUID id, @RequestBody Withdrawal request) {
        return answer(disposals.withdraw(id, version(request.version()), request.withdrawnOn(), request.reason()));
    }

    @PostMapping("/api/v1/out-of-court-referrals/{id}/completion")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "The child completed the disposal; its intervention closes as completed")
    ReferralAnswer completion(@PathVariable UUID id, @RequestBody Completion request) {
        return answer(disposals.complete(id, version(request.version()), request.endedOn(), request.exitStrategy()));
    }

    @PostMapping("/api/v1/out-of-court-referrals/{id}/non-compliance")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "The child did not comply; its intervention closes as breached")
    ReferralAnswer nonCompliance(@PathVariable UUID id, @RequestBody NonCompliance request) {
        return answer(disposals.notComplied(
                id,
                version(request.version()),
                request.endedOn(),
                request.nonCompliance(),
                request.referredBackToPolice()));
    }

    private ReferralAnswer answer(Referral r) {
        return answer(r, disposals.firstTimeEntrant(r));
    }

    private ReferralAnswer answer(Referral r, FirstTimeEntrant fte) {
        return new ReferralAnswer(
                r.id(),
                r.childId(),
                r.referralDate(),
                r.policeReference(),
                r.referringOfficer(),
                r.bailDate(),
                r.caseManagerId(),
                r.offenceIds(),
                r.stage(),
                r.stage().label(),
                r.screening(),
                r.panel(),
                r.panel() == null ? null : disposals.name(r.panel().decision()),
                r.panel() == null ? null : r.panel().departsFromRecommendation(),
                r.interventionId(),
                r.withdrawnOn(),
                r.withdrawnReason(),
                r.deliveryEndedOn(),
                r.nonCompliance(),
                r.referredBackToPolice(),
                disposals.eligibility(r),
                FirstTimeEntrantAnswer.of(fte),
                r.version());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the referral you read"));
        }
        return version;
    }
}
