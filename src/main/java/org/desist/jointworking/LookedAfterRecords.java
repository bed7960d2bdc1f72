package org.desist.jointworking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.jointworking.internal.LookedAfterEventRepository;
import org.desist.platform.InvalidRequestException;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of a child's looked-after history — recorded by a person, or by the start of a remand or
 * custodial sentence — and what follows from them: the looked-after status and the care-leaver category, with
 * the reasoning both services see (the joint protocol; Children Act 1989).
 */
@Service
public class LookedAfterRecords {

    static final String RECORD_TYPE = "LOOKED_AFTER_EVENT";

    static final String PERMISSION_RECORD_TYPE = "REMAND_END_PERMISSION";

    private final LookedAfterEventRepository events;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;

    LookedAfterRecords(LookedAfterEventRepository events, ChildRecords children, AuditTrail audit, Clock clock) {
        this.events = events;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    /** One recorded event, with where it came from. */
    public record RecordedEvent(
            UUID id, LookedAfterEvent event, String note, String source, UUID interventionId, String recordedBy) {

        /** What the trail shows of an event. */
        static final AuditedFields<RecordedEvent> AUDITED = AuditedFields.<RecordedEvent>of()
                .field("What happened", e -> e.event().kind().label())
                .field("Date", e -> e.event().on());

        /** The same event on another day (its intervention's start was corrected). */
        RecordedEvent on(LocalDate day) {
            return new RecordedEvent(
                    id, new LookedAfterEvent(day, event.kind()), note, source, interventionId, recordedBy);
        }
    }

    /** The child's looked-after picture on {@code today}. */
    public record Picture(
            ChildSummary child,
            LocalDate today,
            List<RecordedEvent> events,
            LookedAfterHistory history,
            List<LegalBasis> lookedAfterOn,
            boolean inCustody,
            CareLeaverStatus careLeaver) {

        public boolean lookedAfter() {
            return !lookedAfterOn.isEmpty();
        }
    }

    /** The picture for someone who may see the child; the view is audited. */
    @Transactional
    public Picture picture(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the looked-after history");
        return pictureOf(child.summary());
    }

    Picture pictureOf(ChildSummary child) {
        LocalDate today = LocalDate.now(clock);
        List<RecordedEvent> events = events(child.id());
        LookedAfterHistory history = LookedAfterHistory.of(
                child.dateOfBirth(), events.stream().map(RecordedEvent::event).toList());
        return new Picture(
                child,
                today,
                events,
                history,
                history.on(today),
                history.inCustodyOn(today),
                CareLeaverStatus.on(history, today));
    }

    /**
     * Whether the child (as the child module gave them: {@link ChildRecords#visible} or {@code responsible}) was
     * looked after on each day asked, from one read of their history (no audit: a rule's question).
     */
    @Transactional(readOnly = true)
    public java.util.function.Predicate<LocalDate> lookedAfterOnDays(ChildSummary child) {
        return historyOf(child)::lookedAfterOn;
    }

    /** Whether the child was looked after on that day, from what is recorded (no audit: a rule's question). */
    @Transactional(readOnly = true)
    public boolean lookedAfterOn(ChildSummary child, LocalDate day) {
        return historyOf(child).lookedAfterOn(day);
    }

    /** The child's care-leaver category on that day, from what is recorded (no audit: a rule's question). */
    @Transactional(readOnly = true)
    public CareLeaverStatus careLeaverOn(ChildSummary child, LocalDate day) {
        return CareLeaverStatus.on(
                LookedAfterHistory.of(
                        child.dateOfBirth(),
                        events(child.id()).stream().map(RecordedEvent::event).toList()),
                day);
    }

    /** The head of service's permission for a child to stay looked after at the end of a remand, as recorded. */
    public record PermissionRecord(
            UUID id, UUID eventId, StayingLookedAfterRules.Permission permission, String recordedBy) {

        /** What the trail shows of a permission. */
        static final AuditedFields<PermissionRecord> AUDITED = AuditedFields.<PermissionRecord>of()
                .field("Head of service", r -> r.permission().headOfService())
                .field("Permission given on", r -> r.permission().permissionOn())
                .field("Assessment on", r -> r.permission().assessedOn())
                .field("Independent reviewing officer", r -> r.permission().iroName())
                .field("IRO's opinion on", r -> r.permission().iroOpinionOn());
    }

    /** The permissions recorded for the child. */
    @Transactional(readOnly = true)
    public List<PermissionRecord> permissions(AccessibleChild child) {
        return events.permissions(child.id());
    }

    /**
     * The remand ended and the child stays looked after (under section 20), with the head of service's
     * permission, the assessment and the IRO's opinion (the joint protocol between children's social care and the YOS, "Remands"); refused without any of them.
     */
    @Transactional
    public RecordedEvent remandEndedStayingLookedAfter(
            AccessibleChild accessible, StayingLookedAfterRules.Permission p) {
        ChildSummary child = responsible(accessible);
        InvalidRequestException.refuseIf(
                LookedAfterRules.stayingLookedAfterProblems(p, LocalDate.now(clock), historyOf(child)));
        RecordedEvent event = insert(
                child,
                new LookedAfterEvent(p.remandEndedOn(), LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER),
                "Permission of " + p.headOfService().trim() + " on " + p.permissionOn(),
                "RECORDED",
                null);
        PermissionRecord permission = new PermissionRecord(
                UUID.randomUUID(),
                event.id(),
                new StayingLookedAfterRules.Permission(
                        p.remandEndedOn(),
                        p.headOfService().trim(),
                        p.permissionOn(),
                        p.assessedOn(),
                        p.iroName().trim(),
                        p.iroOpinionOn(),
                        p.iroOpinion().trim()),
                event.recordedBy());
        events.insert(child.id(), permission, Instant.now(clock));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                PERMISSION_RECORD_TYPE,
                permission.id(),
                0,
                "Recorded the head of service's permission to stay looked after at the end of the remand",
                PermissionRecord.AUDITED.changes(null, permission));
        return event;
    }

