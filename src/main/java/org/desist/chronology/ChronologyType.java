package org.desist.chronology;

/** What kind of thing happened, for filtering the child's chronology (YJB case management guidance–9). */
public enum ChronologyType {
    OFFENCE("Offences"),
    DECISION("Out-of-court decisions"),
    COURT("Court"),
    INTERVENTION("Interventions"),
    ASSESSMENT("Assessments and classifications"),
    PLAN("Plans"),
    CONTACT("Contacts"),
    COMPLIANCE("Warnings and compliance"),
    PROGRAMME("Programmes and referrals"),
    REVIEW("Reviews"),
    PANEL("Panels and meetings"),
    SAFEGUARDING("Safeguarding"),
    OVERSIGHT("Management oversight");

    private final String label;

    ChronologyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
