package org.desist.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The requirements a youth rehabilitation order may impose (YJB case management guidance; Sentencing Act 2020
 * Sch. 6), with what each needs recorded and whether it involves children's social care (the joint protocol between children's social care and the YOS).
 */
public enum RequirementType {
    ACTIVITY("Activity", "Sentencing Act 2020 Sch. 6 Pt 1", Set.of(Quantity.DAYS), "Place or activities (optional)"),
    SUPERVISION("Supervision", "Sentencing Act 2020 Sch. 6 Pt 2", Set.of(), null),
    UNPAID_WORK("Unpaid work", "Sentencing Act 2020 Sch. 6 Pt 3", Set.of(Quantity.HOURS), null),
    PROGRAMME("Programme", "Sentencing Act 2020 Sch. 6 Pt 4", Set.of(Quantity.DETAILS), "The programme"),
    ATTENDANCE_CENTRE(
            "Attendance centre",
            "Sentencing Act 2020 Sch. 6 Pt 5",
            Set.of(Quantity.HOURS),
            "Attendance centre (optional)"),
    PROHIBITED_ACTIVITY(
            "Prohibited activity",
            "Sentencing Act 2020 Sch. 6 Pt 6",
            Set.of(Quantity.DETAILS),
            "What the child must not do"),
    CURFEW("Curfew", "Sentencing Act 2020 Sch. 6 Pt 7", Set.of(Quantity.CURFEW, Quantity.DETAILS), "Curfew address"),
    EXCLUSION("Exclusion", "Sentencing Act 2020 Sch. 6 Pt 8", Set.of(Quantity.DETAILS), "Where the child must not go"),
    RESIDENCE("Residence", "Sentencing Act 2020 Sch. 6 Pt 9", Set.of(Quantity.DETAILS), "Where the child must live"),
    LOCAL_AUTHORITY_RESIDENCE(
            "Local authority residence",
            "Sentencing Act 2020 Sch. 6 Pt 10",
            Set.of(Quantity.DETAILS),
            "The local authority the child must live in accommodation provided by"),
    MENTAL_HEALTH_TREATMENT(
            "Mental health treatment",
            "Sentencing Act 2020 Sch. 6 Pt 12",
            Set.of(Quantity.DETAILS),
            "Treatment provider (optional)"),
    DRUG_TREATMENT(
            "Drug treatment",
            "Sentencing Act 2020 Sch. 6 Pt 13",
            Set.of(Quantity.DETAILS),
            "Treatment provider (optional)"),
    DRUG_TESTING(
            "Drug testing",
            "Sentencing Act 2020 Sch. 6 Pt 14",
            Set.of(Quantity.DETAILS),
            "Testing arrangements (optional)"),
    INTOXICATING_SUBSTANCE_TREATMENT(
            "Intoxicating substance treatment",
            "Sentencing Act 2020 Sch. 6 Pt 15",
            Set.of(Quantity.DETAILS),
            "Treatment provider (optional)"),
    EDUCATION(
            "Education",
            "Sentencing Act 2020 Sch. 6 Pt 16",
            Set.of(Quantity.DETAILS),
            "School or education provider (optional)"),
    ELECTRONIC_MONITORING(
            "Electronic monitoring",
            "Sentencing Act 2020 Sch. 6 Pt 17",
            Set.of(Quantity.DETAILS),
            "What is monitored (optional)"),
    INTENSIVE_SUPERVISION_AND_SURVEILLANCE(
            "Intensive supervision and surveillance",
            "Sentencing Act 2020 Sch. 6 Pt 1 para 2 (with an extended activity requirement)",
            Set.of(Quantity.CONDITIONS),
            null),
    INTENSIVE_FOSTERING(
            "Intensive fostering",
            "Sentencing Act 2020 Sch. 6 Pt 11",
            Set.of(Quantity.CONDITIONS, Quantity.DETAILS),
            "Fostering placement (optional)");

    /** What a requirement of this type records besides its dates. */
    public enum Quantity {
        HOURS,
        DAYS,
        CURFEW,
        DETAILS,
        /** The court found the conditions for intensive supervision and surveillance or fostering. */
        CONDITIONS
    }

    private static final Set<RequirementType> SOCIAL_CARE =
            EnumSet.of(RESIDENCE, LOCAL_AUTHORITY_RESIDENCE, INTENSIVE_FOSTERING);
    private static final Set<RequirementType> DETAILS_REQUIRED =
            EnumSet.of(PROGRAMME, PROHIBITED_ACTIVITY, CURFEW, EXCLUSION, RESIDENCE, LOCAL_AUTHORITY_RESIDENCE);

    private final String label;
    private final String statutoryReference;
    private final Set<Quantity> quantities;
    private final String detailsLabel;

    RequirementType(String label, String statutoryReference, Set<Quantity> quantities, String detailsLabel) {
        this.label = label;
        this.statutoryReference = statutoryReference;
        this.quantities = quantities;
        this.detailsLabel = detailsLabel;
    }

    public String label() {
        return label;
    }

    public String statutoryReference() {
        return statutoryReference;
    }

    public boolean records(Quantity quantity) {
        return quantities.contains(quantity);
    }

    /** What the details field asks for, when this type has one. */
    public String detailsLabel() {
        return detailsLabel;
    }

    public boolean detailsRequired() {
        return DETAILS_REQUIRED.contains(this);
    }

    /** Residence, local authority residence and intensive fostering involve children's social care (the joint protocol between children's social care and the YOS). */
    public boolean involvesChildrensSocialCare() {
        return SOCIAL_CARE.contains(this);
    }
}
