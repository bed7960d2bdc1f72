package org.desist.court;

/** What the court decided at an appearance. */
public enum Outcome {
    ADJOURNED("Adjourned"),
    REMANDED("Remanded"),
    BAILED("Bailed"),
    SENTENCED("Sentenced"),
    DISMISSED("Dismissed or acquitted"),
    COMMITTED_TO_CROWN_COURT("Committed or sent to the Crown Court"),
    OTHER("Other");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The case goes on to another hearing, whose date the court sets. */
    /** The child was remanded (to local authority accommodation or youth detention). */
    public boolean isRemanded() {
        return this == REMANDED;
    }

    public boolean isSentenced() {
        return this == SENTENCED;
    }

    public boolean needsNextHearing() {
        return this == ADJOURNED || this == REMANDED || this == BAILED;
    }

    /** The court decides where the child waits for the next hearing: remand or bail. */
    public boolean decidesRemandOrBail() {
        return this == REMANDED || this == BAILED;
    }

    /** An earlier remand ends: the child is bailed, sentenced, or the case is over. */
    public boolean endsRemand() {
        return this == BAILED || this == SENTENCED || this == DISMISSED;
    }

    /** Earlier bail support ends: the child is remanded, sentenced, or the case is over. */
    public boolean endsBailSupport() {
        return this == REMANDED || this == SENTENCED || this == DISMISSED;
    }
}
