package org.desist.plan;

import java.time.LocalDate;
import java.util.UUID;

/** One action of a plan: its strand, what, who owns it (a person of the service or an agency), when and status. */
public record PlanAction(
        UUID id,
        UUID planId,
        Strand strand,
        String description,
        UUID ownerStaffId,
        String ownerAgency,
        String owner,
        LocalDate dueDate,
        ActionStatus status,
        String stoppedReason,
        LocalDate statusChangedOn,
        String statusChangedBy,
        long version) {}
