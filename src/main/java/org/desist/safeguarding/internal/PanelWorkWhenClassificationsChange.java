package org.desist.safeguarding.internal;

import org.desist.assessment.ClassificationChanged;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.safeguarding.PanelTriggers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A classification changed when an assessment was submitted: a risk panel referral or a VMP becomes due for the
 * intervention's case manager ({@link PanelTriggers}; rules {@code risk-panel-referral}, 5 WD, and
 * {@code vulnerability-management-plan}, 10 WD, by default), in the transaction that submitted it.
 */
@Component
class PanelWorkWhenClassificationsChange {

    private final DueItems dueItems;
    private final Interventions interventions;

    PanelWorkWhenClassificationsChange(DueItems dueItems, Interventions interventions) {
        this.dueItems = dueItems;
        this.interventions = interventions;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ClassificationChanged changed) {
        PanelTriggers.PanelWork work = PanelTriggers.work(changed.lens());
        boolean alreadyDue = dueItems.forChild(changed.childId()).stream()
                .anyMatch(i -> i.status() == DueItem.Status.OPEN
                        && i.rule().fulfilledBy().equals(work.fulfilledBy()));
        PanelTriggers.due(changed.lens(), changed.from(), changed.to(), alreadyDue)
                .ifPresent(due -> {
                    Intervention intervention = interventions.get(changed.interventionId());
                    dueItems.triggered(
                            new DueItems.Trigger(
                                    due.trigger(),
                                    intervention.serviceId(),
                                    changed.childId(),
                                    Interventions.RECORD_TYPE,
                                    intervention.id(),
                                    intervention.caseManagerId()),
                            changed.on());
                });
    }
}
