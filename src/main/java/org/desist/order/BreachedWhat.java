package org.desist.order;

/** What part of the order was breached. */
public enum BreachedWhat {
    REQUIREMENT("A requirement of the order"),
    CONTRACT("The referral order contract"),
    CONDITIONS("The conditions of supervision or licence");

    private final String label;

    BreachedWhat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
