package org.desist.order.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.order.BreachDecidedBy;
import org.desist.order.BreachOutcome;
import org.desist.order.BreachedWhat;
import org.desist.order.CourtOrder;
import org.desist.order.CourtOrders;
import org.desist.order.OrderBreaches;
import org.desist.order.OrderRequirements;
import org.desist.order.PanelKind;
import org.desist.order.PanelOutcome;
import org.desist.order.ReferralOrders;
import org.desist.order.RequirementRules;
import org.desist.order.RequirementType;
import org.desist.platform.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a court order involves: a referral order's panels and contract, a youth rehabilitation order's
 * requirements, a detention and training order's halves, a grave crime sentence's licence, and breaches.
 * Each change sends the order's {@code version} as read; a stale one is refused (409).
 */
@RestController
@Tag(name = "Court orders", description = "What each court order involves once it is made")
@SecurityRequirement(name = "bearer")
class OrdersApi {

    private final CourtOrders orders;
    private final ReferralOrders referralOrders;
    private final OrderRequirements requirements;
    private final OrderBreaches breaches;

    OrdersApi(
            CourtOrders orders, ReferralOrders referralOrders, OrderRequirements requirements, OrderBreaches breaches) {
        this.orders = orders;
        this.referralOrders = referralOrders;
        this.requirements = requirements;
        this.breaches = breaches;
    }

    record PanelRequest(
            Long version,
            PanelKind kind,
            LocalDate heldOn,
            List<String> communityMembers,
            String yosMember,
            Boolean parentAttended,
            String parentAbsenceReason,
            LocalDate reportSharedOn,
            PanelOutcome outcome,
            String notes) {}

    record ContractRequest(Long version, LocalDate signedOn, String reparation, List<String> activities) {}

    record RequirementRequest(
            Long version,
            RequirementType type,
            LocalDate startDate,
            LocalDate endDate,
            Integer hours,
            Integer days,
            Boolean extended,
            LocalTime curfewFrom,
            LocalTime curfewUntil,
            String details,
            Boolean conditionsConfirmed) {}

    record BreachRequest(
            Long version,
            LocalDate breachedOn,
            BreachedWhat breachedWhat,
            UUID requirementId,
            String details,
            BreachDecidedBy decidedBy,
            BreachOutcome outcome,
            UUID newInterventionId) {}

    record LicenceRequest(Long version, LocalDate releaseDate, LocalDate licenceEndDate) {}

    @GetMapping("/api/v1/orders/{id}")
    @PreAuthorize("hasAuthority('CHILD_VIEW')")
    @Operation(
            summary = "A court order (by its intervention id) with its panels, contract, requirements, halves, "
                    + "licence, breaches and due items")
    CourtOrder get(@PathVariable UUID id) {
        CourtOrder order = orders.get(id);
        orders.viewed(order);
        return order;
    }

    @PostMapping("/api/v1/orders/{id}/panels")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record a youth offender panel of a referral order (meets its due item)")
    ResponseEntity<CourtOrder> panel(@PathVariable UUID id, @RequestBody PanelRequest request) {
        referralOrders.recordPanel(
                id,
                version(request.version()),
                new ReferralOrders.NewPanel(
                        request.kind(),
                        request.heldOn(),
                        request.communityMembers() == null ? List.of() : request.communityMembers(),
                        request.yosMember(),
                        request.parentAttended(),
                        request.parentAbsenceReason(),
                        request.reportSharedOn(),
                        request.outcome(),
                        request.notes()));
        return created(id);
    }

    @PostMapping("/api/v1/orders/{id}/contract")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the signed referral order contract (the order runs from it; progress panels follow)")
    ResponseEntity<CourtOrder> contract(@PathVariable UUID id, @RequestBody ContractRequest request) {
        referralOrders.signContract(
                id,
                version(request.version()),
                new ReferralOrders.NewContract(request.signedOn(), request.reparation(), request.activities()));
        return created(id);
    }

    @PostMapping("/api/v1/orders/{id}/requirements")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(
            summary = "Add a requirement to a youth rehabilitation order (checked against Sentencing Act 2020 Sch. 6)")
    ResponseEntity<CourtOrder> requirement(@PathVariable UUID id, @RequestBody RequirementRequest request) {
        requirements.add(
                id,
                version(request.version()),
                new RequirementRules.Proposed(
                        request.type(),
                        request.startDate(),
                        request.endDate(),
                        request.hours(),
                        request.days(),
                        Boolean.TRUE.equals(request.extended()),
                        request.curfewFrom(),
                        request.curfewUntil(),
                        request.details(),
                        Boolean.TRUE.equals(request.conditionsConfirmed())));
        return created(id);
    }

    @PostMapping("/api/v1/orders/{id}/breaches")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record a breach and its outcome; a resentence links the new order and closes this one")
    ResponseEntity<CourtOrder> breach(@PathVariable UUID id, @RequestBody BreachRequest request) {
        breaches.record(
                id,
                version(request.version()),
                new OrderBreaches.NewBreach(
                        request.breachedOn(),
                        request.breachedWhat(),
                        request.requirementId(),
                        request.details(),
                        request.decidedBy(),
                        request.outcome(),
                        request.newInterventionId()));
        return created(id);
    }

    @PostMapping("/api/v1/orders/{id}/licence")
    @PreAuthorize("hasAuthority('CHILD_EDIT')")
    @Operation(summary = "Record the release date and licence end date of a sentence of detention for a grave crime")
    CourtOrder licence(@PathVariable UUID id, @RequestBody LicenceRequest request) {
        return orders.recordLicence(id, version(request.version()), request.releaseDate(), request.licenceEndDate());
    }

    private ResponseEntity<CourtOrder> created(UUID id) {
        return ResponseEntity.created(URI.create("/api/v1/orders/" + id)).body(orders.get(id));
    }

    private static long version(Long version) {
        if (version == null) {
            throw new InvalidRequestException(Map.of("version", "Send the version of the order you read"));
        }
        return version;
    }
}
