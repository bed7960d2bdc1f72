package org.desist.parenting;

/** Parenting work recorded for a child's parents or carers (Crime and Disorder Act 1998 s.8, YJB guidance). */
public enum ParentingWorkKind {
    PARENTING_ORDER("Parenting order"),
    PARENTING_CONTRACT("Parenting contract"),
    VOLUNTARY("Voluntary parenting work");

    private final String label;

    ParentingWorkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
