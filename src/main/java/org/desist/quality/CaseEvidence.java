package org.desist.quality;

import java.util.List;
import java.util.UUID;

/** The evidence rules' findings for one case (intervention), for its audit page and the inspection-readiness view. */
public interface CaseEvidence {

    /** Every evidence rule's finding for the intervention, in the rules' order; the caller has checked access. */
    List<Evidence> of(UUID interventionId);
}
