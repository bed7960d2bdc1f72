package org.desist.order;

/** Who decided what happens after a breach. */
public enum BreachDecidedBy {
    YOUTH_JUSTICE_SERVICE("The youth justice service (case manager or manager)"),
    YOUTH_OFFENDER_PANEL("The youth offender panel"),
    COURT("The court");

    private final String label;

    BreachDecidedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
