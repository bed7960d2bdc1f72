package org.desist.court;

/** How the social worker was told of a court date. */
public enum CourtDateMethod {
    PHONE("Phone call"),
    SECURE_EMAIL("Secure email"),
    IN_PERSON("In person"),
    MEETING("At a meeting"),
    LETTER("Letter");

    private final String label;

    CourtDateMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
