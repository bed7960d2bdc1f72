package org.desist.assessment;

/** Who the assessment drew on: other agencies' assessments must inform each other. */
public enum Source {
    POLICE("Police"),
    SOCIAL_CARE("Social care"),
    HEALTH("Health"),
    EDUCATION("Education"),
    OTHER_AGENCIES("Other agencies' assessments");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
