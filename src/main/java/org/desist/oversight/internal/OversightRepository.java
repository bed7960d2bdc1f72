package org.desist.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.desist.oversight.Judgement;
import org.desist.oversight.Oversight;
import org.desist.oversight.OversightArea;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of management oversight ({@code oversight}): find, an intervention's, a child's, the latest of
 * each intervention, insert and the versioned save. Not scoped, not audited: the service checks the intervention.
 */
@Repository
public class OversightRepository {

    private final JdbcClient jdbc;
    private final Directory directory;

    OversightRepository(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public Oversight find(UUID id) {
        return jdbc.sql("select * from oversight where id = :id")
                .param("id", id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Oversight"));
    }

    /** The intervention's oversight, newest first. */
    public List<Oversight> ofIntervention(UUID interventionId) {
        return jdbc.sql("""
                        select * from oversight where intervention_id = :id order by recorded_on desc, recorded_at desc
                        """).param("id", interventionId).query(this::map).list();
    }

    /** The child's oversight, in the order it was recorded (for the chronology). */
    public List<Oversight> ofChild(UUID childId) {
        return jdbc.sql("select * from oversight where child_id = :child order by recorded_on, recorded_at")
                .param("child", childId)
                .query(this::map)
                .list();
    }

    /** The date of each intervention's latest oversight; an intervention never overseen is absent. */
    public Map<UUID, LocalDate> lastRecordedOn(Collection<UUID> interventionIds) {
        Map<UUID, LocalDate> last = new LinkedHashMap<>();
        if (interventionIds.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                        select intervention_id, max(recorded_on) as last from oversight
                         where intervention_id in (:ids) group by intervention_id
                        """)
                .param("ids", List.copyOf(interventionIds))
                .query((rs, n) ->
                        last.put(rs.getObject("intervention_id", UUID.class), rs.getObject("last", LocalDate.class)))
                .list();
        return last;
    }

    /** Takes the oversight's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "oversight", id, version, stale);
    }

    /** A new record of oversight; returns it as saved. */
    public Oversight insert(Change<Oversight> created) {
        Oversight o = created.after();
        jdbc.sql("""
                        insert into oversight (id, intervention_id, child_id, recorded_on, manager_id, areas, judgement,
                            direction, actions, actions_due, next_due, recorded_by)
                        values (:id, :intervention, :child, :on, :manager, :areas, :judgement, :direction, :actions,
                            :actionsDue, :nextDue, :by)
                        """)
                .param("id", o.id())
                .param("intervention", o.interventionId())
                .param("child", o.childId())
                .param("manager", o.managerId())
                .param("by", o.recordedBy())
                .params(columns(o))
                .update();
        return find(o.id());
    }

    /** The one versioned update: writes the oversight's new state, at the version the person saw; returns it saved. */
    public Oversight save(Change<Oversight> change, Supplier<? extends StaleRecordException> stale) {
        Oversight o = change.after();
        VersionedUpdate.of(jdbc, """
                        update oversight set recorded_on = :on, areas = :areas, judgement = :judgement,
                               direction = :direction, actions = :actions, actions_due = :actionsDue,
                               next_due = :nextDue, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("id", o.id())
                .params(columns(o))
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(o.id());
    }

    private static Map<String, Object> columns(Oversight o) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("on", o.recordedOn());
        columns.put("areas", o.areas().stream().map(Enum::name).collect(Collectors.joining(",")));
        columns.put("judgement", o.judgement().name());
        columns.put("direction", o.direction());
        columns.put("actions", o.actions());
        columns.put("actionsDue", o.actionsDue());
        columns.put("nextDue", o.nextDue());
        return columns;
    }

    private Oversight map(ResultSet rs, int row) throws SQLException {
        UUID managerId = rs.getObject("manager_id", UUID.class);
        return new Oversight(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("recorded_on", LocalDate.class),
                managerId,
                directory.staffMember(managerId).map(StaffMember::displayName).orElse("Unknown"),
                Arrays.stream(rs.getString("areas").split(","))
                        .map(OversightArea::valueOf)
                        .toList(),
                Judgement.valueOf(rs.getString("judgement")),
                rs.getString("direction"),
                rs.getString("actions"),
                rs.getObject("actions_due", LocalDate.class),
                rs.getObject("next_due", LocalDate.class),
                rs.getString("recorded_by"),
                rs.getLong("version"));
    }
}
