package org.desist.order;

/** What a youth offender panel decided. */
public enum PanelOutcome {
    CONTRACT_AGREED("Contract agreed"),
    NO_CONTRACT_AGREED("No contract agreed: referred back to court"),
    PROGRESS_REVIEWED("Progress reviewed: the contract continues"),
    CONTRACT_VARIED("Contract varied"),
    REFERRED_BACK_TO_COURT("Referred back to court"),
    ORDER_COMPLETED("Order completed: the contract was kept");

    private final String label;

    PanelOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
