package org.desist.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.safeguarding.CalledBy;
import org.desist.safeguarding.MeetingType;
import org.desist.safeguarding.MultiAgencyMeeting;
import org.desist.safeguarding.SafeguardingAction;
import org.desist.safeguarding.YosAttendance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The child's multi-agency meetings ({@code multi_agency_meeting}) with the actions each agreed. */
@Repository
public class MeetingRepository {

    private final JdbcClient jdbc;
    private final SafeguardingActionRepository actions;

    MeetingRepository(JdbcClient jdbc, SafeguardingActionRepository actions) {
        this.jdbc = jdbc;
        this.actions = actions;
    }

    /** The child's meetings, latest first, with their actions (the child's, by record). */
    public List<MultiAgencyMeeting> ofChild(UUID childId, Map<UUID, List<SafeguardingAction>> actionsByRecord) {
        return jdbc.sql(
                        "select * from multi_agency_meeting where child_id = :child order by held_on desc, recorded_at desc")
                .param("child", childId)
                .query((rs, n) -> meeting(rs, actionsByRecord.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    /** A new meeting, as its change made it; the state as saved. */
    public MultiAgencyMeeting insert(Change<MultiAgencyMeeting> change) {
        MultiAgencyMeeting m = change.after();
        jdbc.sql("""
                        insert into multi_agency_meeting (id, child_id, type, held_on, called_by, called_by_other,
                            attendance, not_represented_reason, decisions, recorded_by)
                        values (:id, :child, :type, :on, :calledBy, :other, :attendance, :reason, :decisions, :by)
                        """)
                .param("id", m.id())
                .param("child", m.childId())
                .param("type", m.type().name())
                .param("on", m.heldOn())
                .param("calledBy", m.calledBy().name())
                .param("other", m.calledByOther())
                .param("attendance", m.attendance().name())
                .param("reason", m.notRepresentedReason())
                .param("decisions", m.decisions())
                .param("by", m.recordedBy())
                .update();
        return jdbc.sql("select * from multi_agency_meeting where id = :id")
                .param("id", m.id())
                .query((rs, n) -> meeting(rs, actions.ofRecord(m.id())))
                .single();
    }

    private static MultiAgencyMeeting meeting(ResultSet rs, List<SafeguardingAction> actions) throws SQLException {
        return new MultiAgencyMeeting(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                MeetingType.valueOf(rs.getString("type")),
                rs.getObject("held_on", LocalDate.class),
                CalledBy.valueOf(rs.getString("called_by")),
                rs.getString("called_by_other"),
                YosAttendance.valueOf(rs.getString("attendance")),
                rs.getString("not_represented_reason"),
                rs.getString("decisions"),
                rs.getString("recorded_by"),
                actions);
    }
}
