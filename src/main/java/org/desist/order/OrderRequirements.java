package org.desist.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.platform.InvalidRequestException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A youth rehabilitation order's requirements, each checked against Sentencing Act 2020 Sch. 6. */
@Service
@Transactional
public class OrderRequirements {

    private final JdbcClient jdbc;
    private final OrderLedger ledger;
    private final CourtOrders orders;
    private final ChildRecords children;

    OrderRequirements(JdbcClient jdbc, OrderLedger ledger, CourtOrders orders, ChildRecords children) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.orders = orders;
        this.children = children;
    }

    /** Adds a requirement the court imposed; refuses one the law does not allow for this child or order. */
    public Requirement add(UUID interventionId, long version, RequirementRules.Proposed request) {
        Intervention order =
                ledger.order(interventionId, InterventionType.YOUTH_REHABILITATION_ORDER, "Requirements are recorded");
        ChildSummary child = children.responsible(order.childId());
        List<Requirement> existing = orders.requirements(interventionId);
        Map<String, String> problems =
                RequirementRules.problems(request, order.startDate(), order.endDate(), child.dateOfBirth(), existing);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        RequirementType type = request.type();
        long next = ledger.lock(interventionId, version);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into order_requirement (id, intervention_id, type, start_date, end_date, hours, days, extended,
                            curfew_from, curfew_until, details, conditions_confirmed, recorded_by)
                        values (:id, :order, :type, :start, :end, :hours, :days, :extended, :from, :until, :details,
                            :conditions, :by)
                        """)
                .param("id", id)
                .param("order", interventionId)
                .param("type", type.name())
                .param("start", request.startDate())
                .param("end", request.endDate())
                .param("hours", type.records(RequirementType.Quantity.HOURS) ? request.hours() : null)
                .param("days", type.records(RequirementType.Quantity.DAYS) ? request.days() : null)
                .param("extended", type == RequirementType.ACTIVITY && request.extended())
                .param("from", type.records(RequirementType.Quantity.CURFEW) ? request.curfewFrom() : null)
                .param("until", type.records(RequirementType.Quantity.CURFEW) ? request.curfewUntil() : null)
                .param(
                        "details",
                        type.records(RequirementType.Quantity.DETAILS) || type == RequirementType.ACTIVITY
                                ? ReferralOrders.blankToNull(request.details())
                                : null)
                .param("conditions", type.records(RequirementType.Quantity.CONDITIONS) && request.conditionsConfirmed())
                .param("by", CurrentUser.require().username())
                .update();
        Requirement added = orders.requirements(interventionId).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Requirement", null, type.label() + " (" + type.statutoryReference() + ")"));
        changes.add(new FieldChange("Dates", null, added.startDate() + " to " + added.endDate()));
        if (added.quantity() != null) {
            changes.add(new FieldChange("Quantity", null, added.quantity()));
        }
        if (added.details() != null) {
            changes.add(new FieldChange("Details", null, added.details()));
        }
        ledger.audited(
                order, next, AuditAction.CREATED, "Added a " + type.label().toLowerCase() + " requirement", changes);
        return added;
    }
}
