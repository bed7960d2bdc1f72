package org.desist.oversight;

/** What a manager looked at when overseeing a case (YJB case management guidance; HMIP standards 2.1–2.4). */
public enum OversightArea {
    ASSESSMENT("Assessment and classifications"),
    PLAN("Plan"),
    CONTACTS("Contacts and compliance"),
    RISK_AND_SAFEGUARDING("Risk and safeguarding"),
    TIMELINESS("Due items and timeliness");

    private final String label;

    OversightArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
