package org.desist.plan;

/** Draft, then agreed; superseded when a plan for a later assessment is agreed. */
public enum PlanStatus {
    DRAFT("Draft"),
    AGREED("Agreed"),
    SUPERSEDED("Superseded");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isDraft() {
        return this == DRAFT;
    }

    public boolean isAgreed() {
        return this == AGREED;
    }

    public boolean isSuperseded() {
        return this == SUPERSEDED;
    }
}
