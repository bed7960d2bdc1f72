package org.desist.assessment.internal;

import org.desist.assessment.Assessments;
import org.desist.deadline.DueItems;
import org.desist.intervention.InterventionStartDateCorrected;
import org.desist.intervention.InterventionStarted;
import org.desist.intervention.Interventions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An intervention started: its assessment becomes due (rule {@code assessment-due}, 15 WD by default, setting
 * {@code DESIST_DEADLINE_OFFSETS_ASSESSMENT_DUE}), in the transaction that started it; a corrected start date moves
 * it. Submitting meets it.
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

    /** The start date was corrected: the assessment's due date moves with it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InterventionStartDateCorrected corrected) {
        dueItems.triggerDateCorrected(corrected.interventionId(), Assessments.DUE_TRIGGER, corrected.startDate());
    }
}
