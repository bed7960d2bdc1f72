package org.desist.plan;

/** The three strands of a plan (domain reference 02 §5). */
public enum Strand {
    DESISTANCE("Supporting desistance"),
    CHILD_SAFETY("Keeping the child safe"),
    OTHERS_SAFETY("Keeping other people safe");

    private final String label;

    Strand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
