package org.desist.programme;

/** How a programme session went for the child, as for contacts (YJB case management guidance). */
public enum Attendance {
    ATTENDED("Attended"),
    ACCEPTABLE_ABSENCE("Acceptable absence"),
    UNACCEPTABLE_ABSENCE("Unacceptable absence");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
