package org.desist.oversight;

/** The manager's judgement of the work on the case (HMIP: "was management oversight sufficient?"). */
public enum Judgement {
    SUFFICIENT("Sufficient"),
    NEEDS_ACTION("Needs action");

    private final String label;

    Judgement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
