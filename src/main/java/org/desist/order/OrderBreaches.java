package org.desist.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.FieldChange;
import org.desist.deadline.DueItems;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaches of an order and what was decided (YJB case management guidance, §9). A revocation and resentence
 * links the new order to the one it replaced and closes the old one, cancelling what it still had due.
 */
@Service
@Transactional
public class OrderBreaches {

    private final JdbcClient jdbc;
    private final OrderLedger ledger;
    private final CourtOrders orders;
    private final Interventions interventions;
    private final DueItems dueItems;

    OrderBreaches(
            JdbcClient jdbc, OrderLedger ledger, CourtOrders orders, Interventions interventions, DueItems dueItems) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.orders = orders;
        this.interventions = interventions;
        this.dueItems = dueItems;
    }

    public record NewBreach(
            LocalDate breachedOn,
            BreachedWhat breachedWhat,
            UUID requirementId,
            String details,
            BreachDecidedBy decidedBy,
            BreachOutcome outcome,
            UUID newInterventionId) {}

    public Breach record(UUID interventionId, long version, NewBreach request) {
        Intervention order = ledger.order(interventionId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.breachedOn() == null) {
            problems.put("breachedOn", "Enter the date of the breach");
        } else if (request.breachedOn().isBefore(order.startDate())) {
            problems.put("breachedOn", "The breach cannot be before the order was made");
        }
        if (request.breachedWhat() == null) {
            problems.put("breachedWhat", "Select what was breached");
        } else if (request.breachedWhat() == BreachedWhat.REQUIREMENT) {
            if (request.requirementId() == null) {
                problems.put("requirementId", "Select the requirement that was breached");
            } else if (orders.requirements(interventionId).stream()
                    .noneMatch(r -> r.id().equals(request.requirementId()))) {
                problems.put("requirementId", "Select one of this order's requirements");
            }
        } else if (request.breachedWhat() == BreachedWhat.CONTRACT && order.type() != InterventionType.REFERRAL_ORDER) {
            problems.put("breachedWhat", "Only a referral order has a contract");
        }
        if (request.details() == null || request.details().isBlank()) {
            problems.put("details", "Describe what happened");
        }
        if (request.decidedBy() == null) {
            problems.put("decidedBy", "Select who decided");
        }
        if (request.outcome() == null) {
            problems.put("outcome", "Select the outcome");
        } else if (request.outcome().needsACourt()
                && request.decidedBy() != null
                && request.decidedBy() != BreachDecidedBy.COURT) {
            problems.put(
                    "decidedBy",
                    "Only a court can " + (request.outcome() == BreachOutcome.FINE ? "fine" : "revoke and resentence"));
        }
        Intervention replacement = null;
        if (request.outcome() == BreachOutcome.REVOKED_AND_RESENTENCED) {
            if (order.status() == Intervention.Status.CLOSED) {
                problems.put("outcome", "This order is already closed");
            }
            if (request.newInterventionId() == null) {
                problems.put("newInterventionId", "Select the new order the child was resentenced to");
            } else {
                replacement = replacement(order, request.newInterventionId(), problems);
            }
        } else if (request.newInterventionId() != null) {
            problems.put("newInterventionId", "A new order is linked only when the child was resentenced");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        long next = ledger.lock(interventionId, version);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into order_breach (id, intervention_id, breached_on, breached_what, requirement_id, details,
                            decided_by, outcome, new_intervention_id, recorded_by)
                        values (:id, :order, :on, :what, :requirement, :details, :decided, :outcome, :replacement, :by)
                        """)
                .param("id", id)
                .param("order", interventionId)
                .param("on", request.breachedOn())
                .param("what", request.breachedWhat().name())
                .param(
                        "requirement",
                        request.breachedWhat() == BreachedWhat.REQUIREMENT ? request.requirementId() : null)
                .param("details", request.details().trim())
                .param("decided", request.decidedBy().name())
                .param("outcome", request.outcome().name())
                .param("replacement", replacement == null ? null : replacement.id())
                .param("by", CurrentUser.require().username())
                .update();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(
                "Breach",
                null,
                request.breachedOn() + ": " + request.breachedWhat().label()));
        changes.add(new FieldChange("Decided by", null, request.decidedBy().label()));
        changes.add(new FieldChange("Outcome", null, request.outcome().label()));
        if (replacement != null) {
            changes.add(new FieldChange(
                    "Replaced by", null, replacement.type().label() + " from " + replacement.startDate()));
        }
        ledger.audited(
                order,
                next,
                AuditAction.CREATED,
                "Recorded a breach of the " + order.type().label().toLowerCase() + ": "
                        + request.outcome().label(),
                changes);
        if (replacement != null) {
            interventions.close(order.id(), order.version(), ClosureReason.RESENTENCED, null, request.breachedOn());
            // The intervention cancels what its start set going; the progress panels its contract started go too.
            dueItems.triggerWithdrawn(order.id(), ReferralOrders.CONTRACT_SIGNED, ClosureReason.RESENTENCED.label());
        }
        return orders.get(interventionId).breaches().stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Intervention replacement(Intervention order, UUID newId, Map<String, String> problems) {
        Intervention replacement;
        try {
            replacement = interventions.get(newId);
        } catch (NotFoundException e) {
            problems.put("newInterventionId", "Select one of this child's orders");
            return null;
        }
        if (!replacement.childId().equals(order.childId())
                || replacement.type().kind() != InterventionType.Kind.COURT_ORDER) {
            problems.put("newInterventionId", "Select one of this child's court orders");
        } else if (replacement.status() == Intervention.Status.CLOSED) {
            problems.put("newInterventionId", "Select the new order: that one is closed");
        } else if (replacement.id().equals(order.id())) {
            problems.put("newInterventionId", "Select the new order, not the one that was breached");
        } else if (replacement.startDate().isBefore(order.startDate())) {
            problems.put("newInterventionId", "The new order must have been made after the one it replaces");
        }
        return replacement;
    }
}
