package org.desist.offence;

/** The child's plea in court or admission out of court. */
public enum Plea {
    ADMITTED("Admitted (out of court)"),
    DENIED("Denied (out of court)"),
    NO_COMMENT("No comment"),
    GUILTY("Pleaded guilty"),
    NOT_GUILTY("Pleaded not guilty"),
    NOT_YET_KNOWN("Not yet known");

    private final String label;

    Plea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Guilt accepted, as the triage/diversion eligibility prompt needs it. */
    public boolean guiltAccepted() {
        return this == ADMITTED || this == GUILTY;
    }
}
