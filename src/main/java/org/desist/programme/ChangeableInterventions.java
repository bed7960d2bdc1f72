package org.desist.programme;

import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.springframework.stereotype.Component;

/** The intervention a change of programmes or referrals is made on: visible, the child's home service's, open. */
@Component
class ChangeableInterventions {

    private final Interventions interventions;
    private final ChildRecords children;

    ChangeableInterventions(Interventions interventions, ChildRecords children) {
        this.interventions = interventions;
        this.children = children;
    }

    /** The intervention, if the user's service is responsible for the child and the work is still open. */
    Intervention open(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        // Only the child's home service changes the record; a caretaking host service sees it (403).
        children.responsible(intervention.childId());
        if (intervention.status() == Intervention.Status.CLOSED) {
            throw new InvalidRequestException(
                    Map.of("intervention", "This intervention has ended: nothing more can be recorded on it"));
        }
        return intervention;
    }

    /** The intervention, if the user may see it (404 otherwise). */
    Intervention visible(UUID interventionId) {
        return interventions.get(interventionId);
    }
}
