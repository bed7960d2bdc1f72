package org.desist.order;

/** What was decided about a breach of an order (YJB case management guidance, breach). */
public enum BreachOutcome {
    WARNING("Warning: the order continues"),
    CONTINUES_AMENDED("The order continues, amended"),
    FINE("Fine: the order continues"),
    REVOKED_AND_RESENTENCED("Revoked and resentenced");

    private final String label;

    BreachOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Only a court fines, or revokes and resentences. */
    public boolean needsACourt() {
        return this == FINE || this == REVOKED_AND_RESENTENCED;
    }
}
