package org.desist.child;

/** Who a person around the child is (the Crime and Disorder Act 1998 and YJB guidance, "people around the child"). */
public enum PersonKind {
    PARENT_CARER("Parent or carer"),
    PROFESSIONAL("Professional");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
