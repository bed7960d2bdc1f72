package org.desist.court;

/** Which court (YJB case management guidance). */
public enum CourtKind {
    YOUTH_COURT("Youth court"),
    MAGISTRATES_COURT("Magistrates’ court"),
    CROWN_COURT("Crown Court");

    private final String label;

    CourtKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isCrownCourt() {
        return this == CROWN_COURT;
    }
}
