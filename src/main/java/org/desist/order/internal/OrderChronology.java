package org.desist.order.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.order.BreachDecidedBy;
import org.desist.order.BreachOutcome;
import org.desist.order.BreachedWhat;
import org.desist.order.PanelKind;
import org.desist.order.PanelOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the child's court orders involved, for the chronology: each youth offender panel and the referral
 * order contract signed (panels and meetings), and each breach of an order with its outcome (court).
 */
@Component
@Transactional(readOnly = true)
class OrderChronology implements ChronologySource {

    private final JdbcClient jdbc;
    private final Interventions interventions;

    OrderChronology(JdbcClient jdbc, Interventions interventions) {
        this.jdbc = jdbc;
        this.interventions = interventions;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        Map<UUID, InterventionType> types = interventions.typesOfChild(child);
        Set<UUID> ofChild = types.keySet();
        if (ofChild.isEmpty()) {
            return List.of();
        }
        List<ChronologyEntry> entries = new ArrayList<>(jdbc.sql("""
                        select p.id, p.intervention_id, p.kind, p.held_on, p.outcome, p.recorded_by
                          from youth_offender_panel p
                         where p.intervention_id in (:interventions) order by p.held_on, p.recorded_at
                        """)
                .param("interventions", ofChild)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("held_on", LocalDate.class),
                        ChronologyType.PANEL,
                        "Youth offender panel: "
                                + PanelKind.valueOf(rs.getString("kind"))
                                        .label()
                                        .toLowerCase(),
                        PanelOutcome.valueOf(rs.getString("outcome")).label(),
                        rs.getString("recorded_by"),
                        "/orders/" + rs.getObject("intervention_id", UUID.class),
                        rs.getObject("id", UUID.class)))
                .list());
        entries.addAll(jdbc.sql("""
                        select c.intervention_id, c.signed_on, c.recorded_by
                          from referral_order_contract c
                         where c.intervention_id in (:interventions) order by c.signed_on
                        """)
                .param("interventions", ofChild)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("signed_on", LocalDate.class),
                        ChronologyType.PANEL,
                        "Referral order contract signed",
                        "The order runs from this day",
                        rs.getString("recorded_by"),
                        "/orders/" + rs.getObject("intervention_id", UUID.class),
                        rs.getObject("intervention_id", UUID.class)))
                .list());
        entries.addAll(jdbc.sql("""
                        select b.id, b.intervention_id, b.breached_on, b.breached_what, b.decided_by,
                               b.outcome, b.recorded_by
                          from order_breach b
                         where b.intervention_id in (:interventions) order by b.breached_on, b.recorded_at
                        """)
                .param("interventions", ofChild)
                .query((rs, n) -> new ChronologyEntry(
                        rs.getObject("breached_on", LocalDate.class),
                        ChronologyType.COURT,
                        "Breach: "
                                + types.get(rs.getObject("intervention_id", UUID.class))
                                        .label()
                                        .toLowerCase(),
                        BreachedWhat.valueOf(rs.getString("breached_what")).label() + ". Decided by "
                                + lowerFirst(BreachDecidedBy.valueOf(rs.getString("decided_by"))
                                        .label()) + ": "
                                + lowerFirst(BreachOutcome.valueOf(rs.getString("outcome"))
                                        .label()),
                        rs.getString("recorded_by"),
                        "/orders/" + rs.getObject("intervention_id", UUID.class),
                        rs.getObject("id", UUID.class)))
                .list());
        return entries;
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