    /** A person records an event of the history. */
    @Transactional
    public RecordedEvent record(AccessibleChild accessible, LookedAfterEvent.Kind kind, LocalDate on, String note) {
        ChildSummary child = responsible(accessible);
        InvalidRequestException.refuseIf(LookedAfterRules.recordingProblems(
                kind, on, child.dateOfBirth(), LocalDate.now(clock), historyOf(child)));
        return insert(child, new LookedAfterEvent(on, kind), blankToNull(note), "RECORDED", null);
    }

    /** An intervention's start recorded the event (a remand or a custodial sentence); idempotent per kind. */
    RecordedEvent recordFromIntervention(ChildSummary child, LookedAfterEvent event, UUID interventionId) {
        return events.ofIntervention(interventionId, event.kind())
                .orElseGet(() -> insert(child, event, null, "INTERVENTION", interventionId));
    }

    /** The intervention's start date was corrected: so is the event it recorded. */
    void moveEventsOf(UUID interventionId, LocalDate on) {
        ChildSummary child = null;
        for (RecordedEvent e : events.ofIntervention(interventionId)) {
            if (child == null) {
                child = children.visible(events.childOf(e.id()));
            }
            events.moveTo(e.id(), on);
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    e.id(),
                    1,
                    "Corrected the date of: " + e.event().kind().label(),
                    RecordedEvent.AUDITED.changes(e, e.on(on)));
        }
    }

    private RecordedEvent insert(
            ChildSummary child, LookedAfterEvent event, String note, String source, UUID interventionId) {
        RecordedEvent recorded = new RecordedEvent(
                UUID.randomUUID(),
                event,
                note,
                source,
                interventionId,
                CurrentUser.require().username());
        events.insert(child.id(), recorded, Instant.now(clock));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                recorded.id(),
                0,
                "Recorded in the looked-after history: " + event.kind().label(),
                RecordedEvent.AUDITED.changes(null, recorded));
        return recorded;
    }

    private LookedAfterHistory historyOf(ChildSummary child) {
        return LookedAfterHistory.of(
                child.dateOfBirth(),
                events(child.id()).stream().map(RecordedEvent::event).toList());
    }

    private List<RecordedEvent> events(UUID childId) {
        return events.ofChild(childId);
    }

    /** Only the child's home service changes the record (a caretaking host service's staff get 403). */
    private ChildSummary responsible(AccessibleChild child) {
        return child.responsible() ? child.summary() : children.responsible(child.id());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
