package org.desist.safeguarding;

/** A multi-agency meeting about the child (Working Together to Safeguard Children 2023). */
public enum MeetingType {
    MARAC("MARAC (domestic abuse)"),
    EXPLOITATION_PANEL("Exploitation panel (MASE)"),
    TEAM_AROUND_THE_CHILD("Team around the child (TAC)"),
    STRATEGY_MEETING("Strategy meeting"),
    CHILD_PROTECTION_CONFERENCE("Child protection conference"),
    CORE_GROUP("Core group"),
    CHILDREN_IN_CARE_REVIEW("Children-in-care review"),
    RISK_PANEL("Risk panel"),
    PATHWAY_PLAN_REVIEW("Pathway plan review (care leaver)"),
    MULTI_AGENCY_PLANNING("Multi-agency planning (MAP) meeting");

    private final String label;

    MeetingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
