package org.desist.review.internal;

import org.desist.assessment.ClassificationChanged;
import org.desist.child.ChildCircumstancesChanged;
import org.desist.intervention.CaseManagerChanged;
import org.desist.intervention.InterventionStartDateCorrected;
import org.desist.intervention.InterventionStarted;
import org.desist.offence.OffenceRecorded;
import org.desist.review.ReviewTriggers;
import org.desist.review.Reviews;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews follow the case, in the transaction of the change that calls for them: an intervention starting
 * schedules its first interval review (rule {@code review-scheduled}, moved when the start date is corrected);
 * the events {@link ReviewTriggers} names raise a review on each of the child's interventions in progress
 * (rule {@code review-triggered}).
 */
@Component
class ReviewsFollowTheCase {

    private final Reviews reviews;
    private final Directory directory;

    ReviewsFollowTheCase(Reviews reviews, Directory directory) {
        this.reviews = reviews;
        this.directory = directory;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InterventionStarted started) {
        reviews.scheduleFirst(started.interventionId(), started.startDate());
        raise(started, started.interventionId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InterventionStartDateCorrected corrected) {
        reviews.startDateCorrected(corrected.interventionId(), corrected.startDate());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(OffenceRecorded recorded) {
        raise(recorded, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ClassificationChanged changed) {
        raise(changed, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CaseManagerChanged changed) {
        raise(changed, null);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildCircumstancesChanged changed) {
        raise(changed, null);
    }

    private void raise(Object event, java.util.UUID alsoFor) {
        ReviewTriggers.of(
                        event,
                        id -> directory
                                .staffMember(id)
                                .map(StaffMember::displayName)
                                .orElse(null))
                .ifPresent(raised -> reviews.raise(raised, alsoFor));
    }
}
