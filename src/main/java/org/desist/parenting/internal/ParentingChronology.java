package org.desist.parenting.internal;

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

/** Parenting prompts, decisions and work in the child's chronology (shown with safeguarding). */
@Component
class ParentingChronology implements ChronologySource {

    private final JdbcClient jdbc;

    ParentingChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        String href = "/children/" + childId + "/parenting";
        List<ChronologyEntry> entries = new ArrayList<>();
        jdbc.sql("select * from parenting_prompt where child_id = :c")
                .param("c", childId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    entries.add(new ChronologyEntry(
                            rs.getObject("triggered_on", LocalDate.class),
                            ChronologyType.SAFEGUARDING,
                            "Consider a parenting assessment",
                            rs.getString("trigger_detail"),
                            null,
                            href,
                            id));
                    if (rs.getString("decision") != null) {
                        entries.add(new ChronologyEntry(
                                rs.getObject("decided_on", LocalDate.class),
                                ChronologyType.SAFEGUARDING,
                                "ASSESS".equals(rs.getString("decision"))
                                        ? "Parenting assessment: to be done"
                                        : "Parenting assessment: not needed",
                                rs.getString("decision_reason"),
                                rs.getString("decided_by"),
                                href,
                                id));
                    }
                    return id;
                })
                .list();
        jdbc.sql("select * from parenting_work where child_id = :c")
                .param("c", childId)
                .query((rs, n) -> entries.add(new ChronologyEntry(
                        rs.getObject("starts_on", LocalDate.class),
                        ChronologyType.SAFEGUARDING,
                        switch (rs.getString("kind")) {
                            case "PARENTING_ORDER" -> "Parenting order";
                            case "PARENTING_CONTRACT" -> "Parenting contract";
                            default -> "Voluntary parenting work";
                        },
                        "Parenting worker: " + rs.getString("parenting_worker"),
                        rs.getString("recorded_by"),
                        href,
                        rs.getObject("id", UUID.class))))
                .list();
        return entries;
    }
}
