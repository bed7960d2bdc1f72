package org.desist.review;

/** What happened that calls for a review (YJB case management guidance). */
public enum TriggerKind {
    NEW_OFFENCE("New offence", false),
    CLASSIFICATION_CHANGED("Change of classification", false),
    CASE_MANAGER_CHANGED("Change of case manager", false),
    CIRCUMSTANCES_CHANGED("Change of address, placement or looked-after status", false),
    ENTERED_CUSTODY("Entry to custody", false),
    RELEASED_FROM_CUSTODY("Release from custody", true),
    SERIOUS_INCIDENT("Serious incident", true);

    private final String label;
    private final boolean recordedByHand;

    TriggerKind(String label, boolean recordedByHand) {
        this.label = label;
        this.recordedByHand = recordedByHand;
    }

    public String label() {
        return label;
    }

    /** Recorded by the case manager on a short form, not raised by another module's event. */
    public boolean recordedByHand() {
        return recordedByHand;
    }
}
