package org.desist.contact;

/** Where or how a contact takes place (YJB case management guidance, contact and compliance). */
public enum ContactType {
    OFFICE("Office"),
    HOME_VISIT("Home visit"),
    SCHOOL("School"),
    COMMUNITY_VENUE("Community venue"),
    CUSTODY("Custody"),
    PHONE("Phone"),
    VIDEO("Video");

    private final String label;

    ContactType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
