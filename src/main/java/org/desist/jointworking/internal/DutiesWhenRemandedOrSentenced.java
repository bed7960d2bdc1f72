package org.desist.jointworking.internal;

import java.util.Optional;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.InterventionStartDateCorrected;
import org.desist.intervention.InterventionStarted;
import org.desist.intervention.Interventions;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.SocialCareTriggers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A remand or a custodial sentence started (in the transaction that started it): the looked-after history
 * records it, and the joint-protocol duties it starts fall due (the joint protocol between children's social care and the YOS, "Remands" and "Custody").
 * A corrected start date moves both; the intervention's end cancels what is still open.
 */
@Component
class DutiesWhenRemandedOrSentenced {

    private final SocialCareTriggers triggers;
    private final ChildRecords children;
    private final DueItems dueItems;

    DutiesWhenRemandedOrSentenced(SocialCareTriggers triggers, ChildRecords children, DueItems dueItems) {
        this.triggers = triggers;
        this.children = children;
        this.dueItems = dueItems;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InterventionStarted started) {
        Optional<LookedAfterEvent.Kind> kind = SocialCareTriggers.lookedAfterEvent(started.type());
        if (kind.isEmpty()) {
            return;
        }
        ChildSummary child = children.visible(started.childId());
        for (SocialCareTriggers.Due due : triggers.started(child, started, kind.get())) {
            dueItems.triggered(
                    new DueItems.Trigger(
                            due.event(),
                            started.serviceId(),
                            started.childId(),
                            Interventions.RECORD_TYPE,
                            started.interventionId(),
                            due.yos() ? started.caseManagerId() : null),
                    started.startDate());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InterventionStartDateCorrected corrected) {
        triggers.corrected(corrected.interventionId(), corrected.startDate())
                .forEach(event ->
                        dueItems.triggerDateCorrected(corrected.interventionId(), event, corrected.startDate()));
    }
}
