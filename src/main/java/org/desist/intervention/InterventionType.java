package org.desist.intervention;

import java.util.Optional;

/**
 * Kinds of supervised work (the Crime and Disorder Act 1998 and YJB guidance "work types"), each with its legal basis and the
 * due-item trigger its start raises, if any.
 */
public enum InterventionType {
    PREVENTION_PROGRAMME(Kind.PREVENTION, "Prevention programme", "Voluntary, on referral from a partner", null),
    COMMUNITY_RESOLUTION(Kind.OUT_OF_COURT, "Community resolution (triage or diversion)", "Police outcome 22", null),
    YOUTH_CAUTION(Kind.OUT_OF_COURT, "Youth caution", "Crime and Disorder Act 1998 s.66ZA", null),
    YOUTH_CONDITIONAL_CAUTION(
            Kind.OUT_OF_COURT,
            "Youth conditional caution",
            "Crime and Disorder Act 1998 s.66A",
            "YOUTH_CONDITIONAL_CAUTION_GIVEN",
            "YOUTH_CONDITIONAL_CAUTION_CONCLUDED"),
    BAIL_SUPPORT(Kind.REMAND_OR_BAIL, "Bail support", "Bail Act 1976", null),
    REMAND_TO_LOCAL_AUTHORITY(
            Kind.REMAND_OR_BAIL, "Remand to local authority accommodation", "LASPO 2012 s.91(3)", null),
    REMAND_TO_YOUTH_DETENTION(
            Kind.REMAND_OR_BAIL, "Remand to youth detention accommodation", "LASPO 2012 s.91(4)", null),
    REFERRAL_ORDER(Kind.COURT_ORDER, "Referral order", "Sentencing Act 2020 s.83", "REFERRAL_ORDER_MADE"),
    YOUTH_REHABILITATION_ORDER(Kind.COURT_ORDER, "Youth rehabilitation order", "Sentencing Act 2020 s.173", null),
    DETENTION_AND_TRAINING_ORDER(Kind.COURT_ORDER, "Detention and training order", "Sentencing Act 2020 s.233", null),
    LONGER_DETENTION(Kind.COURT_ORDER, "Detention for a grave crime, with licence", "Sentencing Act 2020 s.250", null),
    REPARATION_ORDER(Kind.COURT_ORDER, "Reparation order", "Sentencing Act 2020 s.110", null),
    PARENTING_ORDER(Kind.COURT_ORDER, "Parenting order", "Crime and Disorder Act 1998 s.8", null);

    public enum Kind {
        PREVENTION,
        OUT_OF_COURT,
        REMAND_OR_BAIL,
        COURT_ORDER
    }

    private final Kind kind;
    private final String label;
    private final String legalBasis;
    private final String startTrigger;
    private final String endFulfils;

    InterventionType(Kind kind, String label, String legalBasis, String startTrigger) {
        this(kind, label, legalBasis, startTrigger, null);
    }

    InterventionType(Kind kind, String label, String legalBasis, String startTrigger, String endFulfils) {
        this.kind = kind;
        this.label = label;
        this.legalBasis = legalBasis;
        this.startTrigger = startTrigger;
        this.endFulfils = endFulfils;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The due-item trigger event its start raises (e.g. a referral order's initial panel). */
    public Optional<String> startTrigger() {
        return Optional.ofNullable(startTrigger);
    }

    /**
     * What its ending (other than by withdrawal) fulfils, e.g. a conditional caution concluded, complied with
     * or not.
     */
    public Optional<String> endFulfils() {
        return Optional.ofNullable(endFulfils);
    }
}
