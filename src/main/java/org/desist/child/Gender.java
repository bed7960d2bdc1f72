package org.desist.child;

/** A child's gender as recorded (the Crime and Disorder Act 1998 and YJB guidance). */
public enum Gender {
    MALE("Male"),
    FEMALE("Female"),
    OTHER("Other"),
    NOT_KNOWN("Not known");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
