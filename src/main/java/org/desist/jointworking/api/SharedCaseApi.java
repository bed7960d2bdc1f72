package org.desist.jointworking.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.jointworking.LeadProfessional;
import org.desist.jointworking.RoleAgreement;
import org.desist.jointworking.RoleAgreements;
import org.desist.jointworking.SharedCaseRules;
import org.desist.jointworking.SharedCases;
import org.desist.jointworking.SocialCareAllocation;
import org.desist.jointworking.SocialCareAllocations;
import org.desist.jointworking.SocialCareRole;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A child's shared case with children's social care: who does what, the role agreement, what is due. */
@RestController
@Tag(name = "Joint working", description = "Looked-after status, care-leaver category and joint-protocol duties")
@SecurityRequirement(name = "bearer")
class SharedCaseApi {

    private final ChildRecords children;
    private final SharedCases sharedCases;
    private final SocialCareAllocations allocations;
    private final RoleAgreements agreements;

    SharedCaseApi(
            ChildRecords children,
            SharedCases sharedCases,
            SocialCareAllocations allocations,
            RoleAgreements agreements) {
        this.children = children;
        this.sharedCases = sharedCases;
        this.allocations = allocations;
        this.agreements = agreements;
    }

    record WorkerAnswer(String role, String name, String detail) {}

    record AllocationAnswer(
            UUID id,
            String role,
            String name,
            String team,
            String phone,
            String email,
            LocalDate from,
            LocalDate until,
            UUID userAccountId,
            long version) {}

    record AgreementAnswer(
            UUID id,
            LocalDate agreedOn,
            String responsibilities,
            String roles,
            String contactFrequency,
            String contactMeans,
            String yosWorker,
            String socialWorker,
            String personalAdviser,
            String leadProfessional,
            String leadProfessionalOther,
            LocalDate childToldOn,
            LocalDate supersededOn,
            long version) {}

    record ItemAnswer(
            UUID id,
            String rule,
            String name,
            String owner,
            UUID triggerRecordId,
            LocalDate triggerDate,
            LocalDate dueDate,
            String dueDateReason,
            String status,
            boolean overdue,
            LocalDate metOn) {}

    record SharedCaseAnswer(
            boolean shared,
            LocalDate sharedFrom,
            boolean flagged,
            boolean lookedAfter,
            String careLeaverCategory,
            List<WorkerAnswer> whoDoesWhat,
            String leadProfessional,
            List<String> warnings,
            List<AllocationAnswer> allocations,
            AgreementAnswer agreement,
            List<AgreementAnswer> earlierAgreements,
            List<ItemAnswer> dueItems) {}

    @GetMapping("/api/v1/children/{id}/shared-case")
    @PreAuthorize("hasAnyAuthority('CHILD_VIEW', 'SHARED_CASE_VIEW')")
    @Operation(
            summary = "The child's shared case with children's social care: who does what, the role agreement"
                    + " and the shared-case due items")
    SharedCaseAnswer sharedCase(@PathVariable UUID id) {
        SharedCases.View v = sharedCases.viewed(children.accessible(id));
        return new SharedCaseAnswer(
                v.shared(),
                v.sharedFrom(),
                v.flagged(),
                v.lookedAfter(),
                v.careLeaver().name(),
                v.whoDoesWhat().stream()
                        .map(w -> new WorkerAnswer(w.role(), w.name(), w.detail()))
                        .toList(),
                v.lead(),
                v.warnings(),
                v.allocations().stream().map(SharedCaseApi::answer).toList(),
                v.agreement().map(SharedCaseApi::answer).orElse(null),
                v.earlierAgreements().stream().map(SharedCaseApi::answer).toList(),
                v.items().stream()
                        .map(x -> new ItemAnswer(
                                x.item().id(),
                                x.item().rule().id(),
                                x.item().rule().name(),
                                x.owner(),
                                x.item().triggerRecordId(),
                                x.item().triggerDate(),
                                x.item().dueDate(),
                                x.item().dueDateReason(),
                                x.item().status().name(),
                                x.item().overdueOn(v.today()),
                                x.item().metOn()))
                        .toList());
    }

