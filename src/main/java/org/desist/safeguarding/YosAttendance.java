package org.desist.safeguarding;

/**
 * How the YOS was represented at a meeting: the case holder attends, else their manager, else a written report is sent
 * (YJB case management guidance; Working Together to Safeguard Children 2023); or, exceptionally, it was not
 * represented, with the reason.
 */
public enum YosAttendance {
    CASE_HOLDER("Attended by the case holder"),
    MANAGER("Attended by the case holder’s manager"),
    WRITTEN_REPORT("Written report sent"),
    NOT_REPRESENTED("Not represented");

    private final String label;

    YosAttendance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
