package org.desist.court;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.court.internal.ParentingOrderConsiderationRepository;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a report to court as written where a parenting order is being considered, and publishes
 * {@link ParentingOrderConsidered} (the joint protocol between children's social care and the YOS, "Parenting") in
 * the same transaction; the rule is {@link ParentingOrderConsideration}'s.
 */
@Service
@Transactional
public class ReportsConsideringParentingOrders {

    private final ParentingOrderConsiderationRepository considerations;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportsConsideringParentingOrders(
            ParentingOrderConsiderationRepository considerations,
            ChildRecords children,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.considerations = considerations;
        this.children = children;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the report is marked as considering a parenting order. */
    @Transactional(readOnly = true)
    public boolean considered(UUID reportId) {
        return considerations.find(reportId).considered();
    }

    /** The report being written (requested, not yet submitted) is one where a parenting order is considered. */
    public void markConsidered(UUID reportId, long version) {
        AccessibleChild child =
                children.responsibleChild(considerations.find(reportId).childId());
        considerations.lock(reportId, version, () -> audit.staleRecord(CourtWork.REPORT, reportId, version));
        ParentingOrderConsideration before = considerations.find(reportId); // as the person saw it, now locked
        Change<ParentingOrderConsideration> change = before.consider(LocalDate.now(clock));
        if (change.after().equals(before)) {
            return; // already marked: nothing changes
        }
        ParentingOrderConsideration saved = considerations.save(
                change, CurrentUser.require().username(), () -> audit.staleRecord(CourtWork.REPORT, reportId, version));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                CourtWork.REPORT,
                reportId,
                saved.version(),
                "A parenting order is being considered in the report to court",
                ParentingOrderConsideration.AUDITED.changes(before, saved));
        change.publish(events::publishEvent);
    }
}
