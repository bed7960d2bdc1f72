package org.desist.order;

/**
 * Who attended a looked-after child's panel with them (the joint protocol between children's social care and the YOS: if the social worker cannot attend,
 * someone else must).
 */
public enum PanelCompanion {
    SOCIAL_WORKER("The social worker"),
    SOMEONE_ELSE("Someone else, because the social worker could not");

    private final String label;

    PanelCompanion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
