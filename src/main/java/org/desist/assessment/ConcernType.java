package org.desist.assessment;

/** Safety and wellbeing concerns from others' acts that are ticked as well as described. */
public enum ConcernType {
    EXPLOITATION("Exploitation"),
    COUNTY_LINES("County lines"),
    DRUG_DEBTS("Drug debts"),
    THREATS("Threats"),
    SIBLINGS_SAFETY("Siblings' safety");

    private final String label;

    ConcernType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