    record AllocationRequest(
            SocialCareRole role,
            String name,
            String team,
            String phone,
            String email,
            LocalDate from,
            UUID userAccountId,
            Long currentVersion) {}

    @PostMapping("/api/v1/children/{id}/social-care-allocations")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Allocate a social worker or personal adviser (a change ends the current one;"
                    + " currentVersion: the version of the current one, absent when there is none)")
    ResponseEntity<AllocationAnswer> allocate(@PathVariable UUID id, @RequestBody AllocationRequest r) {
        SocialCareAllocation a = allocations.allocate(
                children.responsibleChild(id),
                new SharedCaseRules.NewAllocation(
                        r.role(), r.name(), r.team(), r.phone(), r.email(), r.from(), r.userAccountId()),
                r.currentVersion());
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/shared-case"))
                .body(answer(a));
    }

    record EndRequest(LocalDate endedOn, long version) {}

    @PostMapping("/api/v1/children/{id}/social-care-allocations/{allocationId}/end")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Social care's allocation ended with nobody taking over: when nobody is allocated any more,"
                    + " the case is no longer shared and what is still due for it is cancelled")
    ResponseEntity<Void> end(@PathVariable UUID id, @PathVariable UUID allocationId, @RequestBody EndRequest r) {
        allocations.end(children.responsibleChild(id), allocationId, r.version(), r.endedOn());
        return ResponseEntity.noContent().build();
    }

    record AgreementRequest(
            String responsibilities,
            String roles,
            String contactFrequency,
            String contactMeans,
            LocalDate agreedOn,
            String yosWorker,
            String socialWorker,
            String personalAdviser,
            LeadProfessional leadProfessional,
            String leadProfessionalOther,
            LocalDate childToldOn,
            Long currentVersion) {}

    @PostMapping("/api/v1/children/{id}/role-agreements")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the role agreement (supersedes the current one; currentVersion: its version)")
    ResponseEntity<AgreementAnswer> agree(@PathVariable UUID id, @RequestBody AgreementRequest r) {
        RoleAgreement a = agreements.agree(
                children.responsibleChild(id),
                new SharedCaseRules.Agreement(
                        r.responsibilities(),
                        r.roles(),
                        r.contactFrequency(),
                        r.contactMeans(),
                        r.agreedOn(),
                        r.yosWorker(),
                        r.socialWorker(),
                        r.personalAdviser(),
                        r.leadProfessional(),
                        r.leadProfessionalOther(),
                        r.childToldOn()),
                r.currentVersion());
        return ResponseEntity.created(URI.create("/api/v1/children/" + id + "/shared-case"))
                .body(answer(a));
    }

    record ChildToldRequest(LocalDate childToldOn, long version) {}

    @PostMapping("/api/v1/children/{id}/role-agreements/{agreementId}/child-told")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "The YOS told the child who is the lead professional (the social worker, for a looked-after"
                    + " child), on that day; version: the agreement's")
    AgreementAnswer childTold(@PathVariable UUID id, @PathVariable UUID agreementId, @RequestBody ChildToldRequest r) {
        return answer(agreements.childTold(children.responsibleChild(id), agreementId, r.version(), r.childToldOn()));
    }

    private static AllocationAnswer answer(SocialCareAllocation a) {
        return new AllocationAnswer(
                a.id(),
                a.role().name(),
                a.name(),
                a.team(),
                a.phone(),
                a.email(),
                a.from(),
                a.until(),
                a.userAccountId(),
                a.version());
    }

    private static AgreementAnswer answer(RoleAgreement a) {
        return new AgreementAnswer(
                a.id(),
                a.agreedOn(),
                a.responsibilities(),
                a.roles(),
                a.contactFrequency(),
                a.contactMeans(),
                a.yosWorker(),
                a.socialWorker(),
                a.personalAdviser(),
                a.leadProfessional().name(),
                a.leadProfessionalOther(),
                a.childToldOn(),
                a.supersededOn(),
                a.version());
    }
}
