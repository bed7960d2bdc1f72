package org.desist.contact.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.contact.CompliancePanel;
import org.desist.contact.PanelDecision;
import org.desist.contact.Warning;
import org.desist.contact.WarningMethod;
import org.desist.platform.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an intervention's compliance: the {@link Warning}s given for unacceptable absences and the
 * {@link CompliancePanel}s held (both recorded once, never edited).
 */
@Repository
public class ComplianceRepository {

    private final JdbcClient jdbc;

    ComplianceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The intervention's warnings, oldest first. */
    public List<Warning> warnings(UUID interventionId) {
        return jdbc.sql("select * from contact_warning where intervention_id = :id order by given_on, recorded_at")
                .param("id", interventionId)
                .query((rs, n) -> warning(rs))
                .list();
    }

    /** The warnings of these interventions, oldest first, by intervention (none: absent). */
    public java.util.Map<UUID, List<Warning>> warnings(java.util.Collection<UUID> interventionIds) {
        java.util.Map<UUID, List<Warning>> all = new java.util.HashMap<>();
        if (!interventionIds.isEmpty()) {
            jdbc.sql("select * from contact_warning where intervention_id in (:ids) order by given_on, recorded_at")
                    .param("ids", interventionIds)
                    .query((rs, n) -> all.computeIfAbsent(
                                    rs.getObject("intervention_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(warning(rs)))
                    .list();
        }
        return all;
    }

    /** The intervention's compliance panels, oldest first. */
    public List<CompliancePanel> panels(UUID interventionId) {
        return jdbc.sql("select * from compliance_panel where intervention_id = :id order by held_on, recorded_at")
                .param("id", interventionId)
                .query((rs, n) -> panel(rs))
                .list();
    }

    /** The compliance panels of these interventions, oldest first, by intervention (none: absent). */
    public java.util.Map<UUID, List<CompliancePanel>> panels(java.util.Collection<UUID> interventionIds) {
        java.util.Map<UUID, List<CompliancePanel>> all = new java.util.HashMap<>();
        if (!interventionIds.isEmpty()) {
            jdbc.sql("select * from compliance_panel where intervention_id in (:ids) order by held_on, recorded_at")
                    .param("ids", interventionIds)
                    .query((rs, n) -> all.computeIfAbsent(
                                    rs.getObject("intervention_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(panel(rs)))
                    .list();
        }
        return all;
    }

    private static Warning warning(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Warning(
                rs.getObject("id", UUID.class),
                rs.getObject("contact_id", UUID.class),
                rs.getObject("given_on", LocalDate.class),
                rs.getString("given_by"),
                WarningMethod.valueOf(rs.getString("method")));
    }

    private static CompliancePanel panel(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CompliancePanel(
                rs.getObject("id", UUID.class),
                rs.getObject("held_on", LocalDate.class),
                PanelDecision.valueOf(rs.getString("decision")),
                rs.getString("engagement"),
                rs.getString("motivation"),
                rs.getString("barriers"),
                rs.getString("notes"));
    }

    public Warning insertWarning(Change<Warning> given, UUID interventionId, String recordedBy) {
        Warning w = given.after();
        jdbc.sql("""
                        insert into contact_warning (id, intervention_id, contact_id, given_on, given_by, method,
                            recorded_by)
                        values (:id, :intervention, :contact, :on, :by, :method, :recordedBy)
                        """)
                .param("id", w.id())
                .param("intervention", interventionId)
                .param("contact", w.contactId())
                .param("on", w.givenOn())
                .param("by", w.givenBy())
                .param("method", w.method().name())
                .param("recordedBy", recordedBy)
                .update();
        return w;
    }

    public CompliancePanel insertPanel(Change<CompliancePanel> held, UUID interventionId, String recordedBy) {
        CompliancePanel p = held.after();
        jdbc.sql("""
                        insert into compliance_panel (id, intervention_id, held_on, decision, engagement, motivation,
                            barriers, notes, recorded_by)
                        values (:id, :intervention, :on, :decision, :engagement, :motivation, :barriers, :notes, :by)
                        """)
                .param("id", p.id())
                .param("intervention", interventionId)
                .param("on", p.heldOn())
                .param("decision", p.decision().name())
                .param("engagement", p.engagement())
                .param("motivation", p.motivation())
                .param("barriers", p.barriers())
                .param("notes", p.notes())
                .param("by", recordedBy)
                .update();
        return p;
    }
}
