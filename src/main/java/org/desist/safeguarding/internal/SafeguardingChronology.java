package org.desist.safeguarding.internal;

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

/**
 * The child's risk panel referrals and panels, multi-agency meetings (PANEL), VMPs, MAPPA decisions and child
 * protection concerns (SAFEGUARDING), for the chronology. Called once the child is visible to the user.
 */
@Component
class SafeguardingChronology implements ChronologySource {

    private final JdbcClient jdbc;

    SafeguardingChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        String href = "/children/" + childId + "/safeguarding";
        List<ChronologyEntry> entries = new ArrayList<>();
        jdbc.sql("select * from risk_panel_referral where child_id = :child")
                .param("child", childId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String by = rs.getString("recorded_by");
                    entries.add(new ChronologyEntry(
                            rs.getObject("referred_on", LocalDate.class),
                            ChronologyType.PANEL,
                            "Referred to the risk panel",
                            rs.getString("reason"),
                            by,
                            href + "#referral-" + id,
                            id));
                    LocalDate panel = rs.getObject("panel_date", LocalDate.class);
                    if (panel != null) {
                        entries.add(new ChronologyEntry(
                                panel,
                                ChronologyType.PANEL,
                                "Risk panel held",
                                rs.getString("decisions"),
                                by,
                                href + "#referral-" + id,
                                id));
                    }
                    return id;
                })
                .list();
        jdbc.sql("select * from multi_agency_meeting where child_id = :child")
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("held_on", LocalDate.class),
                        ChronologyType.PANEL,
                        org.desist.safeguarding.MeetingType.valueOf(rs.getString("type"))
                                .label(),
                        org.desist.safeguarding.YosAttendance.valueOf(rs.getString("attendance"))
                                .label(),
                        rs.getString("recorded_by"),
                        href + "#meeting-" + rs.getObject("id", UUID.class),
                        rs.getObject("id", UUID.class)))
                .list()
                .forEach(entries::add);
        jdbc.sql("select * from vulnerability_management_plan where child_id = :child")
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("plan_date", LocalDate.class),
                        ChronologyType.SAFEGUARDING,
                        "Vulnerability management plan",
                        "Review by " + rs.getObject("review_on", LocalDate.class),
                        rs.getString("recorded_by"),
                        href + "#plan-" + rs.getObject("id", UUID.class),
                        rs.getObject("id", UUID.class)))
                .list()
                .forEach(entries::add);
        jdbc.sql("select * from mappa_management where child_id = :child")
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("decided_on", LocalDate.class),
                        ChronologyType.SAFEGUARDING,
                        "MAPPA level " + rs.getInt("level") + ", category " + rs.getInt("category"),
                        "Review by " + rs.getObject("review_on", LocalDate.class),
                        rs.getString("recorded_by"),
                        href + "#mappa",
                        rs.getObject("id", UUID.class)))
                .list()
                .forEach(entries::add);
        jdbc.sql("select * from child_protection_concern where child_id = :child")
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("identified_on", LocalDate.class),
                        ChronologyType.SAFEGUARDING,
                        "Child protection concern",
                        rs.getString("concern"),
                        rs.getString("recorded_by"),
                        href + "#concern-" + rs.getObject("id", UUID.class),
                        rs.getObject("id", UUID.class)))
                .list()
                .forEach(entries::add);
        return entries;
    }
}
