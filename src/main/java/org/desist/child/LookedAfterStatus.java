package org.desist.child;

/**
 * Looked-after status and its legal basis (the Crime and Disorder Act 1998 and YJB guidance and 03; Children Act 1989 s.31 and s.20;
 * LASPO 2012 s.104: a child remanded to youth detention accommodation is looked after).
 */
public enum LookedAfterStatus {
    NOT_LOOKED_AFTER("Not looked after"),
    CARE_ORDER("Subject to a care order (section 31)"),
    SECTION_20("Accommodated under section 20"),
    REMANDED_TO_LOCAL_AUTHORITY("Remanded to local authority accommodation"),
    REMANDED_TO_YOUTH_DETENTION("Remanded to youth detention accommodation");

    private final String label;

    LookedAfterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean lookedAfter() {
        return this != NOT_LOOKED_AFTER;
    }
}
