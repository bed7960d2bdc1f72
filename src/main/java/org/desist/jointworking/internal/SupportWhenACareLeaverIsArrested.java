package org.desist.jointworking.internal;

import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.jointworking.LookedAfterRecords;
import org.desist.jointworking.SocialCareTriggers;
import org.desist.offence.OffenceRecorded;
import org.desist.offence.Offences;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An offence was recorded for a relevant or former relevant care leaver (in the transaction that recorded it):
 * the personal adviser makes sure an appropriate adult and/or a solicitor supports them, the same day (
 * the joint protocol between children's social care and the YOS, "Care leavers").
 */
@Component
class SupportWhenACareLeaverIsArrested {

    private final ChildRecords children;
    private final LookedAfterRecords lookedAfter;
    private final DueItems dueItems;

    SupportWhenACareLeaverIsArrested(ChildRecords children, LookedAfterRecords lookedAfter, DueItems dueItems) {
        this.children = children;
        this.lookedAfter = lookedAfter;
        this.dueItems = dueItems;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(OffenceRecorded recorded) {
        ChildSummary child = children.visible(recorded.childId());
        if (!SocialCareTriggers.relevantOrFormerRelevant(
                lookedAfter.careLeaverOn(child, recorded.recordedOn()).category())) {
            return;
        }
        dueItems.triggered(
                new DueItems.Trigger(
                        SocialCareTriggers.CARE_LEAVER_ARRESTED,
                        child.serviceId(),
                        child.id(),
                        Offences.OFFENCE,
                        recorded.offenceId(),
                        null),
                recorded.recordedOn());
    }
}
