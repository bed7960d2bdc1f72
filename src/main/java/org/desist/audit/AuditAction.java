package org.desist.audit;

/** What happened to a record. */
public enum AuditAction {
    VIEWED("Viewed"),
    CREATED("Created"),
    CHANGED("Changed"),
    TRANSFERRED("Transferred"),
    SEARCHED("Searched"),
    DEMO_SEEDED("Demo data seeded");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
