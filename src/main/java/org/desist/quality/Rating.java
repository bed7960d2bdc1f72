package org.desist.quality;

/** An inspectorate rating, of a standard or of a service (HM Inspectorate of Probation). */
public enum Rating {
    OUTSTANDING("Outstanding"),
    GOOD("Good"),
    REQUIRES_IMPROVEMENT("Requires improvement"),
    INADEQUATE("Inadequate");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
