package org.desist.jointworking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.jointworking.internal.OutOfBoroughNotificationRepository;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications of offending by a child placed out of borough, from their social worker (or personal adviser)
 * to the home YOS (the joint protocol between children's social care and the YOS, "Children placed out of borough"): when they knew, when they told the
 * YOS and what they said, whether a pre-sentence report is needed, and whether it came later than the setting
 * {@code desist.out-of-borough.notification-working-days} (5 WD).
 */
@Service
public class OutOfBoroughNotifications {

    static final String RECORD_TYPE = "OUT_OF_BOROUGH_NOTIFICATION";

    private final OutOfBoroughNotificationRepository notifications;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int workingDays;

    OutOfBoroughNotifications(
            OutOfBoroughNotificationRepository notifications,
            ChildRecords children,
            AuditTrail audit,
            WorkingDayCalendar calendar,
            Clock clock,
            @Value("${desist.out-of-borough.notification-working-days:5}") int workingDays) {
        this.notifications = notifications;
        this.children = children;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
        this.workingDays = workingDays;
    }

    /** A notification as recorded, with the day it was due and whether it was late. */
    public record Notified(
            UUID id,
            UUID childId,
            OutOfBoroughRules.Notification notification,
            LocalDate dueBy,
            boolean late,
            String recordedBy) {

        /** What the trail shows of a notification. */
        static final AuditedFields<Notified> AUDITED = AuditedFields.<Notified>of()
                .field("Knew on", n -> n.notification().knewOn())
                .field("Told the YOS on", n -> n.notification().notifiedOn())
                .field("Told by", n -> n.notification().notifiedBy())
                .field("Pre-sentence report needed", n -> n.notification().psrNeeded() ? "Yes" : "No");
    }

    /** A late notification on a service's list, with the child's name and reference. */
    public record LateNotification(UUID childId, String childName, String localReference, Notified notified) {}

    /** The home YOS was told of offending by the child placed out of borough. */
    @Transactional
    public Notified record(AccessibleChild accessible, OutOfBoroughRules.Notification n) {
        ChildSummary child = accessible.responsible() ? accessible.summary() : children.responsible(accessible.id());
        InvalidRequestException.refuseIf(OutOfBoroughRules.problems(n, LocalDate.now(clock)));
        OutOfBoroughNotificationRepository.Stored stored = new OutOfBoroughNotificationRepository.Stored(
                UUID.randomUUID(),
                child.id(),
                new OutOfBoroughRules.Notification(
                        n.knewOn(),
                        n.notifiedOn(),
                        n.notifiedBy().trim(),
                        n.whatWasSaid().trim(),
                        n.psrNeeded()),
                CurrentUser.require().username());
        notifications.insert(stored, Instant.now(clock));
        Notified notified = notified(stored);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                notified.id(),
                0,
                "Recorded a notification of offending out of borough" + (notified.late() ? " (late)" : ""),
                Notified.AUDITED.changes(null, notified));
        return notified;
    }

    /** The child's notifications, latest first. */
    @Transactional(readOnly = true)
    public List<Notified> of(AccessibleChild child) {
        return ofChild(child.id());
    }

    /**
     * The late notifications of the service's children the user may see, latest first (e.g. for a joint-working
     * dashboard); each child's view is audited.
     */
    @Transactional
    public List<LateNotification> lateOutOfBoroughNotifications(UUID serviceId) {
        if (!CurrentUser.require().belongsTo(serviceId)) {
            throw new NotFoundException("No youth justice service " + serviceId + " of yours");
        }
        // Notifications are few (children placed out of borough who offend there); the child module says whose.
        Map<UUID, ChildSummary> visible = children.visible(notifications.childrenNotified());
        return visible.values().stream()
                .filter(c -> c.serviceId().equals(serviceId))
                .flatMap(c -> {
                    List<Notified> late =
                            ofChild(c.id()).stream().filter(Notified::late).toList();
                    if (!late.isEmpty()) {
                        audit.viewed(
                                c.serviceId(),
                                c.id(),
                                RECORD_TYPE,
                                null,
                                "Viewed late notifications of offending out of borough");
                    }
                    return late.stream().map(n -> new LateNotification(c.id(), c.name(), c.localReference(), n));
                })
                .sorted(Comparator.comparing((LateNotification l) ->
                                l.notified().notification().notifiedOn())
                        .reversed())
                .toList();
    }

    /** A visible child's notifications (the child module gave the id). */
    private List<Notified> ofChild(UUID childId) {
        return notifications.ofChild(childId).stream().map(this::notified).toList();
    }

    private Notified notified(OutOfBoroughNotificationRepository.Stored n) {
        LocalDate knewOn = n.notification().knewOn();
        return new Notified(
                n.id(),
                n.childId(),
                n.notification(),
                OutOfBoroughRules.dueBy(knewOn, workingDays, calendar),
                OutOfBoroughRules.late(knewOn, n.notification().notifiedOn(), workingDays, calendar),
                n.recordedBy());
    }
}
