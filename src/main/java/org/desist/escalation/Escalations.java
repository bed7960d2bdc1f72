package org.desist.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disagreements and service concerns raised on a child's case and their climb up the escalation ladder
 * (domain reference 03). Each open step is a due item ({@code escalation-step}, 10 WD unless a local protocol
 * says otherwise): once past it the step has stalled and is shown as visible to the next level. Every change
 * is checked, audited in the same transaction and made against the version read.
 */
@Service
public class Escalations {

    public static final String RECORD_TYPE = "ESCALATION";
    static final String STEP_STARTED = "ESCALATION_STEP_STARTED";
    static final String STEP_CONCLUDED = "ESCALATION_STEP_CONCLUDED";
    static final String RULE = "escalation-step";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final EscalationLadder ladder;
    private final Clock clock;

    Escalations(
            JdbcClient jdbc,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            EscalationLadder ladder,
            Clock clock) {
        this.jdbc = jdbc;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.ladder = ladder;
        this.clock = clock;
    }

    public EscalationLadder ladder() {
        return ladder;
    }

    /** The child's escalations, open ones first, for someone who may see the child; the view is audited. */
    @Transactional
    public List<Escalation> viewed(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the escalations");
        return of(child);
    }

    /** The child's escalations, open ones first (a section of a page whose view is audited by the page). */
    @Transactional(readOnly = true)
    public List<Escalation> ofChild(UUID childId) {
        return of(children.visible(childId));
    }

