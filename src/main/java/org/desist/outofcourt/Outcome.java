package org.desist.outofcourt;

import java.util.Optional;
import org.desist.intervention.InterventionType;

/**
 * The outcomes a joint decision-making panel can reach (YJB case management guidance, out-of-court disposals), with the intervention
 * the YOS delivers for each, if any. Community resolution goes by a local name (a setting).
 */
public enum Outcome {
    NO_FURTHER_ACTION("No further action", null),
    COMMUNITY_RESOLUTION("Community resolution", InterventionType.COMMUNITY_RESOLUTION),
    YOUTH_CAUTION("Youth caution", InterventionType.YOUTH_CAUTION),
    YOUTH_CONDITIONAL_CAUTION("Youth conditional caution", InterventionType.YOUTH_CONDITIONAL_CAUTION),
    CHARGE("Charge (the case goes to court)", null);

    private final String genericName;
    private final InterventionType delivered;

    Outcome(String genericName, InterventionType delivered) {
        this.genericName = genericName;
        this.delivered = delivered;
    }

    /** The national name; show {@link OutOfCourtDisposals#name(Outcome)} instead, which uses the local one. */
    public String genericName() {
        return genericName;
    }

    /** The intervention the YOS delivers for this outcome (none for no further action or charge). */
    public Optional<InterventionType> delivered() {
        return Optional.ofNullable(delivered);
    }

    /** A formal outcome: it makes a child a first-time entrant to the youth justice system. */
    public boolean formal() {
        return this == YOUTH_CAUTION || this == YOUTH_CONDITIONAL_CAUTION;
    }
}
