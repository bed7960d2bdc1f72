package org.desist.safeguarding.internal;

import java.time.LocalDate;
import java.util.Comparator;
import org.desist.assessment.ClassificationChanged;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.offence.OffenceRecorded;
import org.desist.safeguarding.OffendingEscalation;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offending escalated ({@link OffendingEscalation}): a new offence during an intervention in progress, or a risk
 * of serious harm classification going up. A TAC meeting becomes due for the case manager (rule
 * {@code tac-meeting-on-escalation}), in the transaction of the change, unless one is already due.
 */
@Component
class TacWhenOffendingEscalates {

    private final DueItems dueItems;
    private final Interventions interventions;
    private final ChildRecords children;

    TacWhenOffendingEscalates(DueItems dueItems, Interventions interventions, ChildRecords children) {
        this.dueItems = dueItems;
        this.interventions = interventions;
        this.children = children;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(OffenceRecorded recorded) {
        interventions.ofChild(children.accessible(recorded.childId())).stream()
                .filter(i -> OffendingEscalation.newOffence(i.status(), i.startDate(), recorded.offenceDate()))
                .min(Comparator.comparing(Intervention::startDate))
                .ifPresent(i -> prompt(i, recorded.recordedOn()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ClassificationChanged changed) {
        if (OffendingEscalation.classificationChange(changed.lens(), changed.from(), changed.to())) {
            prompt(interventions.get(changed.interventionId()), changed.on());
        }
    }

    private void prompt(Intervention intervention, LocalDate on) {
        boolean alreadyDue = dueItems.forChild(intervention.childId()).stream()
                .anyMatch(i -> i.status() == DueItem.Status.OPEN
                        && i.rule().fulfilledBy().equals(OffendingEscalation.TAC_MEETING));
        if (alreadyDue) {
            return;
        }
        dueItems.triggered(
                new DueItems.Trigger(
                        OffendingEscalation.ESCALATED,
                        intervention.serviceId(),
                        intervention.childId(),
                        Interventions.RECORD_TYPE,
                        intervention.id(),
                        intervention.caseManagerId()),
                on);
    }
}
