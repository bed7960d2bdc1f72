package org.desist.outofcourt;

/** What the YOS screening drew on (domain reference 02 §2.1). */
public enum SourceConsulted {
    POLICE_INTELLIGENCE("Police intelligence about the child and family"),
    SOCIAL_CARE("Children's social care records"),
    HEALTH("Health records"),
    EDUCATION("Education records"),
    VICTIM_PERSPECTIVE("The victim's perspective");

    private final String label;

    SourceConsulted(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
