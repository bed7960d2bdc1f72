package org.desist.jointworking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.jointworking.LookedAfterEvent;
import org.desist.jointworking.LookedAfterRecords.PermissionRecord;
import org.desist.jointworking.LookedAfterRecords.RecordedEvent;
import org.desist.jointworking.StayingLookedAfterRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The events of children's looked-after histories ({@code looked_after_event}) and the head of service's
 * permissions to stay looked after at the end of a remand ({@code remand_end_permission}).
 */
@Repository
public class LookedAfterEventRepository {

    private final JdbcClient jdbc;

    LookedAfterEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's events, in the order they happened. */
    public List<RecordedEvent> ofChild(UUID childId) {
        return jdbc.sql("select * from looked_after_event where child_id = :child order by occurred_on, recorded_at")
                .param("child", childId)
                .query(LookedAfterEventRepository::recorded)
                .list();
    }

    public List<RecordedEvent> ofIntervention(UUID interventionId) {
        return jdbc.sql("select * from looked_after_event where intervention_id = :i")
                .param("i", interventionId)
                .query(LookedAfterEventRepository::recorded)
                .list();
    }

    public Optional<RecordedEvent> ofIntervention(UUID interventionId, LookedAfterEvent.Kind kind) {
        return jdbc.sql("select * from looked_after_event where intervention_id = :i and kind = :k")
                .param("i", interventionId)
                .param("k", kind.name())
                .query(LookedAfterEventRepository::recorded)
                .optional();
    }

    public UUID childOf(UUID eventId) {
        return jdbc.sql("select child_id from looked_after_event where id = :id")
                .param("id", eventId)
                .query(UUID.class)
                .single();
    }

    public void insert(UUID childId, RecordedEvent e, Instant at) {
        jdbc.sql("""
                        insert into looked_after_event (id, child_id, kind, occurred_on, note, source, intervention_id,
                            recorded_at, recorded_by)
                        values (:id, :child, :kind, :on, :note, :source, :intervention, :at, :by)
                        """)
                .param("id", e.id())
                .param("child", childId)
                .param("kind", e.event().kind().name())
                .param("on", e.event().on())
                .param("note", e.note())
                .param("source", e.source())
                .param("intervention", e.interventionId())
                .param("at", Timestamp.from(at))
                .param("by", e.recordedBy())
                .update();
    }

    /** The event's date moves with the intervention's corrected start (an unversioned row). */
    public void moveTo(UUID eventId, LocalDate on) {
        jdbc.sql("update looked_after_event set occurred_on = :on where id = :id")
                .param("on", on)
                .param("id", eventId)
                .update();
    }

    public List<PermissionRecord> permissions(UUID childId) {
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

    public void insert(UUID childId, PermissionRecord r, Instant at) {
        StayingLookedAfterRules.Permission p = r.permission();
        jdbc.sql("""
                        insert into remand_end_permission (id, child_id, looked_after_event_id, remand_ended_on,
                            head_of_service, permission_on, assessed_on, iro_name, iro_opinion_on, iro_opinion,
                            recorded_at, recorded_by)
                        values (:id, :child, :event, :ended, :hos, :permission, :assessed, :iro, :iroOn, :opinion,
                            :at, :by)
                        """)
                .param("id", r.id())
                .param("child", childId)
                .param("event", r.eventId())
                .param("ended", p.remandEndedOn())
                .param("hos", p.headOfService())
                .param("permission", p.permissionOn())
                .param("assessed", p.assessedOn())
                .param("iro", p.iroName())
                .param("iroOn", p.iroOpinionOn())
                .param("opinion", p.iroOpinion())
                .param("at", Timestamp.from(at))
                .param("by", r.recordedBy())
                .update();
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
}
