package org.desist.parenting;

/** The case manager's answer to a parenting prompt. */
public enum ParentingDecision {
    ASSESS("Refer for a parenting assessment"),
    NOT_NEEDED("A parenting assessment is not needed");

    private final String label;

    ParentingDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
