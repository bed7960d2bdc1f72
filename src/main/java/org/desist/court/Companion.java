package org.desist.court;

/**
 * Who accompanied the child at court (the joint protocol between children's social care and the YOS "Police station and court"). YOS staff cannot act in
 * loco parentis, so they are not a choice.
 */
public enum Companion {
    SOCIAL_WORKER("The child’s social worker"),
    SOCIAL_WORKER_MANAGER("The social worker’s manager"),
    PARENT("A parent"),
    CARER("A carer"),
    RESIDENTIAL_WORKER("A residential worker"),
    NOBODY("Nobody accompanied the child");

    private final String label;

    Companion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The social worker, or their manager, was there. */
    public boolean socialCare() {
        return this == SOCIAL_WORKER || this == SOCIAL_WORKER_MANAGER;
    }
}