    /** One escalation of the child; the view is audited. */
    @Transactional
    public Escalation viewed(UUID childId, UUID id) {
        ChildSummary child = children.visible(childId);
        Escalation escalation = find(child, id);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, id, "Viewed an escalation");
        return escalation;
    }

    /** A disagreement or concern is raised on the child's case: level 1, with its first step due. */
    @Transactional
    public Escalation raise(UUID childId, EscalationRules.Raise r) {
        ChildSummary child = children.responsible(childId);
        Map<String, String> problems = EscalationRules.raising(r, today(), child.dateOfBirth());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into escalation (id, child_id, kind, about, raised_by, raised_on, level, holder,
                            recorded_at, recorded_by)
                        values (:id, :child, :kind, :about, :raisedBy, :raisedOn, 1, :holder, :at, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("kind", r.kind().name())
                .param("about", r.about().trim())
                .param("raisedBy", r.raisedBy().name())
                .param("raisedOn", r.raisedOn())
                .param("holder", r.holder().trim())
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .update();
        startStep(child, id, 1, r.holder().trim(), r.raisedOn());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Raised: " + lower(r.kind().label()) + " (" + r.raisedBy().label() + ")",
                List.of(
                        new FieldChange("What it is about", null, r.about().trim()),
                        new FieldChange("Raised on", null, r.raisedOn().toString()),
                        new FieldChange("Level", null, "1 – " + ladder.roleAt(1)),
                        new FieldChange("Held by", null, r.holder().trim())));
        return find(child, id);
    }

    /** The current level did not resolve it: its outcome is recorded and it goes to the level above. */
    @Transactional
    public Escalation escalate(UUID childId, UUID id, long version, EscalationRules.Escalate e) {
        ChildSummary child = children.responsible(childId);
        Escalation before = find(child, id);
        EscalationStep step = current(before);
        Map<String, String> problems = EscalationRules.escalating(e, before.level(), step.startedOn(), today(), ladder);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        int level = before.level() + 1;
        VersionedUpdate.of(
                        jdbc,
                        "update escalation set level = :level, holder = :holder, version = version + 1"
                                + " where id = :id and version = :version")
                .param("level", level)
                .param("holder", e.holder().trim())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        endStep(before, step, e.on(), e.outcome().trim());
        startStep(child, id, level, e.holder().trim(), e.on());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                version + 1,
                "Escalated to level " + level + ": " + ladder.roleAt(level),
                List.of(
                        new FieldChange(
                                "Outcome at level " + before.level(),
                                null,
                                e.outcome().trim()),
                        new FieldChange(
                                "Level",
                                before.level() + " – " + before.levelRole(),
                                level + " – " + ladder.roleAt(level)),
                        new FieldChange("Held by", before.holder(), e.holder().trim()),
                        new FieldChange("Escalated on", null, e.on().toString())));
        return find(child, id);
    }

    /** It was resolved at its current level: the outcome and date close it and meet its step's due item. */
    @Transactional
    public Escalation resolve(UUID childId, UUID id, long version, EscalationRules.Resolve r) {
        ChildSummary child = children.responsible(childId);
        Escalation before = find(child, id);
        EscalationStep step = current(before);
        Map<String, String> problems = EscalationRules.resolving(r, step.startedOn(), today());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        VersionedUpdate.of(
                        jdbc,
                        "update escalation set resolved_on = :on, resolution = :outcome, version = version + 1"
                                + " where id = :id and version = :version")
                .param("on", r.on())
                .param("outcome", r.outcome().trim())
                .param("id", id)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        endStep(before, step, r.on(), r.outcome().trim());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                version + 1,
                "Resolved at level " + before.level() + ": " + before.levelRole(),
                List.of(
                        new FieldChange("Resolution", null, r.outcome().trim()),
                        new FieldChange("Resolved on", null, r.on().toString())));
        return find(child, id);
    }

    /**
     * The open escalations of a service (for its managers and the lead's joint-working dashboard): the child,
     * the level and who holds it, the date raised and whether the current step has stalled; stalled first,
     * then oldest first. Only the service's own staff may ask; for anyone else, 404.
     */
    @Transactional(readOnly = true)
    public List<OpenEscalation> openInService(UUID serviceId) {
        if (!CurrentUser.require().belongsTo(serviceId)) {
            throw new NotFoundException("No service " + serviceId + " of yours");
        }
        return openIn(Set.of(serviceId));
    }

    /** The open escalations of every service of the signed-in user. */
    @Transactional(readOnly = true)
    public List<OpenEscalation> openInYourServices() {
        return openIn(CurrentUser.require().serviceIds());
    }

    private List<OpenEscalation> openIn(Set<UUID> serviceIds) {
        Map<UUID, DueItem> steps = dueItems.openIn(serviceIds).stream()
                .filter(i -> i.rule().id().equals(RULE))
                .collect(Collectors.toMap(DueItem::triggerRecordId, i -> i, (a, b) -> a));
        if (steps.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql("select * from escalation where id in (:ids) and resolved_on is null")
                .param("ids", steps.keySet())
                .query(Escalations::row)
                .list();
        Map<UUID, ChildSummary> childrenOf =
                children.visible(rows.stream().map(Row::childId).collect(Collectors.toSet()));
        LocalDate today = today();
        List<OpenEscalation> open = new ArrayList<>();
        for (Row row : rows) {
            ChildSummary child = childrenOf.get(row.childId());
            if (child == null) {
                continue;
            }
            LocalDate due = steps.get(row.id()).dueDate();
            boolean stalled = EscalationRules.stalled(due, today);
            open.add(new OpenEscalation(
                    row.id(),
                    child.id(),
                    child.name(),
                    child.localReference(),
                    row.kind(),
                    row.about(),
                    row.level(),
                    roleAt(row.level()),
                    row.holder(),
                    row.raisedOn(),
                    due,
                    stalled,
                    stalled ? ladder.stalledVisibleTo(Math.min(row.level(), ladder.top())) : null));
        }
        open.sort(Comparator.comparing(OpenEscalation::stalled)
                .reversed()
                .thenComparing(OpenEscalation::raisedOn)
                .thenComparing(OpenEscalation::childName));
        return open;
    }

    private List<Escalation> of(ChildSummary child) {
        List<Row> rows = jdbc.sql(
                        "select * from escalation where child_id = :child order by raised_on desc, recorded_at")
                .param("child", child.id())
                .query(Escalations::row)
                .list();
        return rows.stream()
                .map(this::escalation)
                .sorted(Comparator.comparing(Escalation::open).reversed())
                .toList();
    }

    private Escalation find(ChildSummary child, UUID id) {
        return jdbc.sql("select * from escalation where id = :id and child_id = :child")
                .param("id", id)
                .param("child", child.id())
                .query(Escalations::row)
                .optional()
                .map(this::escalation)
                .orElseThrow(() -> new NotFoundException("No escalation " + id));
    }

    private Escalation escalation(Row row) {
        List<EscalationStep> steps = jdbc.sql("select * from escalation_step where escalation_id = :id order by level")
                .param("id", row.id())
                .query((rs, n) -> new EscalationStep(
                        rs.getObject("id", UUID.class),
                        rs.getInt("level"),
                        roleAt(rs.getInt("level")),
                        rs.getString("holder"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getString("outcome")))
                .list();
        LocalDate due = row.resolvedOn() != null
                ? null
                : dueItems.forRecord(row.id()).stream()
                        .filter(i -> i.rule().id().equals(RULE) && i.status() == DueItem.Status.OPEN)
                        .map(DueItem::dueDate)
                        .findFirst()
                        .orElse(null);
        boolean stalled = EscalationRules.stalled(due, today());
        int level = Math.min(row.level(), ladder.top());
        return new Escalation(
                row.id(),
                row.childId(),
                row.kind(),
                row.about(),
                row.raisedBy(),
                row.raisedOn(),
                row.level(),
                roleAt(row.level()),
                row.holder(),
                steps,
                row.resolvedOn(),
                row.resolution(),
                due,
                stalled,
                stalled ? ladder.stalledVisibleTo(level) : null,
                row.level() < ladder.top() ? ladder.roleAt(row.level() + 1) : null,
                row.version());
    }

    private static EscalationStep current(Escalation e) {
        if (!e.open()) {
            throw new InvalidRequestException(
                    Map.of("outcome", "It was resolved on " + e.resolvedOn() + ": it is closed"));
        }
        return e.steps().stream()
                .filter(EscalationStep::open)
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("An open escalation without an open step: " + e.id()));
    }

    private void startStep(ChildSummary child, UUID escalationId, int level, String holder, LocalDate on) {
        jdbc.sql("""
                        insert into escalation_step (id, escalation_id, level, holder, started_on, recorded_by)
                        values (:id, :escalation, :level, :holder, :on, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("escalation", escalationId)
                .param("level", level)
                .param("holder", holder)
                .param("on", on)
                .param("by", CurrentUser.require().username())
                .update();
        dueItems.triggered(
                new DueItems.Trigger(
                        STEP_STARTED,
                        child.serviceId(),
                        child.id(),
                        RECORD_TYPE,
                        escalationId,
                        CurrentUser.require().id()),
                on);
    }

    private void endStep(Escalation escalation, EscalationStep step, LocalDate on, String outcome) {
        jdbc.sql("update escalation_step set ended_on = :on, outcome = :outcome where id = :id")
                .param("on", on)
                .param("outcome", outcome)
                .param("id", step.id())
                .update();
        dueItems.fulfilled(escalation.id(), STEP_CONCLUDED, step.id(), on);
    }

    private String roleAt(int level) {
        // A ladder shortened by a later setting still names the levels escalations already reached.
        return level <= ladder.top() ? ladder.roleAt(level) : "Level " + level;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private record Row(
            UUID id,
            UUID childId,
            EscalationKind kind,
            String about,
            RaisingService raisedBy,
            LocalDate raisedOn,
            int level,
            String holder,
            LocalDate resolvedOn,
            String resolution,
            long version) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                EscalationKind.valueOf(rs.getString("kind")),
                rs.getString("about"),
                RaisingService.valueOf(rs.getString("raised_by")),
                rs.getObject("raised_on", LocalDate.class),
                rs.getInt("level"),
                rs.getString("holder"),
                rs.getObject("resolved_on", LocalDate.class),
                rs.getString("resolution"),
                rs.getLong("version"));
    }
}
