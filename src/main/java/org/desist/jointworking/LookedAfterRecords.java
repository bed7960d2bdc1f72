package org.desist.jointworking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.platform.InvalidRequestException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events of a child's looked-after history — recorded by a person, or by the start of a remand or
 * custodial sentence — and what follows from them: the looked-after status and the care-leaver category, with
 * the reasoning both services see (domain reference 03).
 */
@Service
public class LookedAfterRecords {

    static final String RECORD_TYPE = "LOOKED_AFTER_EVENT";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;

    LookedAfterRecords(JdbcClient jdbc, ChildRecords children, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    /** One recorded event, with where it came from. */
    public record RecordedEvent(
            UUID id, LookedAfterEvent event, String note, String source, UUID interventionId, String recordedBy) {}

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
    public Picture picture(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the looked-after history");
        return pictureOf(child);
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

    /** Whether the child was looked after on that day, from what is recorded (no audit: a rule's question). */
    @Transactional(readOnly = true)
    /** Whether the child was looked after on each day asked, from one read of their history (no audit). */
    public java.util.function.Predicate<LocalDate> lookedAfterOnDays(UUID childId, LocalDate dateOfBirth) {
        LookedAfterHistory history = LookedAfterHistory.of(
                dateOfBirth, events(childId).stream().map(RecordedEvent::event).toList());
        return history::lookedAfterOn;
    }

    public boolean lookedAfterOn(UUID childId, LocalDate dateOfBirth, LocalDate day) {
        return LookedAfterHistory.of(
                        dateOfBirth,
                        events(childId).stream().map(RecordedEvent::event).toList())
                .lookedAfterOn(day);
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
            UUID id, UUID eventId, StayingLookedAfterRules.Permission permission, String recordedBy) {}

    /** The permissions recorded for the child (the caller has been allowed to see the child). */
    @Transactional(readOnly = true)
    public List<PermissionRecord> permissions(UUID childId) {
        children.visible(childId);
        return jdbc.sql("select * from remand_end_permission where child_id = :child order by remand_ended_on")
                .param("child", childId)
                .query((rs, n) -> new PermissionRecord(
                        rs.getObject("id", UUID.class),
                        rs.getObject("looked_after_event_id", UUID.class),
                        new StayingLookedAfterRules.Permission(
                                rs.getObject("remand_ended_on", LocalDate.class),
                                rs.getString("head_of_service"),
                                rs.getObject("permission_on", LocalDate.class),
                                rs.getObject("assessed_on", LocalDate.class),
                                rs.getString("iro_name"),
                                rs.getObject("iro_opinion_on", LocalDate.class),
                                rs.getString("iro_opinion")),
                        rs.getString("recorded_by")))
                .list();
    }

    /**
     * The remand ended and the child stays looked after (under section 20), with the head of service's
     * permission, the assessment and the IRO's opinion (03 "Remands" 7); refused without any of them.
     */
    @Transactional
    public RecordedEvent remandEndedStayingLookedAfter(UUID childId, StayingLookedAfterRules.Permission p) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>(StayingLookedAfterRules.problems(p, LocalDate.now(clock)));
        if (!problems.containsKey("remandEndedOn")) {
            LookedAfterHistory before = LookedAfterHistory.of(
                    child.dateOfBirth(),
                    events(childId).stream().map(RecordedEvent::event).toList());
            LookedAfterRules.problemWithEnding(
                            LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER, p.remandEndedOn(), before)
                    .ifPresent(problem -> problems.put("remandEndedOn", problem));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        RecordedEvent event = insert(
                child,
                new LookedAfterEvent(p.remandEndedOn(), LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER),
                "Permission of " + p.headOfService().trim() + " on " + p.permissionOn(),
                "RECORDED",
                null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into remand_end_permission (id, child_id, looked_after_event_id, remand_ended_on,
                            head_of_service, permission_on, assessed_on, iro_name, iro_opinion_on, iro_opinion,
                            recorded_at, recorded_by)
                        values (:id, :child, :event, :ended, :hos, :permission, :assessed, :iro, :iroOn, :opinion,
                            :at, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("event", event.id())
                .param("ended", p.remandEndedOn())
                .param("hos", p.headOfService().trim())
                .param("permission", p.permissionOn())
                .param("assessed", p.assessedOn())
                .param("iro", p.iroName().trim())
                .param("iroOn", p.iroOpinionOn())
                .param("opinion", p.iroOpinion().trim())
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("by", event.recordedBy())
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                "REMAND_END_PERMISSION",
                id,
                0,
                "Recorded the head of service's permission to stay looked after at the end of the remand",
                List.of(
                        new FieldChange(
                                "Head of service", null, p.headOfService().trim()),
                        new FieldChange(
                                "Permission given on", null, p.permissionOn().toString()),
                        new FieldChange("Assessment on", null, p.assessedOn().toString()),
                        new FieldChange(
                                "Independent reviewing officer",
                                null,
                                p.iroName().trim()),
                        new FieldChange(
                                "IRO's opinion on", null, p.iroOpinionOn().toString())));
        return event;
    }

    /** A person records an event of the history. */
    @Transactional
    public RecordedEvent record(UUID childId, LookedAfterEvent.Kind kind, LocalDate on, String note) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select what happened");
        } else if (kind == LookedAfterEvent.Kind.REMAND_ENDED_STAYS_LOOKED_AFTER) {
            problems.put(
                    "kind",
                    "Record that the child stays looked after at the end of the remand with the head of service's"
                            + " permission, the assessment and the IRO's opinion");
        }
        if (on == null) {
            problems.put("occurredOn", "Enter the date it happened");
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.put("occurredOn", "The date it happened must be today or in the past");
        } else if (on.isBefore(child.dateOfBirth())) {
            problems.put("occurredOn", "The date it happened must be after the child's date of birth");
        } else if (!on.isBefore(child.dateOfBirth().plusYears(18))) {
            problems.put(
                    "occurredOn", "The date must be before the child's 18th birthday: only children are looked after");
        }
        if (problems.isEmpty()) {
            LookedAfterHistory before = LookedAfterHistory.of(
                    child.dateOfBirth(),
                    events(childId).stream().map(RecordedEvent::event).toList());
            LookedAfterRules.problemWithEnding(kind, on, before).ifPresent(p -> problems.put("kind", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return insert(child, new LookedAfterEvent(on, kind), blankToNull(note), "RECORDED", null);
    }

    /** An intervention's start recorded the event (a remand or a custodial sentence); idempotent per kind. */
    RecordedEvent recordFromIntervention(ChildSummary child, LookedAfterEvent event, UUID interventionId) {
        return jdbc.sql("select * from looked_after_event where intervention_id = :i and kind = :k")
                .param("i", interventionId)
                .param("k", event.kind().name())
                .query(LookedAfterRecords::recorded)
                .optional()
                .orElseGet(() -> insert(child, event, null, "INTERVENTION", interventionId));
    }

    /** The intervention's start date was corrected: so is the event it recorded. */
    void moveEventsOf(UUID interventionId, LocalDate on) {
        ChildSummary child = null;
        for (RecordedEvent e : jdbc.sql("select * from looked_after_event where intervention_id = :i")
                .param("i", interventionId)
                .query(LookedAfterRecords::recorded)
                .list()) {
            if (child == null) {
                UUID childId = jdbc.sql("select child_id from looked_after_event where id = :id")
                        .param("id", e.id())
                        .query(UUID.class)
                        .single();
                child = children.visible(childId);
            }
            jdbc.sql("update looked_after_event set occurred_on = :on where id = :id")
                    .param("on", on)
                    .param("id", e.id())
                    .update();
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    e.id(),
                    1,
                    "Corrected the date of: " + e.event().kind().label(),
                    List.of(new FieldChange("Date", e.event().on().toString(), on.toString())));
        }
    }

    private RecordedEvent insert(
            ChildSummary child, LookedAfterEvent event, String note, String source, UUID interventionId) {
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into looked_after_event (id, child_id, kind, occurred_on, note, source, intervention_id,
                            recorded_at, recorded_by)
                        values (:id, :child, :kind, :on, :note, :source, :intervention, :at, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("kind", event.kind().name())
                .param("on", event.on())
                .param("note", note)
                .param("source", source)
                .param("intervention", interventionId)
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .update();
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("What happened", null, event.kind().label()));
        changes.add(new FieldChange("Date", null, event.on().toString()));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Recorded in the looked-after history: " + event.kind().label(),
                changes);
        return new RecordedEvent(id, event, note, source, interventionId, by);
    }

    private List<RecordedEvent> events(UUID childId) {
        return jdbc.sql("select * from looked_after_event where child_id = :child order by occurred_on, recorded_at")
                .param("child", childId)
                .query(LookedAfterRecords::recorded)
                .list();
    }

    private static RecordedEvent recorded(ResultSet rs, int row) throws SQLException {
        return new RecordedEvent(
                rs.getObject("id", UUID.class),
                new LookedAfterEvent(
                        rs.getObject("occurred_on", LocalDate.class),
                        LookedAfterEvent.Kind.valueOf(rs.getString("kind"))),
                rs.getString("note"),
                rs.getString("source"),
                rs.getObject("intervention_id", UUID.class),
                rs.getString("recorded_by"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
