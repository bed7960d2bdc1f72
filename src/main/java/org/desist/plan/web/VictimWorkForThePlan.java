package org.desist.plan.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.offence.VictimWorkOnOffences;
import org.springframework.stereotype.Component;

/**
 * Where victim work stands on an intervention's offences, with the wishes the victim worker chose to share: read
 * only, beside the plan's own "Needs and wishes of victims"; never who the victims are, nothing for a host.
 */
@Component
class VictimWorkForThePlan {

    private final VictimWorkOnOffences victimWork;
    private final Interventions interventions;
    private final ChildRecords children;

    VictimWorkForThePlan(VictimWorkOnOffences victimWork, Interventions interventions, ChildRecords children) {
        this.victimWork = victimWork;
        this.interventions = interventions;
        this.children = children;
    }

    List<VictimWorkOnOffences.VictimWorkSummary> of(Intervention intervention) {
        if (children.seenAsHost(intervention.childId())) {
            return List.of();
        }
        Set<UUID> offences = new HashSet<>(interventions.offenceIds(intervention.id()));
        return victimWork.of(children.accessible(intervention.childId())).stream()
                .filter(w -> offences.contains(w.offenceId()))
                .toList();
    }
}
