package org.desist.order;

/** How a looked-after child's panel time was set (the joint protocol between children's social care and the YOS: around the social worker, victim first). */
public enum PanelTime {
    AGREED_WITH_SOCIAL_WORKER("Agreed with the social worker"),
    VICTIM_WISHES_FIRST("The victim’s wishes took priority");

    private final String label;

    PanelTime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
