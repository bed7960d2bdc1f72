package org.desist.outofcourt;

/** What the YOS screening drew on (YJB case management guidance, out-of-court disposals: screening and assessment). */
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
