package org.desist.jointworking;

/** Who is the lead professional on a shared case (the joint protocol between children's social care and the YOS, "Roles on a shared case"). */
public enum LeadProfessional {
    YOS_CASE_MANAGER("The YOS case manager"),
    SOCIAL_WORKER("The social worker"),
    OTHER("Someone else");

    private final String label;

    LeadProfessional(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
