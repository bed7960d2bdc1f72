package org.desist.jointworking;

/** Care-leaver categories of the Children (Leaving Care) Act 2000 (the joint protocol between children's social care and the YOS, "Care leavers"). */
public enum CareLeaverCategory {
    NONE("Not a care leaver"),
    ELIGIBLE("Eligible child"),
    RELEVANT("Relevant child"),
    FORMER_RELEVANT("Former relevant child"),
    QUALIFYING("Qualifying care leaver");

    private final String label;

    CareLeaverCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
