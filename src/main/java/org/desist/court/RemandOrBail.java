package org.desist.court;

import java.util.Optional;
import org.desist.intervention.InterventionType;

/** Where the court sends the child until the next hearing (YJB case management guidance). */
public enum RemandOrBail {
    UNCONDITIONAL_BAIL("Unconditional bail", Outcome.BAILED, null),
    CONDITIONAL_BAIL("Conditional bail", Outcome.BAILED, null),
    CONDITIONAL_BAIL_WITH_SUPPORT(
            "Conditional bail with a bail support programme", Outcome.BAILED, InterventionType.BAIL_SUPPORT),
    CONDITIONAL_BAIL_WITH_ISS(
            "Conditional bail with intensive supervision and surveillance",
            Outcome.BAILED,
            InterventionType.BAIL_SUPPORT),
    REMAND_TO_LOCAL_AUTHORITY(
            "Remand to local authority accommodation", Outcome.REMANDED, InterventionType.REMAND_TO_LOCAL_AUTHORITY),
    REMAND_TO_YOUTH_DETENTION(
            "Remand to youth detention accommodation", Outcome.REMANDED, InterventionType.REMAND_TO_YOUTH_DETENTION);

    private final String label;
    private final Outcome outcome;
    private final InterventionType starts;

    RemandOrBail(String label, Outcome outcome, InterventionType starts) {
        this.label = label;
        this.outcome = outcome;
        this.starts = starts;
    }

    public String label() {
        return label;
    }

    /** The appearance outcome this decision belongs to (a remand for "remanded", bail for "bailed"). */
    public Outcome outcome() {
        return outcome;
    }

    /** The intervention the YOS starts for it, if any (remands and bail support). */
    public Optional<InterventionType> starts() {
        return Optional.ofNullable(starts);
    }

    public boolean isRemand() {
        return outcome == Outcome.REMANDED;
    }
}
