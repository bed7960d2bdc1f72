package org.desist.court;

/** Youth detention accommodation a child may be remanded to (YJB case management guidance). */
public enum EstablishmentType {
    SECURE_CHILDRENS_HOME("Secure children’s home"),
    SECURE_TRAINING_CENTRE("Secure training centre"),
    YOUNG_OFFENDER_INSTITUTION("Young offender institution");

    private final String label;

    EstablishmentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
