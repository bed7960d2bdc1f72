package org.desist.programme;

/**
 * Whom a child is referred to (YJB case management guidance, "referrals to specialists and partners"). The victim
 * service is deliberately not here: victims' details are kept apart from the child's record.
 */
public enum ReferralAgency {
    CAMHS_HEALTH("CAMHS or health"),
    SUBSTANCE_MISUSE_SERVICE("Substance misuse service"),
    SPEECH_AND_LANGUAGE_THERAPY("Speech and language therapy"),
    EDUCATIONAL_PSYCHOLOGY("Educational psychology"),
    ETE_PROVIDER("Education, training or employment provider"),
    HOUSING("Housing"),
    MENTORING("Mentoring"),
    PARENTING_SUPPORT("Parenting support"),
    OTHER("Other");

    private final String label;

    ReferralAgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
