package org.desist.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.review.TriggerKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The child's reviews (plan changed or not) and what called for them, for the chronology. */
@Component
class ReviewChronology implements ChronologySource {

    private static final int DETAIL = 200;

    private final JdbcClient jdbc;

    ReviewChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        List<ChronologyEntry> entries = new ArrayList<>();
        entries.addAll(jdbc.sql("select * from review where child_id = :child order by reviewed_on")
                .param("child", childId)
                .query((rs, n) -> {
                    boolean changed = rs.getBoolean("plan_changed");
                    return new ChronologyEntry(
                            rs.getObject("reviewed_on", LocalDate.class),
                            ChronologyType.REVIEW,
                            changed ? "Review: plan changed" : "Review: plan not changed",
                            shortened(changed ? rs.getString("plan_change") : rs.getString("plan_unchanged_reason")),
                            rs.getString("recorded_by"),
                            "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/reviews",
                            rs.getObject("id", UUID.class));
                })
                .list());
        entries.addAll(jdbc.sql("select * from review_trigger where child_id = :child order by occurred_on")
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("occurred_on", LocalDate.class),
                        ChronologyType.REVIEW,
                        "Review needed: "
                                + TriggerKind.valueOf(rs.getString("kind"))
                                        .label()
                                        .toLowerCase(java.util.Locale.UK),
                        shortened(rs.getString("reason")),
                        rs.getString("raised_by"),
                        "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/reviews",
                        rs.getObject("id", UUID.class)))
                .list());
        return entries;
    }

    private static String shortened(String text) {
        if (text == null || text.length() <= DETAIL) {
            return text;
        }
        return text.substring(0, DETAIL - 1) + "…";
    }
}
