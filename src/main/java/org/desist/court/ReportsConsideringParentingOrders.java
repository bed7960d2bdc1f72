package org.desist.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a report to court as written where a parenting order is being considered, and publishes
 * {@link ParentingOrderConsidered} (the joint protocol between children's social care and the YOS "Parenting") in the same transaction.
 */
@Service
@Transactional
public class ReportsConsideringParentingOrders {

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportsConsideringParentingOrders(
            JdbcClient jdbc, ChildRecords children, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.children = children;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the report is marked as considering a parenting order. */
    @Transactional(readOnly = true)
    public boolean considered(UUID reportId) {
        return jdbc.sql("select parenting_order_considered from court_report where id = :id")
                .param("id", reportId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Report to court"));
    }

    /** The report being written (requested, not yet submitted) is one where a parenting order is considered. */
    public void markConsidered(UUID reportId, long version) {
        var row = jdbc.sql(
                        "select child_id, status, version, parenting_order_considered from court_report where id = :id")
                .param("id", reportId)
                .query((rs, n) -> new Object[] {
                    rs.getObject("child_id", UUID.class),
                    rs.getString("status"),
                    rs.getLong("version"),
                    rs.getBoolean("parenting_order_considered")
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("Report to court"));
        AccessibleChild child = children.responsibleChild((UUID) row[0]);
        VersionedUpdate.lock(
                jdbc, "court_report", reportId, version, () -> audit.staleRecord(CourtWork.REPORT, reportId, version));
        if (!"REQUESTED".equals(row[1])) {
            throw new InvalidRequestException(java.util.Map.of(
                    "parentingOrder",
                    "Only a report still being written can be marked as considering a parenting order"));
        }
        if ((boolean) row[3]) {
            return;
        }
        VersionedUpdate.of(
                        jdbc,
                        "update court_report set parenting_order_considered = true, version = version + 1,"
                                + " updated_at = now(), updated_by = :by where id = :id and version = :version")
                .param("by", org.desist.security.CurrentUser.require().username())
                .param("id", reportId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(CourtWork.REPORT, reportId, version));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CourtWork.REPORT,
                reportId,
                version + 1,
                "A parenting order is being considered in the report to court",
                List.of(new FieldChange("Parenting order considered", "No", "Yes")));
        events.publishEvent(new ParentingOrderConsidered(child.id(), reportId, LocalDate.now(clock)));
    }
}
