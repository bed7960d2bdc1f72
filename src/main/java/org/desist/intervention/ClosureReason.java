package org.desist.intervention;

/** Why an intervention ended (YJB case management guidance, ending an intervention). Revocation withdraws what its start set in motion. */
public enum ClosureReason {
    COMPLETED("Completed"),
    REVOKED("Revoked by the court"),
    RESENTENCED("Breached and resentenced"),
    BREACHED("Breached, or conditions not complied with (referred back to the court or the police)"),
    TRANSFERRED("Transferred to another service"),
    TRANSFERRED_TO_PROBATION("Turned 18 and transferred to probation"),
    DIED("Died"),
    NOT_STARTED("Did not start (for example, recorded in error)"),
    OTHER("Other");

    private final String label;

    ClosureReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Its due items no longer apply (the order no longer stands). */
    public boolean withdrawsTheOrder() {
        return this == REVOKED || this == RESENTENCED || this == NOT_STARTED;
    }
}
