package org.desist.jointworking.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.jointworking.JointDuties.DoneRecord;
import org.desist.jointworking.JointDuties.Duty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each joint-protocol duty done ({@code joint_duty_record}): recorded once, never edited. */
@Repository
public class JointDutyRecordRepository {

    private final JdbcClient jdbc;

    JointDutyRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's duties done, by the due item each met. */
    public Map<UUID, DoneRecord> doneByDueItem(UUID childId) {
        return jdbc
                .sql("select * from joint_duty_record where child_id = :child")
                .param("child", childId)
                .query((rs, n) -> Map.entry(rs.getObject("due_item_id", UUID.class), record(rs)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
    }

    /** The duty done, meeting its due item ({@code interventionId}: the intervention that raised it, if one did). */
    public void insert(UUID childId, UUID interventionId, Duty duty, DoneRecord done) {
        jdbc.sql("""
                        insert into joint_duty_record (id, child_id, intervention_id, trigger_record_id, due_item_id, duty,
                            done_on, done_by, how, checklist, signed_off_on, social_worker_at_court, agency,
                            qualified_social_worker, iro_told_on, no_allocated_social_worker, recorded_at, recorded_by)
                        values (:id, :child, :intervention, :trigger, :item, :duty, :on, :doneBy, :how, :checklist,
                            :signedOff, :atCourt, :agency, :qualified, :iroTold, :unallocated, now(), :by)
                        """)
                .param("id", done.id())
                .param("child", childId)
                .param("intervention", interventionId)
                .param("trigger", duty.item().triggerRecordId())
                .param("agency", done.agency())
                .param("qualified", done.qualifiedSocialWorker())
                .param("iroTold", done.iroToldOn())
                .param("unallocated", done.noAllocatedSocialWorker())
                .param("item", duty.item().id())
                .param("duty", duty.duty().name())
                .param("on", done.doneOn())
                .param("doneBy", done.doneBy())
                .param("how", done.how())
                .param("checklist", done.checklist().toArray(String[]::new))
                .param("signedOff", done.signedOffOn())
                .param("atCourt", done.socialWorkerAtCourt())
                .param("by", done.recordedBy())
                .update();
    }

    private static DoneRecord record(ResultSet rs) throws SQLException {
        Array checklist = rs.getArray("checklist");
        return new DoneRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("done_by"),
                rs.getString("how"),
                checklist == null ? List.of() : Arrays.asList((String[]) checklist.getArray()),
                rs.getObject("signed_off_on", LocalDate.class),
                rs.getBoolean("social_worker_at_court"),
                rs.getString("recorded_by"),
                rs.getString("agency"),
                rs.getObject("qualified_social_worker", Boolean.class),
                rs.getObject("iro_told_on", LocalDate.class),
                rs.getBoolean("no_allocated_social_worker"));
    }
}
