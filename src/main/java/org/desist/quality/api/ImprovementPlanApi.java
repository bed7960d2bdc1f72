package org.desist.quality.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.quality.ImprovementAction;
import org.desist.quality.ImprovementActions;
import org.desist.quality.ImprovementPlan;
import org.desist.quality.ImprovementPlans;
import org.desist.security.Directory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Improvement plans: the list with progress, one plan whole, and progress recorded on an action by its owner. */
@RestController
@Tag(name = "Improvement plans", description = "Recommendations of an inspection or audit, their actions and progress")
@SecurityRequirement(name = "bearer")
class ImprovementPlanApi {

    private final ImprovementPlans plans;
    private final ImprovementActions actions;
    private final Directory directory;
    private final Clock clock;

    ImprovementPlanApi(ImprovementPlans plans, ImprovementActions actions, Directory directory, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.directory = directory;
        this.clock = clock;
    }

    record PlanSummary(
            UUID id,
            String title,
            LocalDate planDate,
            String source,
            UUID inspectionId,
            UUID roundId,
            int recommendations,
            int actions,
            int actionsComplete,
            int actionsOverdue,
            LocalDate lastBoardReview,
            long version) {}

    /** A progress update, or ({@code replanned}) a QA lead's change to the action with its reason. */
    record Update(
            LocalDate writtenOn,
            String text,
            ImprovementAction.Status status,
            String reason,
            String writtenBy,
            boolean replanned) {}

    record Action(
            UUID id,
            UUID recommendationId,
            String description,
            UUID ownerId,
            String owner,
            LocalDate dueDate,
            ImprovementAction.Status status,
            String statusReason,
            LocalDate completedOn,
            boolean overdue,
            List<Update> updates,
            long version) {}

    record Recommendation(
            UUID id,
            int position,
            String text,
            ImprovementPlan.AddressedTo addressedTo,
            ImprovementPlan.Partner partner,
            String addressee,
            List<Action> actions) {}

    record BoardReview(LocalDate reviewedOn, String notes, String recordedBy) {}

    record PlanDetail(
            UUID id,
            String title,
            LocalDate planDate,
            String source,
            UUID inspectionId,
            UUID roundId,
            List<Recommendation> recommendations,
            List<BoardReview> boardReviews,
            long version) {}

    /**
     * @param version the version of the action you read (409 if someone saved it since)
     * @param on the date of the update (today or earlier)
     * @param status the status the update leaves the action in; a complete or no-longer-needed action can only be
     *     reopened ({@code IN_PROGRESS}) with a reason
     */
    record ProgressRequest(Long version, LocalDate on, String text, ImprovementAction.Status status, String reason) {}

    record ReplanRequest(Long version, String description, UUID ownerId, LocalDate dueDate, String reason) {}

    @GetMapping("/api/v1/quality/improvement-plans")
    @PreAuthorize("hasAuthority('QUALITY_RATINGS')")
    @Operation(summary = "The improvement plans of your services, newest first, with their progress")
    List<PlanSummary> list() {
        return plans.mine().stream()
                .map(s -> new PlanSummary(
                        s.plan().id(),
                        s.plan().title(),
                        s.plan().planDate(),
                        s.plan().source(),
                        s.plan().inspectionId(),
                        s.plan().roundId(),
                        s.plan().recommendations().size(),
                        s.actions(),
                        s.complete(),
                        s.overdue(),
                        s.plan()
                                .lastBoardReview()
                                .map(ImprovementPlan.BoardReview::reviewedOn)
                                .orElse(null),
                        s.plan().version()))
                .toList();
    }

