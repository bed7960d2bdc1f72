package org.desist.child;

/** Education, training and employment status (the Crime and Disorder Act 1998 and YJB guidance). */
public enum EteStatus {
    FULL_TIME_EDUCATION("Full-time education"),
    PART_TIME_EDUCATION("Part-time education (reduced timetable)"),
    ALTERNATIVE_PROVISION("Alternative provision"),
    ELECTIVE_HOME_EDUCATION("Elective home education"),
    TRAINING("Training or apprenticeship"),
    EMPLOYMENT("Employment"),
    NOT_IN_ETE("Not in education, training or employment"),
    NOT_KNOWN("Not known");

    private final String label;

    EteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
