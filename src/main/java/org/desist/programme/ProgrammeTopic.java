package org.desist.programme;

/** What a programme works on (YJB case management guidance, "interventions and programmes"). */
public enum ProgrammeTopic {
    KNIFE_CRIME("Knife crime"),
    THINKING_SKILLS("Thinking skills"),
    GIRLS_GROUP("Girls’ group"),
    EMOTIONAL_WELLBEING("Emotional wellbeing"),
    SUBSTANCE_MISUSE("Substance misuse"),
    PARENTING("Parenting"),
    MENTORING("Mentoring"),
    REPARATION("Reparation"),
    RESTORATIVE_JUSTICE("Restorative justice"),
    OTHER("Other");

    private final String label;

    ProgrammeTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
