package org.desist.programme;

/** How a programme is delivered: one-to-one work or a group (YJB case management guidance). */
public enum Delivery {
    ONE_TO_ONE("One-to-one"),
    GROUP("Group");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
