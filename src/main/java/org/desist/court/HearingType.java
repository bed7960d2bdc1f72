package org.desist.court;

/** What the hearing was for (YJB case management guidance). */
public enum HearingType {
    FIRST("First hearing"),
    ADJOURNED("Adjourned hearing"),
    TRIAL("Trial"),
    SENTENCE("Sentence hearing"),
    BREACH("Breach hearing");

    private final String label;

    HearingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
