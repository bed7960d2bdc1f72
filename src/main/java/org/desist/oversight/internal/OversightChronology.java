package org.desist.oversight.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.oversight.Judgement;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The child's management oversight, for the chronology: when, the judgement, the direction given, by whom. */
@Component
class OversightChronology implements ChronologySource {

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

    private final JdbcClient jdbc;
    private final Directory directory;

    OversightChronology(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        return jdbc.sql("""
                        select id, intervention_id, recorded_on, manager_id, judgement, direction, next_due
                          from oversight where child_id = :child order by recorded_on, recorded_at
                        """)
                .param("child", childId)
                .query((rs, n) -> {
                    Judgement judgement = Judgement.valueOf(rs.getString("judgement"));
                    String direction = rs.getString("direction");
                    LocalDate next = rs.getObject("next_due", LocalDate.class);
                    return new ChronologyEntry(
                            rs.getObject("recorded_on", LocalDate.class),
                            ChronologyType.OVERSIGHT,
                            "Management oversight: " + judgement.label().toLowerCase(),
                            direction != null ? direction : "Next oversight due " + DATE.format(next),
                            directory
                                    .staffMember(rs.getObject("manager_id", UUID.class))
                                    .map(StaffMember::displayName)
                                    .orElse("Unknown"),
                            "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/oversight",
                            rs.getObject("id", UUID.class));
                })
                .list();
    }
}
