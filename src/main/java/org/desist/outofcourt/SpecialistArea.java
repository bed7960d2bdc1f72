package org.desist.outofcourt;

/** The specialist screenings of an out-of-court referral (YJB case management guidance, out-of-court disposals: screening and assessment). */
public enum SpecialistArea {
    SUBSTANCE_MISUSE("Substance misuse", "substanceMisuse"),
    MENTAL_HEALTH("Mental health", "mentalHealth"),
    SPEECH_LANGUAGE_COMMUNICATION("Speech, language and communication", "speechLanguage");

    private final String label;
    private final String key;

    SpecialistArea(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The prefix of its fields in error messages, e.g. "substanceMisuse.screenedBy". */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
