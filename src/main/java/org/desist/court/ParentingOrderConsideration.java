package org.desist.court;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * Whether a report to court is being written where the court is considering a parenting order (the joint protocol
 * between children's social care and the YOS, "Parenting": one of the triggers to consider a parenting assessment).
 */
public record ParentingOrderConsideration(
        UUID reportId, UUID childId, CourtReport.Status status, boolean considered, long version) {

    /** What the trail shows when the report is marked. */
    public static final AuditedFields<ParentingOrderConsideration> AUDITED =
            AuditedFields.<ParentingOrderConsideration>of()
                    .field("Parenting order considered", c -> c.considered() ? "Yes" : "No");

    /**
     * The report being written (requested, not yet submitted) is one where a parenting order is considered, known
     * {@code on}: it raises {@link ParentingOrderConsidered}, once. Marking it again changes nothing.
     */
    public Change<ParentingOrderConsideration> consider(LocalDate on) {
        InvalidRequestException.refuseIf(
                status == CourtReport.Status.REQUESTED
                        ? Map.of()
                        : Map.of(
                                "parentingOrder",
                                "Only a report still being written can be marked as considering a parenting order"));
        if (considered) {
            return Change.of(this, this);
        }
        return Change.of(
                this,
                new ParentingOrderConsideration(reportId, childId, status, true, version),
                new ParentingOrderConsidered(childId, reportId, on));
    }
}
