package org.desist.contact;

/** What a compliance panel decided (YJB case management guidance, compliance: breach is a last resort). */
public enum PanelDecision {
    CONTINUE("Continue"),
    CONTINUE_WITH_CHANGES("Continue with changes"),
    REFER_FOR_BREACH("Refer for breach");

    private final String label;

    PanelDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
