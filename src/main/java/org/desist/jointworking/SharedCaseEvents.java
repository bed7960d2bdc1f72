package org.desist.jointworking;

import org.desist.intervention.CaseManagerChanged;
import org.desist.intervention.InterventionStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the transaction of the change: work starting for a child social care already has someone allocated to makes
 * a shared case; a new YOS case manager on a shared case is a due item for the YOS to tell social care.
 */
@Component
class SharedCaseEvents {

    private final CaseSharing sharing;

    SharedCaseEvents(CaseSharing sharing) {
        this.sharing = sharing;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(InterventionStarted started) {
        sharing.interventionStarted(started.childId(), started.interventionId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CaseManagerChanged changed) {
        sharing.caseManagerChanged(changed.childId(), changed.interventionId(), changed.from());
    }
}
