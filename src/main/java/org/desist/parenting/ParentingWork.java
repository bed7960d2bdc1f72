package org.desist.parenting;

import java.time.LocalDate;
import java.util.UUID;

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
        long version) {}
