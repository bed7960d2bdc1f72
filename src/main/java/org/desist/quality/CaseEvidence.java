package org.desist.quality;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The evidence rules' findings for one case (intervention), for its audit page and the inspection-readiness view. */
public interface CaseEvidence {

    /** Every evidence rule's finding for the intervention, in the rules' order; the caller has checked access. */
    List<Evidence> of(UUID interventionId);

    /**
     * As {@link #of}, for many cases at once in a fixed number of reads (never a query per case per rule), by
     * intervention; interventions outside the signed-in person's services are absent.
     */
    Map<UUID, List<Evidence>> ofAll(Collection<UUID> interventionIds);
}
