package org.desist.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's plans in the chronology: each plan agreed, each plan superseded, each action done or stopped.
 * Victims' needs and protection are never part of an entry.
 */
@Component
class PlanChronology implements ChronologySource {

    private final JdbcClient jdbc;

    PlanChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        List<ChronologyEntry> entries = new ArrayList<>();
        jdbc.sql("""
                        select id, agreed_on, agreed_by, child_involved, parents_involved, agreement_recorded_by,
                               superseded_on
                          from plan where child_id = :child and agreed_on is not null
                        """).param("child", childId).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            String href = "/plans/" + id;
            String by = rs.getString("agreement_recorded_by");
            entries.add(new ChronologyEntry(
                    rs.getObject("agreed_on", LocalDate.class),
                    ChronologyType.PLAN,
                    "Plan agreed",
                    "Agreed by " + rs.getString("agreed_by") + "; the child involved: "
                            + yesNo(rs.getBoolean("child_involved")) + "; parents or carers involved: "
                            + yesNo(rs.getBoolean("parents_involved")),
                    by,
                    href,
                    id));
            LocalDate superseded = rs.getObject("superseded_on", LocalDate.class);
            if (superseded != null) {
                entries.add(new ChronologyEntry(
                        superseded,
                        ChronologyType.PLAN,
                        "Plan superseded",
                        "Replaced by the plan agreed that day",
                        by,
                        href,
                        id));
            }
        });
        jdbc.sql("""
                        select id, plan_id, description, status, stopped_reason, status_changed_on, status_changed_by
                          from plan_action
                         where child_id = :child and status in ('DONE', 'STOPPED') and status_changed_on is not null
                        """).param("child", childId).query(rs -> {
            boolean done = "DONE".equals(rs.getString("status"));
            entries.add(new ChronologyEntry(
                    rs.getObject("status_changed_on", LocalDate.class),
                    ChronologyType.PLAN,
                    done ? "Plan action done" : "Plan action stopped",
                    done
                            ? rs.getString("description")
                            : rs.getString("description") + " (stopped: " + rs.getString("stopped_reason") + ")",
                    rs.getString("status_changed_by"),
                    "/plans/" + rs.getObject("plan_id", UUID.class),
                    rs.getObject("id", UUID.class)));
        });
        return entries;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
