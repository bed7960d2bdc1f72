package org.desist.liaison;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.order.RequirementType;

/**
 * A requirement needing children's social care, considered for a report to court, and the liaison with social
 * care before it is proposed: due by {@code dueOn}, done once {@code liaisedOn} is recorded.
 */
public record SocialCareLiaison(
        UUID id,
        UUID childId,
        RequirementType requirement,
        UUID reportId,
        String report,
        LocalDate reportDue,
        LocalDate consideredOn,
        LocalDate dueOn,
        LocalDate liaisedOn,
        String contact,
        String outcome,
        boolean overdue,
        long version) {

    public boolean done() {
        return liaisedOn != null;
    }

    /** Intensive fostering makes the child looked after (reference 03): social care must be ready for it. */
    public boolean childWouldBecomeLookedAfter() {
        return requirement == RequirementType.INTENSIVE_FOSTERING;
    }
}
