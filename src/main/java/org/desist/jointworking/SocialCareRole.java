package org.desist.jointworking;

/** The children's social care professionals allocated to a child (the joint protocol between children's social care and the YOS, "Roles on a shared case"). */
public enum SocialCareRole {
    SOCIAL_WORKER("Social worker"),
    PERSONAL_ADVISER("Personal adviser");

    private final String label;

    SocialCareRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
