package org.desist.jointworking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.jointworking.internal.JointMeetingRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the two services do together on a shared case, each meeting its due item: joint home visits, the joint
 * meeting before an intervention closes, and each service telling the other of a change of worker.
 */
@Service
public class JointMeetings {

    private static final Set<String> NOTIFICATION_RULES =
            Set.of("social-care-told-of-case-manager-change", "yos-told-of-social-care-change");

    private final JointMeetingRepository meetings;
    private final CaseSharing sharing;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;

    JointMeetings(
            JointMeetingRepository meetings, CaseSharing sharing, DueItems dueItems, AuditTrail audit, Clock clock) {
        this.meetings = meetings;
        this.sharing = sharing;
        this.dueItems = dueItems;
        this.audit = audit;
        this.clock = clock;
    }

    /** A joint home visit: meets the visit due on the child's shared work; after the first, one is due every 3 months. */
    @Transactional
    public SharedCaseMeeting recordHomeVisit(AccessibleChild child, SharedCaseRules.JointMeeting v) {
        Change<SharedCaseMeeting> visit = SharedCaseMeeting.homeVisit(
                child.id(), v, LocalDate.now(clock), CurrentUser.require().username());
        SharedCaseMeeting saved = visit.after();
        meetings.insert(saved);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                SharedCaseMeeting.VISIT,
                saved.id(),
                0,
                "Recorded a joint home visit on " + saved.on(),
                SharedCaseMeeting.AUDITED_VISIT.changes(null, saved));
        for (Intervention i : sharing.inProgress(child.id())) {
            List<DueItem> met = dueItems.fulfilled(i.id(), SharedCaseMeeting.VISIT, saved.id(), saved.on());
            if (met.stream()
                    .anyMatch(m -> m.rule().id().equals("joint-home-visit") && m.status() == DueItem.Status.MET)) {
                dueItems.triggered(CaseSharing.trigger(CaseSharing.FIRST_VISIT_HELD, i), saved.on());
            }
        }
        return saved;
    }

    /** The joint meeting before closure of one intervention: meets its due item so it can close without override. */
    @Transactional
    public SharedCaseMeeting recordClosureMeeting(
            AccessibleChild child, UUID interventionId, SharedCaseRules.JointMeeting m) {
        Intervention work = sharing.inProgress(child.id()).stream()
                .filter(i -> i.id().equals(interventionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No intervention in progress " + interventionId));
        Change<SharedCaseMeeting> meeting = SharedCaseMeeting.closureMeeting(
                child.id(),
                work.id(),
                m,
                LocalDate.now(clock),
                CurrentUser.require().username());
        SharedCaseMeeting saved = meeting.after();
        meetings.insert(saved);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                SharedCaseMeeting.MEETING,
                saved.id(),
                0,
                "Recorded the joint meeting before closure on " + saved.on(),
                SharedCaseMeeting.AUDITED_MEETING.changes(null, saved));
        dueItems.fulfilled(work.id(), SharedCaseMeeting.MEETING, saved.id(), saved.on());
        return saved;
    }

    /** The other service was told of a change of worker: meets the due item. */
    @Transactional
    public void recordTold(AccessibleChild child, UUID dueItemId, SharedCaseRules.Told t) {
        DueItem item = openNotification(child, dueItemId);
        Change<SharedCaseNotification> told = SharedCaseNotification.told(
                child.id(), item, t, LocalDate.now(clock), CurrentUser.require().username());
        SharedCaseNotification saved = told.after();
        meetings.insert(saved);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                SharedCaseNotification.RECORD_TYPE,
                saved.id(),
                0,
                item.rule().name() + " on " + saved.on(),
                SharedCaseNotification.AUDITED.changes(null, saved));
        dueItems.fulfilled(item.triggerRecordId(), item.rule().fulfilledBy(), saved.id(), saved.on());
    }

    /** An open "tell the other service" item of the child. */
    @Transactional(readOnly = true)
    public DueItem openNotification(AccessibleChild child, UUID dueItemId) {
        return dueItems.forChild(child.id()).stream()
                .filter(i -> i.id().equals(dueItemId))
                .filter(i -> NOTIFICATION_RULES.contains(i.rule().id()) && i.status() == DueItem.Status.OPEN)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No open notification " + dueItemId));
    }
}
