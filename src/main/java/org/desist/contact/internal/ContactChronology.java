package org.desist.contact.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.contact.ContactOutcome;
import org.desist.contact.ContactType;
import org.desist.contact.PanelDecision;
import org.desist.contact.WarningMethod;
import org.desist.intervention.Interventions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's contacts for the chronology, once their outcome is recorded (a planned contact has not happened
 * yet), and the compliance that followed: warnings for unacceptable absences and compliance panels.
 */
@Component
@Transactional(readOnly = true)
class ContactChronology implements ChronologySource {

    private final JdbcClient jdbc;
    private final Interventions interventions;

    ContactChronology(JdbcClient jdbc, Interventions interventions) {
        this.jdbc = jdbc;
        this.interventions = interventions;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        Set<UUID> ofChild = interventions.typesOfChild(child).keySet();
        if (ofChild.isEmpty()) {
            return List.of();
        }
        List<ChronologyEntry> entries = new ArrayList<>(jdbc.sql("""
                        select c.id, c.intervention_id, c.contact_date, c.type, c.outcome, c.absence_reason,
                               c.created_by
                          from contact c
                         where c.intervention_id in (:interventions) and c.outcome is not null
                         order by c.contact_date, c.contact_time nulls first, c.created_at
                        """)
                .param("interventions", ofChild)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("contact_date", LocalDate.class),
                        ChronologyType.CONTACT,
                        ContactType.valueOf(rs.getString("type")).label() + ": "
                                + ContactOutcome.valueOf(rs.getString("outcome"))
                                        .label()
                                        .toLowerCase(),
                        rs.getString("absence_reason"),
                        rs.getString("created_by"),
                        "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/contacts",
                        rs.getObject("id", UUID.class)))
                .list());
        entries.addAll(jdbc.sql("""
                        select w.id, w.intervention_id, w.given_on, w.given_by, w.method, w.recorded_by
                          from contact_warning w
                         where w.intervention_id in (:interventions) order by w.given_on, w.recorded_at
                        """)
                .param("interventions", ofChild)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("given_on", LocalDate.class),
                        ChronologyType.COMPLIANCE,
                        "Warning for an unacceptable absence",
                        WarningMethod.valueOf(rs.getString("method")).label() + ", given by "
                                + rs.getString("given_by"),
                        rs.getString("recorded_by"),
                        "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/contacts",
                        rs.getObject("id", UUID.class)))
                .list());
        entries.addAll(jdbc.sql("""
                        select p.id, p.intervention_id, p.held_on, p.decision, p.recorded_by
                          from compliance_panel p
                         where p.intervention_id in (:interventions) order by p.held_on, p.recorded_at
                        """)
                .param("interventions", ofChild)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("held_on", LocalDate.class),
                        ChronologyType.COMPLIANCE,
                        "Compliance panel: "
                                + PanelDecision.valueOf(rs.getString("decision"))
                                        .label()
                                        .toLowerCase(),
                        null,
                        rs.getString("recorded_by"),
                        "/interventions/" + rs.getObject("intervention_id", UUID.class) + "/contacts",
                        rs.getObject("id", UUID.class)))
                .list());
        return entries;
    }
}
