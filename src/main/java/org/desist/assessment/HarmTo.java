package org.desist.assessment;

/** Who might be harmed by the child. */
public enum HarmTo {
    ACTUAL_VICTIMS("Actual victims"),
    POTENTIAL_VICTIMS("Potential victims"),
    FAMILY("Family"),
    SIBLINGS("Siblings"),
    PEERS("Peers"),
    STAFF("Staff");

    private final String label;

    HarmTo(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
