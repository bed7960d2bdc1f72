package org.desist.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** Where an action of a plan has got to. */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    STOPPED("Stopped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Done or stopped: the action is over. */
    public boolean finished() {
        return this == DONE || this == STOPPED;
    }

    /**
     * What is wrong with moving an action from this status to {@code to}, keyed by field ({@code status},
     * {@code reason}); empty when the move is allowed. Source: YJB case management guidance (actions have a status);
     * an action once done or stopped stays so, and a stopped action says why (so a review can see it).
     */
    public Map<String, String> problemsMovingTo(ActionStatus to, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (to == null) {
            problems.put("status", "Select the action's new status");
        } else if (finished()) {
            problems.put("status", "The action is " + label.toLowerCase() + ": add a new action instead");
        } else if (to == this) {
            problems.put("status", "The action is already " + label.toLowerCase());
        } else if (to == NOT_STARTED) {
            problems.put("status", "An action in progress cannot go back to not started");
        } else if (to == STOPPED && (reason == null || reason.isBlank())) {
            problems.put("reason", "Say why the action was stopped");
        }
        return problems;
    }
}
