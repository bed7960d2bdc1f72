package org.desist.programme;

/** Where a referral to a specialist or partner has got to; awaiting until the partner answers. */
public enum ReferralOutcome {
    AWAITING("Awaiting outcome"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    ENGAGED("Engaged"),
    COMPLETED("Completed"),
    DID_NOT_ENGAGE("Did not engage");

    private final String label;

    ReferralOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
