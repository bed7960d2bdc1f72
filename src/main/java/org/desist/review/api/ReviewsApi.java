package org.desist.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;
import org.desist.platform.InvalidRequestException;
import org.desist.review.NewIncident;
import org.desist.review.NewReview;
import org.desist.review.Review;
import org.desist.review.ReviewLog;
import org.desist.review.ReviewTrigger;
import org.desist.review.Reviews;
import org.desist.review.TriggerKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An intervention's reviews and the triggers still waiting for one. A review is recorded with the
 * {@code version} read (the number of reviews recorded so far): a stale one is refused (409).
 */
@RestController
@Tag(name = "Reviews", description = "Scheduled and triggered reviews of an intervention")
@SecurityRequirement(name = "bearer")
class ReviewsApi {

    private final Reviews reviews;

    ReviewsApi(Reviews reviews) {
        this.reviews = reviews;
    }

    record ReviewRequest(
            Long version,
            LocalDate reviewedOn,
            List<UUID> answers,
            String whatChanged,
            String childViews,
            String parentsViews,
            String agencies,
            String agencyInformation,
            Boolean planChanged,
            String planChange,
            String planUnchangedReason,
            Boolean assessmentNeedsUpdating,
            SocialWorkerInvitation socialWorkerInvitation) {}

    record IncidentRequest(TriggerKind kind, LocalDate on, String whatHappened) {}

    @GetMapping("/api/v1/interventions/{id}/reviews")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(
            summary = "An intervention's reviews (newest first), the triggers still waiting for a review, the next"
                    + " review due and the version to send when recording one")
    ReviewLog list(@PathVariable UUID id) {
        return reviews.viewed(id);
    }

    @GetMapping("/api/v1/interventions/{id}/review-triggers")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(summary = "The triggers still waiting for a review of the intervention, oldest first")
    List<ReviewTrigger> openTriggers(@PathVariable UUID id) {
        return reviews.viewed(id).openTriggers();
    }

    @PostMapping("/api/v1/interventions/{id}/reviews")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Record a review: it answers the triggers named (all open ones when answers is omitted), meets"
                    + " the intervention's review due items and schedules the next interval review")
    ResponseEntity<Review> record(@PathVariable UUID id, @RequestBody ReviewRequest request) {
        if (request.version() == null) {
            throw new InvalidRequestException(
                    Map.of("version", "Send the version of the reviews you read (the number recorded so far)"));
        }
        Review review = reviews.record(
                id,
                request.version(),
                new NewReview(
                        request.reviewedOn(),
                        request.answers(),
                        request.whatChanged(),
                        request.childViews(),
                        request.parentsViews(),
                        request.agencies(),
                        request.agencyInformation(),
                        request.planChanged(),
                        request.planChange(),
                        request.planUnchangedReason(),
                        request.assessmentNeedsUpdating(),
                        request.socialWorkerInvitation()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id + "/reviews"))
                .body(review);
    }

    @PostMapping("/api/v1/interventions/{id}/review-triggers")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Record the child's release from custody (RELEASED_FROM_CUSTODY) or a serious incident"
                    + " (SERIOUS_INCIDENT): a review falls due on each of the child's interventions in progress")
    ResponseEntity<List<ReviewTrigger>> raise(@PathVariable UUID id, @RequestBody IncidentRequest request) {
        List<ReviewTrigger> raised =
                reviews.recordIncident(id, new NewIncident(request.kind(), request.on(), request.whatHappened()));
        return ResponseEntity.created(URI.create("/api/v1/interventions/" + id + "/review-triggers"))
                .body(raised);
    }
}
