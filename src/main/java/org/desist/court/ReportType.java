package org.desist.court;

/** Reports the YOS writes for the court (YJB case management guidance). */
public enum ReportType {
    PRE_SENTENCE("Pre-sentence report"),
    STAND_DOWN("Stand-down report"),
    PROGRESS("Progress report"),
    BREACH("Breach report");

    private final String label;

    ReportType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
