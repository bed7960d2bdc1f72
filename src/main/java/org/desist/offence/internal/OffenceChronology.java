package org.desist.offence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.offence.OffenceCategory;
import org.desist.offence.Plea;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's offences for the chronology, on the day each was committed. Only the offence table is read:
 * victims are never part of the child's chronology.
 */
@Component
@Transactional(readOnly = true)
class OffenceChronology implements ChronologySource {

    private final JdbcClient jdbc;

    OffenceChronology(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        UUID childId = child.id();
        return jdbc.sql("""
                        select id, offence_date, category, plea, description, created_by from offence
                         where child_id = :child order by offence_date, created_at
                        """)
                .param("child", childId)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("offence_date", LocalDate.class),
                        ChronologyType.OFFENCE,
                        "Offence: "
                                + OffenceCategory.valueOf(rs.getString("category"))
                                        .label()
                                        .toLowerCase(),
                        Plea.valueOf(rs.getString("plea")).label() + ". " + rs.getString("description"),
                        rs.getString("created_by"),
                        "/children/" + childId + "/offences",
                        rs.getObject("id", UUID.class)))
                .list();
    }
}
