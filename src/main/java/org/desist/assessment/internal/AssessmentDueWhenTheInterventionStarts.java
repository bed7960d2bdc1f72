package org.desist.assessment.internal;

import org.desist.assessment.Assessments;
import org.desist.deadline.DueItems;
import org.desist.intervention.InterventionStarted;
import org.desist.intervention.Interventions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An intervention started: its assessment becomes due (rule {@code assessment-due}, 15 WD by default, setting
 * {@code desist.assessment.due-working-days}), in the transaction that started it. Submitting meets it.
 */
@Component
class AssessmentDueWhenTheInterventionStarts {

    private final DueItems dueItems;

    AssessmentDueWhenTheInterventionStarts(DueItems dueItems) {
        this.dueItems = dueItems;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InterventionStarted started) {
        dueItems.triggered(
                new DueItems.Trigger(
                        Assessments.DUE_TRIGGER,
                        started.serviceId(),
                        started.childId(),
                        Interventions.RECORD_TYPE,
                        started.interventionId(),
                        started.caseManagerId()),
                started.startDate());
    }
}
