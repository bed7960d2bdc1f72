package org.desist.assessment;

/** A safety-and-wellbeing or risk-of-serious-harm (ROSH) classification (YJB case management guidance, assessment). */
public enum Classification {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    VERY_HIGH("Very high");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** High or very high: a manager countersigns. */
    public boolean high() {
        return this == HIGH || this == VERY_HIGH;
    }
}
