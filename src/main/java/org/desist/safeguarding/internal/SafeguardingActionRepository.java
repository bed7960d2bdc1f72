package org.desist.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.safeguarding.SafeguardingAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The actions agreed by the child's referrals, VMPs and meetings ({@code safeguarding_action}). */
@Repository
public class SafeguardingActionRepository {

    private final JdbcClient jdbc;

    SafeguardingActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's actions by the record that agreed them, each record's in due order. */
    public Map<UUID, List<SafeguardingAction>> ofChild(UUID childId) {
        Map<UUID, List<SafeguardingAction>> byRecord = new LinkedHashMap<>();
        jdbc.sql("select * from safeguarding_action where child_id = :child order by due_on, recorded_at")
                .param("child", childId)
                .query(SafeguardingActionRepository::action)
                .list()
                .forEach(a -> byRecord.computeIfAbsent(a.recordId(), k -> new ArrayList<>())
                        .add(a));
        return byRecord;
    }

    /** The actions one record agreed, in due order. */
    public List<SafeguardingAction> ofRecord(UUID recordId) {
        return jdbc.sql("select * from safeguarding_action where record_id = :record order by due_on, recorded_at")
                .param("record", recordId)
                .query(SafeguardingActionRepository::action)
                .list();
    }

    /** A new action of the child, as its change made it. */
    public SafeguardingAction insert(UUID childId, Change<SafeguardingAction> change, String recordedBy) {
        SafeguardingAction a = change.after();
        jdbc.sql("""
                        insert into safeguarding_action (id, child_id, record_type, record_id, action, owner_agency,
                            due_on, recorded_by)
                        values (:id, :child, :type, :record, :action, :agency, :due, :by)
                        """)
                .param("id", a.id())
                .param("child", childId)
                .param("type", a.recordType())
                .param("record", a.recordId())
                .param("action", a.action())
                .param("agency", a.ownerAgency())
                .param("due", a.dueOn())
                .param("by", recordedBy)
                .update();
        return a;
    }

    /**
     * Whether the record an action would belong to is the child's: a risk panel referral, a VMP or a multi-agency
     * meeting ({@code recordType} as the action stores it); false for any other type.
     */
    public boolean isRecordOf(String recordType, UUID recordId, UUID childId) {
        String table = switch (recordType == null ? "" : recordType) {
            case "RISK_PANEL_REFERRAL" -> "risk_panel_referral";
            case "VULNERABILITY_MANAGEMENT_PLAN" -> "vulnerability_management_plan";
            case "MULTI_AGENCY_MEETING" -> "multi_agency_meeting";
            default -> null;
        };
        if (table == null || recordId == null) {
            return false;
        }
        return jdbc.sql("select count(*) from " + table + " where id = :id and child_id = :child")
                        .param("id", recordId)
                        .param("child", childId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static SafeguardingAction action(ResultSet rs, int n) throws SQLException {
        return new SafeguardingAction(
                rs.getObject("id", UUID.class),
                rs.getString("record_type"),
                rs.getObject("record_id", UUID.class),
                rs.getString("action"),
                rs.getString("owner_agency"),
                rs.getObject("due_on", LocalDate.class));
    }
}
