package org.desist.plan;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

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
        long version) {

    /** A new action of plan {@code planId}, not started; {@code owner} is how its owner reads. */
    static PlanAction of(UUID id, UUID planId, NewAction action, String owner) {
        String agency = action.ownerStaffId() == null ? text(action.ownerAgency()) : null;
        return new PlanAction(
                id,
                planId,
                action.strand(),
                action.description().trim(),
                action.ownerStaffId(),
                agency,
                action.ownerStaffId() == null ? agency : owner,
                action.dueDate(),
                ActionStatus.NOT_STARTED,
                null,
                null,
                null,
                0);
    }

    /** The same action, still open, carried into a new plan {@code planId} (keeping its status). */
    PlanAction copyTo(UUID planId) {
        return new PlanAction(
                UUID.randomUUID(),
                planId,
                strand,
                description,
                ownerStaffId,
                ownerStaffId == null ? text(ownerAgency) : null,
                owner,
                dueDate,
                status,
                null,
                null,
                null,
                0);
    }

    /**
     * Moves it on to {@code to} (in progress, done, or stopped with the reason) on {@code today}, by {@code by}: the
     * rules of {@link ActionStatus#problemsMovingTo}.
     */
    public Change<PlanAction> moveTo(ActionStatus to, String reason, LocalDate today, String by) {
        InvalidRequestException.refuseIf(status.problemsMovingTo(to, reason));
        return Change.of(
                this,
                new PlanAction(
                        id,
                        planId,
                        strand,
                        description,
                        ownerStaffId,
                        ownerAgency,
                        owner,
                        dueDate,
                        to,
                        to == ActionStatus.STOPPED ? reason.trim() : null,
                        today,
                        by,
                        version));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
