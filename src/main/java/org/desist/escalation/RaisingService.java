package org.desist.escalation;

/** Which service raised it. */
public enum RaisingService {
    YOS("Youth justice service"),
    SOCIAL_CARE("Children's social care");

    private final String label;

    RaisingService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
