package org.desist.safeguarding;

/** Who called a multi-agency meeting. */
public enum CalledBy {
    YOS("The YOS"),
    SOCIAL_CARE("Children’s social care"),
    POLICE("Police"),
    OTHER("Another agency");

    private final String label;

    CalledBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
