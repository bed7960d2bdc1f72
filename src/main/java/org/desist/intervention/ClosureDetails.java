package org.desist.intervention;

import java.util.List;

/**
 * How an intervention was closed, beyond its reason and exit strategy (YJB case management guidance, ending an intervention): the child's
 * and the parents' or carers' feedback, and, when it was closed with due items still open, the manager who
 * overrode them, why, and which items (as they were described then).
 */
public record ClosureDetails(
        String childFeedback,
        String parentsFeedback,
        String overriddenBy,
        String overrideReason,
        List<String> overriddenItems) {

    public boolean overridden() {
        return overriddenBy != null;
    }
}
