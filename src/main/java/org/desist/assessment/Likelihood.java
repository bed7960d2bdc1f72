package org.desist.assessment;

/** The likelihood of reoffending (domain reference 02 §4). */
public enum Likelihood {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
