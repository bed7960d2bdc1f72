package org.desist.child;

/** A child's gender as recorded (domain reference 01). */
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
