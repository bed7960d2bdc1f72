package org.desist.deadline;

import java.time.LocalDate;
import java.util.UUID;

/** One thing due for a child: which rule, from what trigger, by when and why, and whether it was met. */
public record DueItem(
        UUID id,
        UUID serviceId,
        UUID childId,
        DueItemRule rule,
        String triggerRecordType,
        UUID triggerRecordId,
        LocalDate triggerDate,
        LocalDate dueDate,
        String dueDateReason,
        Status status,
        UUID ownerId,
        LocalDate metOn,
        String cancelledReason,
        long version) {

    public enum Status {
        OPEN,
        MET,
        CANCELLED
    }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && dueDate.isBefore(today);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isMet() {
        return status == Status.MET;
    }

    public boolean isCancelled() {
        return status == Status.CANCELLED;
    }

    /** Met after its due date. */
    public boolean metLate() {
        return status == Status.MET && metOn != null && metOn.isAfter(dueDate);
    }
}
