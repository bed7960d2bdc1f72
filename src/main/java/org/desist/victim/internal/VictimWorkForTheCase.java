package org.desist.victim.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.offence.VictimWorkOnOffences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's side of victim work: where it stands on each of the child's offences and what the victim worker chose
 * to share — never a victim's name, kind or contact details. Scoped by the {@link AccessibleChild} the caller holds.
 */
@Component
class VictimWorkForTheCase implements VictimWorkOnOffences {

    private final JdbcClient jdbc;

    VictimWorkForTheCase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VictimWorkSummary> of(AccessibleChild child) {
        return jdbc.sql("""
                        select vo.offence_id, v.closed_on, v.shared_wishes, v.panel_availability
                          from victim v
                          join victim_offence vo on vo.victim_id = v.id
                         where v.child_id = :child and v.service_id = :service
                         order by v.created_at, vo.offence_id
                        """)
                .param("child", child.id())
                .param("service", child.serviceId())
                .query((rs, n) -> new VictimWorkSummary(
                        rs.getObject("offence_id", UUID.class),
                        rs.getObject("closed_on") == null ? "Victim recorded" : "Victim work closed",
                        rs.getString("shared_wishes"),
                        rs.getString("panel_availability")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> victimsOn(Collection<UUID> offenceIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (offenceIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select offence_id, count(*) as victims from victim_offence
                         where offence_id in (:offences) group by offence_id
                        """).param("offences", offenceIds).query(rs -> {
            counts.put(rs.getObject("offence_id", UUID.class), rs.getLong("victims"));
        });
        return counts;
    }
}
