package org.desist.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItemRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The due items' reads ({@code due_item}): a child's, a record's, a person's or a service's open items, and the
 * row mapping {@link JdbcDueItems} shares for the items it changes. No transaction of its own: the caller's.
 */
@Component
class DueItemLists {

    private final JdbcClient jdbc;
    private final DueItemRules rules;

    DueItemLists(JdbcClient jdbc, DueItemRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    List<DueItem> forChild(UUID childId) {
        return jdbc.sql("select * from due_item where child_id = :child order by due_date, rule_id")
                .param("child", childId)
                .query(this::item)
                .list();
    }

    List<DueItem> forRecord(UUID triggerRecordId) {
        return jdbc.sql("select * from due_item where trigger_record_id = :record order by due_date, rule_id")
                .param("record", triggerRecordId)
                .query(this::item)
                .list();
    }

    List<DueItem> openFor(UUID ownerId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select * from due_item where status = 'OPEN' and owner_id = :owner and service_id in (:services)"
                                + " order by due_date, rule_id")
                .param("owner", ownerId)
                .param("services", serviceIds)
                .query(this::item)
                .list();
    }

    List<DueItem> openIn(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from due_item where status = 'OPEN' and service_id in (:services)"
                        + " order by due_date, rule_id")
                .param("services", serviceIds)
                .query(this::item)
                .list();
    }

    List<DueItem> ofRulesIn(Collection<UUID> serviceIds, Collection<String> ruleIds, LocalDate dueFrom) {
        if (serviceIds.isEmpty() || ruleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from due_item where service_id in (:services) and rule_id in (:rules)"
                        + " and due_date >= :from order by due_date, rule_id")
                .param("services", serviceIds)
                .param("rules", ruleIds)
                .param("from", dueFrom)
                .query(this::item)
                .list();
    }

    Set<UUID> childrenWithItemsOf(Collection<UUID> childIds, Collection<String> ruleIds) {
        if (childIds.isEmpty() || ruleIds.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("select distinct child_id from due_item where child_id in (:children) and rule_id in (:rules)")
                        .param("children", childIds)
                        .param("rules", ruleIds)
                        .query(UUID.class)
                        .list());
    }

    List<DueItem> openByTrigger(UUID triggerRecordId) {
        return jdbc.sql(
                        "select * from due_item where trigger_record_id = :record and status = 'OPEN' order by due_date")
                .param("record", triggerRecordId)
                .query(this::item)
                .list();
    }

    DueItem find(UUID id) {
        return jdbc.sql("select * from due_item where id = :id")
                .param("id", id)
                .query(this::item)
                .single();
    }

    DueItem item(ResultSet rs, int row) throws SQLException {
        String ruleId = rs.getString("rule_id");
        return new DueItem(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rules.byId(ruleId).orElseThrow(() -> new IllegalStateException("Unknown due-item rule " + ruleId)),
                rs.getString("trigger_record_type"),
                rs.getObject("trigger_record_id", UUID.class),
                rs.getObject("trigger_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getString("due_date_reason"),
                DueItem.Status.valueOf(rs.getString("status")),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("met_on", LocalDate.class),
                rs.getString("cancelled_reason"),
                rs.getLong("version"));
    }
}
