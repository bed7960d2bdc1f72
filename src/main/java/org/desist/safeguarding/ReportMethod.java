package org.desist.safeguarding;

/** How a child protection concern was reported to children’s social care. */
public enum ReportMethod {
    PHONE("By phone"),
    IN_PERSON("In person"),
    SECURE_EMAIL("By secure email"),
    ONLINE_REFERRAL("Online referral form");

    private final String label;

    ReportMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
