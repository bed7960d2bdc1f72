package org.desist.assessment;

/** Draft, then submitted; countersigned by a manager when a classification is high or very high. */
public enum AssessmentStatus {
    DRAFT("Draft"),
    SUBMITTED("Submitted"),
    COUNTERSIGNED("Countersigned");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDraft() {
        return this == DRAFT;
    }

    public boolean isSubmitted() {
        return this == SUBMITTED;
    }

    public boolean isCountersigned() {
        return this == COUNTERSIGNED;
    }
}
