package org.desist.jointworking;

/** Why a child is looked after by a local authority (Children Act 1989 s.31 and s.20; LASPO 2012 s.104; Criminal Justice and Immigration Act 2008 Sch. 1 para 18). */
public enum LegalBasis {
    CARE_ORDER("Care order (section 31)", true),
    INTERIM_CARE_ORDER("Interim care order (section 38)", true),
    SECTION_20("Accommodated under section 20", false),
    REMAND_TO_LOCAL_AUTHORITY("Remanded to local authority accommodation", false),
    REMAND_TO_YOUTH_DETENTION("Remanded to youth detention accommodation", false),
    /** 03 "Orders that need social care": a YRO intensive fostering requirement makes the child looked after. */
    INTENSIVE_FOSTERING("Intensive fostering requirement of a youth rehabilitation order", false);

    private final String label;
    private final boolean survivesCustody;

    LegalBasis(String label, boolean survivesCustody) {
        this.label = label;
        this.survivesCustody = survivesCustody;
    }

    public String label() {
        return label;
    }

    /** Joint protocol: a care order keeps the child looked after in custody; section 20 and remand do not. */
    public boolean survivesCustody() {
        return survivesCustody;
    }

    public boolean remand() {
        return this == REMAND_TO_LOCAL_AUTHORITY || this == REMAND_TO_YOUTH_DETENTION;
    }
}
