package org.desist.plan;

/** Other agencies' plans a plan must align with (YJB case management guidance), referenced and not copied. */
public enum OtherPlanKind {
    CARE_PLAN("Care plan"),
    PATHWAY_PLAN("Pathway plan"),
    CHILD_PROTECTION_PLAN("Child protection plan"),
    EDUCATION_PLAN("Education or EHC plan"),
    OTHER("Other plan");

    private final String label;

    OtherPlanKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
