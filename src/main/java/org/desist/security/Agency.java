package org.desist.security;

/** The partner agency a member of staff comes from (the Crime and Disorder Act 1998 and YJB guidance, "The partnership"). */
public enum Agency {
    YOUTH_JUSTICE_SERVICE("Youth justice service"),
    POLICE("Police"),
    PROBATION("Probation Service"),
    HEALTH("Health"),
    CHILDRENS_SOCIAL_CARE("Children's social care"),
    EDUCATION("Education"),
    VOLUNTEER("Community volunteer"),
    OTHER("Other");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
