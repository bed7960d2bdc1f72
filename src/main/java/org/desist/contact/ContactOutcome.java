package org.desist.contact;

/** How a contact went (YJB case management guidance, contact and compliance); only an unacceptable absence leads to a warning. */
public enum ContactOutcome {
    ATTENDED("Attended"),
    ACCEPTABLE_ABSENCE("Acceptable absence"),
    UNACCEPTABLE_ABSENCE("Unacceptable absence");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
