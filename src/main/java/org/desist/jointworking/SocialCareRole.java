package org.desist.jointworking;

/** The children's social care professionals allocated to a child (domain reference 03, "Roles on a shared case"). */
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
