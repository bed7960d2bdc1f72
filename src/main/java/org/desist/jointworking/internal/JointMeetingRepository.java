package org.desist.jointworking.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.jointworking.SharedCaseMeeting;
import org.desist.jointworking.SharedCaseNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The joint home visits ({@code joint_home_visit}), joint meetings before closure ({@code joint_closure_meeting})
 * and the other service told of a change of worker ({@code shared_case_notification}): recorded once, never edited.
 */
@Repository
public class JointMeetingRepository {

    private final JdbcClient jdbc;

    JointMeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SharedCaseMeeting> homeVisits(UUID childId) {
        return meetings(
                "select *, null as intervention_id, visited_on as met_on, note as outcome"
                        + " from joint_home_visit where child_id = :c order by visited_on desc",
                childId);
    }

    public List<SharedCaseMeeting> closureMeetings(UUID childId) {
        return meetings(
                "select *, attendees as yos_attendees, null as social_care_attendees from joint_closure_meeting"
                        + " where child_id = :c order by met_on desc",
                childId);
    }

    public void insert(SharedCaseMeeting m) {
        if (m.closureMeeting()) {
            jdbc.sql("""
                            insert into joint_closure_meeting (id, child_id, intervention_id, met_on, attendees,
                                outcome, recorded_at, recorded_by)
                            values (:id, :child, :i, :on, :attendees, :outcome, now(), :by)
                            """)
                    .param("id", m.id())
                    .param("child", m.childId())
                    .param("i", m.interventionId())
                    .param("on", m.on())
                    .param("attendees", m.yosAttendees())
                    .param("outcome", m.note())
                    .param("by", m.recordedBy())
                    .update();
        } else {
            jdbc.sql("""
                            insert into joint_home_visit (id, child_id, visited_on, yos_attendees,
                                social_care_attendees, note, recorded_at, recorded_by)
                            values (:id, :child, :on, :yos, :csc, :note, now(), :by)
                            """)
                    .param("id", m.id())
                    .param("child", m.childId())
                    .param("on", m.on())
                    .param("yos", m.yosAttendees())
                    .param("csc", m.socialCareAttendees())
                    .param("note", m.note())
                    .param("by", m.recordedBy())
                    .update();
        }
    }

    /** How each of the child's "tell the other service" items was met, by due item: "Told … on …: how". */
    public Map<UUID, String> toldByDueItem(UUID childId) {
        return jdbc
                .sql("select * from shared_case_notification where child_id = :c")
                .param("c", childId)
                .query((rs, n) -> Map.entry(
                        rs.getObject("due_item_id", UUID.class),
                        "Told " + rs.getString("told_whom") + " on " + rs.getObject("told_on", LocalDate.class) + ": "
                                + rs.getString("how")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
    }

    public void insert(SharedCaseNotification t) {
        jdbc.sql("""
                        insert into shared_case_notification (id, child_id, due_item_id, told_on, told_whom, how,
                            recorded_at, recorded_by)
                        values (:id, :child, :item, :on, :whom, :how, now(), :by)
                        """)
                .param("id", t.id())
                .param("child", t.childId())
                .param("item", t.dueItemId())
                .param("on", t.on())
                .param("whom", t.whom())
                .param("how", t.how())
                .param("by", t.recordedBy())
                .update();
    }

    private List<SharedCaseMeeting> meetings(String sql, UUID childId) {
        return jdbc.sql(sql)
                .param("c", childId)
                .query((rs, n) -> new SharedCaseMeeting(
                        rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        rs.getObject("intervention_id", UUID.class),
                        rs.getObject("met_on", LocalDate.class),
                        rs.getString("yos_attendees"),
                        rs.getString("social_care_attendees"),
                        rs.getString("outcome"),
                        rs.getString("recorded_by")))
                .list();
    }
}
