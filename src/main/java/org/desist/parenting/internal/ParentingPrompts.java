package org.desist.parenting.internal;

import org.desist.assessment.AssessmentSubmitted;
import org.desist.assessment.FamilyRelationships;
import org.desist.child.ChildRecords;
import org.desist.court.ParentingOrderConsidered;
import org.desist.parenting.Parenting;
import org.desist.parenting.ParentingTrigger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two of the parenting triggers come from other modules, in the transaction of the change: an assessment submitted
 * with family and personal relationships rated 3 or above, and a report to court where a parenting order is
 * considered.
 */
@Component
class ParentingPrompts {

    private final Parenting parenting;
    private final FamilyRelationships familyRelationships;
    private final ChildRecords children;

    ParentingPrompts(Parenting parenting, FamilyRelationships familyRelationships, ChildRecords children) {
        this.parenting = parenting;
        this.familyRelationships = familyRelationships;
        this.children = children;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AssessmentSubmitted submitted) {
        familyRelationships
                .ratingOf(submitted.assessmentId())
                .ifPresent(rating -> parenting.triggered(
                        children.accessible(submitted.childId()),
                        ParentingTrigger.FAMILY_RELATIONSHIPS,
                        "Family and personal relationships rated " + rating + " of 4 in the assessment submitted "
                                + submitted.submittedOn(),
                        submitted.assessmentId(),
                        submitted.submittedOn(),
                        rating));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ParentingOrderConsidered considered) {
        parenting.triggered(
                children.accessible(considered.childId()),
                ParentingTrigger.PARENTING_ORDER_CONSIDERED,
                "Report to court being written where a parenting order is considered",
                considered.reportId(),
                considered.on(),
                null);
    }
}
