package org.desist.plan.internal;

import org.desist.assessment.AssessmentSubmitted;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.plan.Plans;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assessment was submitted: a plan becomes due (rule {@code plan-due}, 10 WD by default, setting
 * {@code DESIST_DEADLINE_OFFSETS_PLAN_DUE}), owned by the intervention's case manager, in the transaction that
 * submitted it. Agreeing a plan meets it. While a plan is still due for an earlier assessment, a later one does
 * not push that date back: the open item stands.
 */
@Component
class PlanDueWhenAnAssessmentIsSubmitted {

    private static final String RULE = "plan-due";

    private final DueItems dueItems;
    private final Interventions interventions;

    PlanDueWhenAnAssessmentIsSubmitted(DueItems dueItems, Interventions interventions) {
        this.dueItems = dueItems;
        this.interventions = interventions;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AssessmentSubmitted submitted) {
        Intervention intervention = interventions.get(submitted.interventionId());
        boolean alreadyDue = dueItems.forRecord(intervention.id()).stream()
                .anyMatch(item -> item.rule().id().equals(RULE) && item.status() == DueItem.Status.OPEN);
        if (alreadyDue) {
            return;
        }
        dueItems.triggered(
                new DueItems.Trigger(
                        Plans.DUE_TRIGGER,
                        intervention.serviceId(),
                        intervention.childId(),
                        Interventions.RECORD_TYPE,
                        intervention.id(),
                        intervention.caseManagerId()),
                submitted.submittedOn());
    }
}
