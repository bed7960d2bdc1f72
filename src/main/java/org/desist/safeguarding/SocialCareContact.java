package org.desist.safeguarding;

/**
 * Whom in children’s social care a child protection concern was reported to (YJB case management guidance; Working
 * Together to Safeguard Children 2023).
 */
public enum SocialCareContact {
    CONTACT_TEAM("Contact team"),
    ALLOCATED_SOCIAL_WORKER("Allocated social worker");

    private final String label;

    SocialCareContact(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
