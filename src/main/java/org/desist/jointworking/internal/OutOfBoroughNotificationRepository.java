package org.desist.jointworking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.jointworking.OutOfBoroughRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notifications of offending by a child placed out of borough ({@code out_of_borough_notification}): recorded
 * once, never edited.
 */
@Repository
public class OutOfBoroughNotificationRepository {

    private final JdbcClient jdbc;

    OutOfBoroughNotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification as stored: what the YOS was told, and who recorded it. */
    public record Stored(UUID id, UUID childId, OutOfBoroughRules.Notification notification, String recordedBy) {}

    public void insert(Stored n, Instant at) {
        jdbc.sql("""
                        insert into out_of_borough_notification (id, child_id, knew_on, notified_on, notified_by,
                            what_was_said, psr_needed, recorded_at, recorded_by)
                        values (:id, :child, :knew, :notified, :notifiedBy, :said, :psr, :at, :by)
                        """)
                .param("id", n.id())
                .param("child", n.childId())
                .param("knew", n.notification().knewOn())
                .param("notified", n.notification().notifiedOn())
                .param("notifiedBy", n.notification().notifiedBy())
                .param("said", n.notification().whatWasSaid())
                .param("psr", n.notification().psrNeeded())
                .param("at", Timestamp.from(at))
                .param("by", n.recordedBy())
                .update();
    }

    /** The child's notifications, latest told first. */
    public List<Stored> ofChild(UUID childId) {
        return jdbc.sql("select * from out_of_borough_notification where child_id = :child order by notified_on desc")
                .param("child", childId)
                .query((rs, row) -> new Stored(
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

    /** The children with any notification (they are few: children placed out of borough who offend there). */
    public List<UUID> childrenNotified() {
        return jdbc.sql("select distinct child_id from out_of_borough_notification")
                .query(UUID.class)
                .list();
    }
}
