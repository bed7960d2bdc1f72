package org.desist.order;

import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The court order row every change goes through: finds the order through the intervention (which checks
 * the user may see the child), takes the optimistic lock and writes the audit row, in the caller's
 * transaction.
 */
@Component
class OrderLedger {

    static final String RECORD_TYPE = "COURT_ORDER";

    private final JdbcClient jdbc;
    private final Interventions interventions;
    private final AuditTrail audit;
    private final ChildRecords children;

    OrderLedger(JdbcClient jdbc, Interventions interventions, AuditTrail audit, ChildRecords children) {
        this.jdbc = jdbc;
        this.interventions = interventions;
        this.audit = audit;
        this.children = children;
    }

    /** The intervention, if it is a court order the user may see; otherwise 404. */
    Intervention order(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        if (intervention.type().kind() != InterventionType.Kind.COURT_ORDER) {
            throw new NotFoundException("Court order");
        }
        return intervention;
    }

    /** The order, if it is of this type; a field error otherwise. */
    Intervention order(UUID interventionId, InterventionType type, String what) {
        Intervention intervention = order(interventionId);
        if (intervention.type() != type) {
            throw new InvalidRequestException(java.util.Map.of(
                    "order",
                    what + " only for a " + type.label().toLowerCase() + ", not a "
                            + intervention.type().label().toLowerCase()));
        }
        return intervention;
    }

    long version(UUID interventionId) {
        return jdbc.sql("select version from court_order where intervention_id = :id")
                .param("id", interventionId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Takes the lock for a change made from {@code version}: the order's new version, or 409 when stale. */
    long lock(UUID interventionId, long version) {
        // Only the child's home service changes an order; a caretaking host service sees it (403).
        Intervention order = interventions.get(interventionId);
        children.responsible(order.childId());
        if (order.status() == Intervention.Status.CLOSED) {
            throw new InvalidRequestException(
                    java.util.Map.of("order", "This order has ended: nothing more can be recorded on it"));
        }
        jdbc.sql("insert into court_order (intervention_id) values (:id) on conflict do nothing")
                .param("id", interventionId)
                .update();
        VersionedUpdate.of(jdbc, """
                        update court_order set version = version + 1, updated_at = now()
                         where intervention_id = :id and version = :version
                        """)
                .param("id", interventionId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, interventionId, version));
        return version + 1;
    }

    /** Somebody else changed the order since {@code version}. */
    StaleRecordException stale(UUID interventionId, long version) {
        return audit.staleRecord(RECORD_TYPE, interventionId, version);
    }

    /** The audit row of a change, with the child and the intervention (the order) it concerns. */
    void audited(Intervention order, long version, AuditAction action, String summary, List<FieldChange> changes) {
        audit.changed(order.serviceId(), order.childId(), action, RECORD_TYPE, order.id(), version, summary, changes);
    }
}
