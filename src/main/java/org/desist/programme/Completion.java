package org.desist.programme;

/** How an enrolment on a programme ended. */
public enum Completion {
    COMPLETED("Completed"),
    NOT_COMPLETED("Not completed");

    private final String label;

    Completion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
