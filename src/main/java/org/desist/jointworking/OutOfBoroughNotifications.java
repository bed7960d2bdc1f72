package org.desist.jointworking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int workingDays;

    OutOfBoroughNotifications(
            JdbcClient jdbc,
            ChildRecords children,
            AuditTrail audit,
            WorkingDayCalendar calendar,
            Clock clock,
            @Value("${desist.out-of-borough.notification-working-days:5}") int workingDays) {
        this.jdbc = jdbc;
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
            String recordedBy) {}

    /** A late notification on a service's list, with the child's name and reference. */
    public record LateNotification(UUID childId, String childName, String localReference, Notified notified) {}

    /** The home YOS was told of offending by the child placed out of borough. */
    @Transactional
    public Notified record(UUID childId, OutOfBoroughRules.Notification n) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = OutOfBoroughRules.problems(n, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into out_of_borough_notification (id, child_id, knew_on, notified_on, notified_by,
                            what_was_said, psr_needed, recorded_at, recorded_by)
                        values (:id, :child, :knew, :notified, :notifiedBy, :said, :psr, :at, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("knew", n.knewOn())
                .param("notified", n.notifiedOn())
                .param("notifiedBy", n.notifiedBy().trim())
                .param("said", n.whatWasSaid().trim())
                .param("psr", n.psrNeeded())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .update();
        Notified notified = notified(id, child.id(), n, by);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Recorded a notification of offending out of borough" + (notified.late() ? " (late)" : ""),
                List.of(
                        new FieldChange("Knew on", null, n.knewOn().toString()),
                        new FieldChange("Told the YOS on", null, n.notifiedOn().toString()),
                        new FieldChange("Told by", null, n.notifiedBy().trim()),
                        new FieldChange("Pre-sentence report needed", null, n.psrNeeded() ? "Yes" : "No")));
        return notified;
    }

    /** The child's notifications, latest first, for someone who may see the child. */
    @Transactional(readOnly = true)
    public List<Notified> of(UUID childId) {
        children.visible(childId);
        return jdbc.sql("select * from out_of_borough_notification where child_id = :child order by notified_on desc")
                .param("child", childId)
                .query((rs, row) -> notified(
                        rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        new OutOfBoroughRules.Notification(
                                rs.getObject("knew_on", LocalDate.class),
                                rs.getObject("notified_on", LocalDate.class),
                                rs.getString("notified_by"),
                                rs.getString("what_was_said"),
                                rs.getBoolean("psr_needed")),
                        rs.getString("recorded_by")))
                .list();
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
        List<UUID> childIds = jdbc.sql("select distinct child_id from out_of_borough_notification")
                .query(UUID.class)
                .list();
        Map<UUID, ChildSummary> visible = children.visible(childIds);
        return visible.values().stream()
                .filter(c -> c.serviceId().equals(serviceId))
                .flatMap(c -> {
                    List<Notified> late =
                            of(c.id()).stream().filter(Notified::late).toList();
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

    private Notified notified(UUID id, UUID childId, OutOfBoroughRules.Notification n, String by) {
        return new Notified(
                id,
                childId,
                n,
                OutOfBoroughRules.dueBy(n.knewOn(), workingDays, calendar),
                OutOfBoroughRules.late(n.knewOn(), n.notifiedOn(), workingDays, calendar),
                by);
    }
}
