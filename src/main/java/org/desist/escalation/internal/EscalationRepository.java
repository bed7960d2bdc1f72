package org.desist.escalation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditTrail;
import org.desist.escalation.Escalation;
import org.desist.escalation.EscalationKind;
import org.desist.escalation.EscalationLadder;
import org.desist.escalation.EscalationStep;
import org.desist.escalation.Escalations;
import org.desist.escalation.RaisingService;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Escalations ({@code escalation}) with their steps ({@code escalation_step}), each step's role named by the
 * ladder (a ladder shortened by a later setting still names the levels escalations already reached). The
 * escalations as read have no step due date: the service adds it from the step's due item.
 */
@Repository
public class EscalationRepository {

    private final JdbcClient jdbc;
    private final EscalationLadder ladder;
    private final AuditTrail audit;

    EscalationRepository(JdbcClient jdbc, EscalationLadder ladder, AuditTrail audit) {
        this.jdbc = jdbc;
        this.ladder = ladder;
        this.audit = audit;
    }

    /** The child's escalations, latest raised first. */
    public List<Escalation> ofChild(UUID childId) {
        return withSteps(
                jdbc.sql("select * from escalation where child_id = :child order by raised_on desc, recorded_at")
                        .param("child", childId)
                        .query(EscalationRepository::row)
                        .list());
    }

    /** One escalation of the child. */
    public Optional<Escalation> find(UUID childId, UUID id) {
        return withSteps(jdbc.sql("select * from escalation where id = :id and child_id = :child")
                        .param("id", id)
                        .param("child", childId)
                        .query(EscalationRepository::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** Those of the escalations that are still open. */
    public List<Escalation> openAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withSteps(jdbc.sql("select * from escalation where id in (:ids) and resolved_on is null")
                .param("ids", ids)
                .query(EscalationRepository::row)
                .list());
    }

    /** A new escalation with its first step, as its change made it; the state as saved. */
    public Escalation insert(Change<Escalation> change, String recordedBy, Instant at) {
        Escalation e = change.after();
        jdbc.sql("""
                        insert into escalation (id, child_id, kind, about, raised_by, raised_on, level, holder,
                            recorded_at, recorded_by)
                        values (:id, :child, :kind, :about, :raisedBy, :raisedOn, :level, :holder, :at, :by)
                        """)
                .param("id", e.id())
                .param("child", e.childId())
                .param("kind", e.kind().name())
                .param("about", e.about())
                .param("raisedBy", e.raisedBy().name())
                .param("raisedOn", e.raisedOn())
                .param("level", e.level())
                .param("holder", e.holder())
                .param("at", Timestamp.from(at))
                .param("by", recordedBy)
                .update();
        e.steps().forEach(step -> insert(e.id(), step, recordedBy));
        return find(e.childId(), e.id()).orElseThrow();
    }

    /** The escalation's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc, "escalation", id, version, () -> audit.staleRecord(Escalations.RECORD_TYPE, id, version));
    }

    /**
     * The one versioned update of an escalation (its level, holder and resolution), from the version it was read
     * at; then the steps the change ended and started. Returns the state as saved.
     */
    public Escalation save(Change<Escalation> change, String recordedBy) {
        Escalation e = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update escalation set level = :level, holder = :holder, resolved_on = :resolvedOn,
                               resolution = :resolution, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("level", e.level())
                .param("holder", e.holder())
                .param("resolvedOn", e.resolvedOn())
                .param("resolution", e.resolution())
                .param("id", e.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(Escalations.RECORD_TYPE, e.id(), version));
        Set<UUID> before =
                change.before().steps().stream().map(EscalationStep::id).collect(Collectors.toSet());
        for (EscalationStep step : e.steps()) {
            if (!before.contains(step.id())) {
                insert(e.id(), step, recordedBy);
            } else if (!step.open()) {
                jdbc.sql("""
                                update escalation_step set ended_on = :on, outcome = :outcome
                                 where id = :id and ended_on is null
                                """)
                        .param("on", step.endedOn())
                        .param("outcome", step.outcome())
                        .param("id", step.id())
                        .update();
            }
        }
        return find(e.childId(), e.id()).orElseThrow();
    }

    private void insert(UUID escalationId, EscalationStep step, String recordedBy) {
        jdbc.sql("""
                        insert into escalation_step (id, escalation_id, level, holder, started_on, ended_on, outcome,
                            recorded_by)
                        values (:id, :escalation, :level, :holder, :on, :endedOn, :outcome, :by)
                        """)
                .param("id", step.id())
                .param("escalation", escalationId)
                .param("level", step.level())
                .param("holder", step.holder())
                .param("on", step.startedOn())
                .param("endedOn", step.endedOn())
                .param("outcome", step.outcome())
                .param("by", recordedBy)
                .update();
    }

    private List<Escalation> withSteps(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EscalationStep>> steps = new LinkedHashMap<>();
        jdbc.sql("select * from escalation_step where escalation_id in (:ids) order by level")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> {
                    int level = rs.getInt("level");
                    steps.computeIfAbsent(rs.getObject("escalation_id", UUID.class), k -> new ArrayList<>())
                            .add(new EscalationStep(
                                    rs.getObject("id", UUID.class),
                                    level,
                                    roleAt(level),
                                    rs.getString("holder"),
                                    rs.getObject("started_on", LocalDate.class),
                                    rs.getObject("ended_on", LocalDate.class),
                                    rs.getString("outcome")));
                    return level;
                })
                .list();
        List<Escalation> escalations = new ArrayList<>();
        for (Row row : rows) {
            List<EscalationStep> own = steps.getOrDefault(row.id(), List.of());
            escalations.add(new Escalation(
                    row.id(),
                    row.childId(),
                    row.kind(),
                    row.about(),
                    row.raisedBy(),
                    row.raisedOn(),
                    row.level(),
                    roleAt(row.level()),
                    row.holder(),
                    List.copyOf(own),
                    row.resolvedOn(),
                    row.resolution(),
                    null,
                    false,
                    null,
                    row.level() < ladder.top() ? ladder.roleAt(row.level() + 1) : null,
                    row.version()));
        }
        return escalations;
    }

    private String roleAt(int level) {
        return level <= ladder.top() ? ladder.roleAt(level) : "Level " + level;
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
