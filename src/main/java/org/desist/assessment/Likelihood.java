package org.desist.assessment;

/** The likelihood of reoffending (YJB case management guidance, assessment). */
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
