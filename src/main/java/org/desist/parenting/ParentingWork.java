package org.desist.parenting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/**
 * A parenting order, parenting contract or voluntary parenting work: its dates, requirements or terms, the
 * parenting worker and, on shared cases, the role agreed for each agency's workers.
 */
public record ParentingWork(
        UUID id,
        UUID childId,
        ParentingWorkKind kind,
        LocalDate startsOn,
        LocalDate endsOn,
        String terms,
        String parentingWorker,
        String agencyRoles,
        String recordedBy,
        long version) {

    /** What the audit trail shows of parenting work. */
    public static final AuditedFields<ParentingWork> AUDITED = AuditedFields.<ParentingWork>of()
            .field("Kind", ParentingWork::kind)
            .field("Starts", ParentingWork::startsOn)
            .field("Parenting worker", ParentingWork::parentingWorker);

    /**
     * Parenting work recorded (Crime and Disorder Act 1998 s.8 for an order's requirements; a contract's or
     * voluntary work's terms): its kind, when it starts (and ends, not before), what it involves and who does it.
     */
    public static Change<ParentingWork> record(UUID id, UUID childId, Parenting.NewWork request, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.kind() == null) {
            problems.put("kind", "Select the kind of parenting work");
        }
        if (request.startsOn() == null) {
            problems.put("startsOn", "Enter the date it starts");
        } else if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            problems.put("endsOn", "The end date must be on or after the start date");
        }
        if (blank(request.terms())) {
            problems.put(
                    "terms",
                    request.kind() == ParentingWorkKind.PARENTING_ORDER
                            ? "Enter the requirements of the order"
                            : "Enter the terms or what the work involves");
        }
        if (blank(request.parentingWorker())) {
            problems.put("parentingWorker", "Enter the parenting worker");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new ParentingWork(
                id,
                childId,
                request.kind(),
                request.startsOn(),
                request.endsOn(),
                request.terms().trim(),
                request.parentingWorker().trim(),
                blank(request.agencyRoles()) ? null : request.agencyRoles().trim(),
                by,
                0));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
