package org.desist.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.plan.ActionStatus;
import org.desist.plan.Agreement;
import org.desist.plan.NewAction;
import org.desist.plan.OtherPlan;
import org.desist.plan.Plan;
import org.desist.plan.PlanAction;
import org.desist.plan.PlanContent;
import org.desist.plan.Plans;
import org.desist.plan.Strand;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An intervention's plans: drafts, agreement, actions and their status. */
@RestController
@Tag(name = "Plans", description = "Plans of an intervention (three strands, actions, victims, contingency, views)")
@SecurityRequirement(name = "bearer")
class PlansApi {

    private final Plans plans;

    PlansApi(Plans plans) {
        this.plans = plans;
    }

    record DraftEdit(Long version, PlanContent content) {}

    record AgreeRequest(
            Long version,
            LocalDate agreedOn,
            String agreedBy,
            Boolean childInvolved,
            Boolean parentsInvolved,
            SocialWorkerInvitation socialWorkerInvitation) {}

    record ActionRequest(
            Long version,
            Strand strand,
            String description,
            UUID ownerStaffId,
            String ownerAgency,
            LocalDate dueDate) {}

    record OtherPlanRequest(Long version, OtherPlan otherPlan) {}

    record StatusChange(Long version, ActionStatus status, String reason) {}

    @GetMapping("/api/v1/interventions/{id}/plans")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The intervention's plans, newest (current) first; earlier ones are superseded")
    List<Plan> list(@PathVariable UUID id) {
        return plans.ofIntervention(id);
    }

    @PostMapping("/api/v1/interventions/{id}/plans")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Start a draft plan following the latest submitted assessment (a copy of the current plan)")
    ResponseEntity<Plan> start(@PathVariable UUID id) {
        Plan plan = plans.start(id);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/api/v1/plans/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "One plan with its actions")
    Plan get(@PathVariable UUID id) {
        return plans.get(id);
    }

    @PutMapping("/api/v1/plans/{id}")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Replace what a draft plan says (strands, victims, contingency, views, other agencies' plans)")
    Plan update(@PathVariable UUID id, @RequestBody DraftEdit request) {
        return plans.update(id, version(request.version()), request.content());
    }

    @PostMapping("/api/v1/plans/{id}/other-plans")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Reference another agency's plan from a draft")
    Plan addOtherPlan(@PathVariable UUID id, @RequestBody OtherPlanRequest request) {
        if (request.otherPlan() == null) {
            throw new InvalidRequestException(Map.of("otherPlan", "Send the other agency's plan"));
        }
        return plans.addOtherPlan(id, version(request.version()), request.otherPlan());
    }

    @PostMapping("/api/v1/plans/{id}/agree")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Agree a complete draft: it supersedes the previous plan and meets the plan's due item")
    Plan agree(@PathVariable UUID id, @RequestBody AgreeRequest request) {
        return plans.agree(
                id,
                version(request.version()),
                new Agreement(
                        request.agreedOn(),
                        request.agreedBy(),
                        request.childInvolved(),
                        request.parentsInvolved(),
                        request.socialWorkerInvitation()));
    }

    @PostMapping("/api/v1/plans/{id}/actions")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Add an action to a draft or agreed plan (owner: a person of the service or an agency)")
    ResponseEntity<Plan> addAction(@PathVariable UUID id, @RequestBody ActionRequest request) {
        Plan plan = plans.addAction(
                id,
                version(request.version()),
                new NewAction(
                        request.strand(),
                        request.description(),
                        request.ownerStaffId(),
                        request.ownerAgency(),
                        request.dueDate()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + plan.id())).body(plan);
    }

    @PostMapping("/api/v1/plan-actions/{id}/status")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Move an action on: in progress, done, or stopped (with the reason)")
    PlanAction changeStatus(@PathVariable UUID id, @RequestBody StatusChange request) {
        return plans.changeActionStatus(id, version(request.version()), request.status(), request.reason());
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version you read"));
        }
        return version;
    }
}
