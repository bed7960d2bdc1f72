package org.desist.assessment;

/** The lenses of an assessment that carry a classification. */
public enum Lens {
    SAFETY_AND_WELLBEING("Safety and wellbeing"),
    RISK_OF_HARM("Risk of serious harm to others");

    private final String label;

    Lens(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
