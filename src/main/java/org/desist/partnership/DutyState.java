package org.desist.partnership;

import java.time.LocalDate;
import org.desist.deadline.DueItem;

/**
 * Where a joint-protocol duty stands on a day, for counting duties by the service that owns them (issue 5 §13:
 * "duties due and overdue by owner service", and "what was late").
 */
public enum DutyState {
    OVERDUE("Overdue"),
    DUE_SOON("Due soon"),
    NOT_YET_DUE("Not yet due"),
    MET_LATE("Done late"),
    MET_ON_TIME("Done on time"),
    CANCELLED("No longer needed");

    private final String label;

    DutyState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An open duty is overdue after its due date, due soon up to {@code soonUntil}; a met one late if met after. */
    public static DutyState of(
            DueItem.Status status, LocalDate due, LocalDate metOn, LocalDate today, LocalDate soonUntil) {
        return switch (status) {
            case OPEN -> due.isBefore(today) ? OVERDUE : due.isAfter(soonUntil) ? NOT_YET_DUE : DUE_SOON;
            case MET -> metOn != null && metOn.isAfter(due) ? MET_LATE : MET_ON_TIME;
            case CANCELLED -> CANCELLED;
        };
    }
}
