package org.desist.court;

import org.desist.intervention.InterventionType;

/** Sentences the YOS supervises (YJB case management guidance), each started as an intervention. */
public enum SentenceType {
    REFERRAL_ORDER(InterventionType.REFERRAL_ORDER, true),
    YOUTH_REHABILITATION_ORDER(InterventionType.YOUTH_REHABILITATION_ORDER, true),
    DETENTION_AND_TRAINING_ORDER(InterventionType.DETENTION_AND_TRAINING_ORDER, true),
    LONGER_DETENTION(InterventionType.LONGER_DETENTION, true),
    REPARATION_ORDER(InterventionType.REPARATION_ORDER, false),
    PARENTING_ORDER(InterventionType.PARENTING_ORDER, false);

    private final InterventionType intervention;
    private final boolean needsReport;

    SentenceType(InterventionType intervention, boolean needsReport) {
        this.intervention = intervention;
        this.needsReport = needsReport;
    }

    public InterventionType intervention() {
        return intervention;
    }

    public String label() {
        return intervention.label();
    }

    /**
     * YJB case management guidance: "A referral order, YRO, DTO or other custodial sentence always needs a
     * report".
     */
    public boolean needsReport() {
        return needsReport;
    }
}
