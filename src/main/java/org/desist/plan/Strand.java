package org.desist.plan;

/** The three strands of a plan (YJB case management guidance). */
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