    @GetMapping("/api/v1/quality/improvement-plans/{id}")
    @PreAuthorize("hasAnyAuthority('QUALITY_RATINGS', 'CHILD_VIEW')")
    @Operation(
            summary = "One improvement plan whole: recommendations, actions with their progress, Board reviews",
            description = "For those with the quality capabilities in its service, and the owners of its actions.")
    PlanDetail plan(@PathVariable UUID id) {
        ImprovementPlan plan = plans.get(id);
        List<ImprovementAction> its = plans.actionsOf(id);
        Map<UUID, String> names = directory.displayNames(Stream.concat(
                        its.stream()
                                .flatMap(a -> Stream.concat(
                                        Stream.of(a.ownerId()),
                                        a.updates().stream().map(ImprovementAction.ProgressUpdate::writtenBy))),
                        plan.boardReviews().stream().map(ImprovementPlan.BoardReview::recordedBy))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        LocalDate today = LocalDate.now(clock);
        return new PlanDetail(
                plan.id(),
                plan.title(),
                plan.planDate(),
                plan.source(),
                plan.inspectionId(),
                plan.roundId(),
                plan.recommendations().stream()
                        .map(r -> new Recommendation(
                                r.id(),
                                r.position(),
                                r.text(),
                                r.addressedTo(),
                                r.partner(),
                                r.addressee(),
                                its.stream()
                                        .filter(a -> a.recommendationId().equals(r.id()))
                                        .map(a -> action(a, names, today))
                                        .toList()))
                        .toList(),
                plan.boardReviews().stream()
                        .map(b -> new BoardReview(
                                b.reviewedOn(), b.notes(), b.recordedBy() == null ? null : names.get(b.recordedBy())))
                        .toList(),
                plan.version());
    }

    @PostMapping("/api/v1/quality/improvement-plans/{id}/actions/{actionId}/progress")
    @PreAuthorize("hasAnyAuthority('QUALITY_ASSURANCE', 'CHILD_VIEW')")
    @Operation(
            summary = "Record progress on an action: by its owner or a QA lead",
            description = "A dated note of what has been done and the status it leaves the action in. Send the version"
                    + " of the action you read (409 if someone saved it since).")
    Action recordProgress(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ProgressRequest request) {
        ImprovementAction action = actions.get(actionId);
        if (!action.planId().equals(id)) {
            throw new NotFoundException("Action");
        }
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the action you read"));
        }
        ImprovementAction saved = actions.recordProgress(
                actionId, request.version(), request.on(), request.text(), request.status(), request.reason());
        return action(saved, names(saved), LocalDate.now(clock));
    }

    private Map<UUID, String> names(ImprovementAction saved) {
        return directory.displayNames(Stream.concat(
                        Stream.of(saved.ownerId()),
                        saved.updates().stream().map(ImprovementAction.ProgressUpdate::writtenBy))
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    @PutMapping("/api/v1/quality/improvement-plans/{id}/actions/{actionId}")
    @PreAuthorize("hasAuthority('QUALITY_ASSURANCE')")
    @Operation(
            summary = "Re-plan an open action: what will be done, its owner or its due date, with the reason",
            description = "The change and its reason are kept in the action's progress, dated today. Send the version"
                    + " of the action you read (409 if someone saved it since).")
    Action replan(@PathVariable UUID id, @PathVariable UUID actionId, @RequestBody ReplanRequest request) {
        ImprovementAction action = actions.get(actionId);
        if (!action.planId().equals(id)) {
            throw new NotFoundException("Action");
        }
        if (request.version() == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the action you read"));
        }
        ImprovementAction saved = actions.replan(
                actionId,
                request.version(),
                request.description(),
                request.ownerId(),
                request.dueDate(),
                request.reason());
        return action(saved, names(saved), LocalDate.now(clock));
    }

    private static Action action(ImprovementAction a, Map<UUID, String> names, LocalDate today) {
        return new Action(
                a.id(),
                a.recommendationId(),
                a.description(),
                a.ownerId(),
                names.get(a.ownerId()),
                a.dueDate(),
                a.status(),
                a.statusReason(),
                a.completedOn(),
                a.overdueOn(today),
                a.updates().stream()
                        .map(u -> new Update(
                                u.writtenOn(),
                                u.text(),
                                u.status(),
                                u.reason(),
                                u.writtenBy() == null ? null : names.get(u.writtenBy()),
                                u.replanned()))
                        .toList(),
                a.version());
    }
}
