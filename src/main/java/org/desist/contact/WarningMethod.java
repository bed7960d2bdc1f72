package org.desist.contact;

/** How a warning was given. */
public enum WarningMethod {
    LETTER("Letter"),
    IN_PERSON("In person");

    private final String label;

    WarningMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
