package org.desist.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.desist.programme.Attendance;
import org.desist.programme.Completion;
import org.desist.programme.Delivery;
import org.desist.programme.Enrolment;
import org.desist.programme.ProgrammeSession;
import org.desist.programme.ProgrammeTopic;
import org.desist.programme.Programmes;
import org.desist.programme.SessionCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the SQL of enrolments on programmes and their sessions (tables programme_enrolment, programme_session). */
@Repository
public class EnrolmentRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    EnrolmentRepository(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The intervention the enrolment belongs to, if there is one. */
    public Optional<UUID> interventionOf(UUID enrolmentId) {
        return jdbc.sql("select intervention_id from programme_enrolment where id = :id")
                .param("id", enrolmentId)
                .query(UUID.class)
                .optional();
    }

    public Optional<Enrolment> find(UUID interventionId, UUID enrolmentId) {
        return ofIntervention(interventionId).stream()
                .filter(e -> e.id().equals(enrolmentId))
                .findFirst();
    }

    /** The intervention's enrolments, ongoing first, then latest start first; each with its sessions, oldest first. */
    public List<Enrolment> ofIntervention(UUID interventionId) {
        Map<UUID, List<ProgrammeSession>> sessions = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.* from programme_session s join programme_enrolment e on e.id = s.enrolment_id
                         where e.intervention_id = :id order by s.session_date, s.recorded_at
                        """)
                .param("id", interventionId)
                .query((rs, n) -> {
                    sessions.computeIfAbsent(rs.getObject("enrolment_id", UUID.class), k -> new ArrayList<>())
                            .add(new ProgrammeSession(
                                    rs.getObject("id", UUID.class),
                                    rs.getObject("session_date", java.time.LocalDate.class),
                                    Attendance.valueOf(rs.getString("attendance")),
                                    rs.getString("notes"),
                                    rs.getString("recorded_by")));
                    return null;
                })
                .list();
        return jdbc
                .sql("""
                        select e.*, p.name, p.topic, p.delivery, p.sessions_planned
                          from programme_enrolment e join programme p on p.id = e.programme_id
                         where e.intervention_id = :id
                        """)
                .param("id", interventionId)
                .query((rs, n) -> enrolment(rs, sessions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list()
                .stream()
                .sorted(Comparator.comparing((Enrolment e) -> !e.ongoing())
                        .thenComparing(Enrolment::startDate, Comparator.reverseOrder()))
                .toList();
    }

    /** A new enrolment, as its change made it; the state as saved. */
    public Enrolment insert(Change<Enrolment> change) {
        Enrolment e = change.after();
        jdbc.sql("""
                        insert into programme_enrolment (id, intervention_id, programme_id, start_date, delivered_by,
                            created_by)
                        values (:id, :intervention, :programme, :start, :by, :createdBy)
                        """)
                .param("id", e.id())
                .param("intervention", e.interventionId())
                .param("programme", e.programmeId())
                .param("start", e.startDate())
                .param("by", e.deliveredBy())
                .param("createdBy", e.enrolledBy())
                .update();
        return find(e.interventionId(), e.id()).orElseThrow();
    }

    /** A session of the enrolment, as its change made it. */
    public ProgrammeSession insertSession(UUID enrolmentId, Change<ProgrammeSession> change) {
        ProgrammeSession s = change.after();
        jdbc.sql("""
                        insert into programme_session (id, enrolment_id, session_date, attendance, notes, recorded_by)
                        values (:id, :enrolment, :date, :attendance, :notes, :by)
                        """)
                .param("id", s.id())
                .param("enrolment", enrolmentId)
                .param("date", s.date())
                .param("attendance", s.attendance().name())
                .param("notes", s.notes())
                .param("by", s.recordedBy())
                .update();
        return s;
    }

    /** The enrolment's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID enrolmentId, long version) {
        VersionedUpdate.lock(
                jdbc,
                "programme_enrolment",
                enrolmentId,
                version,
                () -> audit.staleRecord(Programmes.ENROLMENT, enrolmentId, version));
    }

    /** The one versioned update of an enrolment: how it ended. Returns the state as saved. */
    public Enrolment save(Change<Enrolment> change) {
        Enrolment e = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update programme_enrolment set completion = :completion, completed_on = :on,
                               not_completed_reason = :reason, completed_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param(
                        "completion",
                        e.completion() == null ? null : e.completion().name())
                .param("on", e.completedOn())
                .param("reason", e.notCompletedReason())
                .param("by", e.completedBy())
                .param("id", e.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(Programmes.ENROLMENT, e.id(), version));
        return find(e.interventionId(), e.id()).orElseThrow();
    }

    private static Enrolment enrolment(ResultSet rs, List<ProgrammeSession> sessions) throws SQLException {
        String completion = rs.getString("completion");
        int planned = rs.getInt("sessions_planned");
        return new Enrolment(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getString("name"),
                ProgrammeTopic.valueOf(rs.getString("topic")),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getObject("start_date", java.time.LocalDate.class),
                rs.getString("delivered_by"),
                completion == null ? null : Completion.valueOf(completion),
                rs.getObject("completed_on", java.time.LocalDate.class),
                rs.getString("not_completed_reason"),
                List.copyOf(sessions),
                SessionCounts.of(
                        sessions.stream().map(ProgrammeSession::attendance).toList(), planned),
                rs.getString("created_by"),
                rs.getString("completed_by"),
                rs.getLong("version"));
    }
}
