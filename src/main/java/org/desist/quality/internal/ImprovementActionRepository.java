package org.desist.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.quality.ImprovementAction;
import org.desist.quality.ImprovementAction.ProgressUpdate;
import org.desist.quality.ImprovementAction.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of improvement plans' actions: the action's row ({@code improvement_action}, versioned) and its
 * progress updates ({@code improvement_action_update}, only added to).
 */
@Repository
public class ImprovementActionRepository {

    private static final String OPEN = "('NOT_STARTED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;

    ImprovementActionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not scoped: the service checks the plan's service. */
    public Optional<ImprovementAction> find(UUID id) {
        return jdbc.sql("select * from improvement_action where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional()
                .map(a -> withUpdates(List.of(a)).get(0));
    }

    /** The plans' actions, in the order they were added. */
    public List<ImprovementAction> ofPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return withUpdates(
                jdbc.sql("""
                        select * from improvement_action where plan_id in (:plans) order by created_at, id
                        """).param("plans", planIds).query((rs, n) -> map(rs)).list());
    }

    /** A person's open actions in plans of these services, soonest due first. */
    public List<ImprovementAction> openOwnedBy(UUID ownerId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty() || ownerId == null) {
            return List.of();
        }
        return withUpdates(jdbc.sql("select a.* from improvement_action a join improvement_plan p on p.id = a.plan_id"
                        + " where a.owner_id = :owner and p.service_id in (:services) and a.status in " + OPEN
                        + " order by a.due_date, a.created_at")
                .param("owner", ownerId)
                .param("services", serviceIds)
                .query((rs, n) -> map(rs))
                .list());
    }

    /** Open actions of plans of these services due before {@code today}, longest overdue first. */
    public List<ImprovementAction> overdueIn(Collection<UUID> serviceIds, LocalDate today) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return withUpdates(jdbc.sql("select a.* from improvement_action a join improvement_plan p on p.id = a.plan_id"
                        + " where p.service_id in (:services) and a.status in " + OPEN + " and a.due_date < :today"
                        + " order by a.due_date, a.created_at")
                .param("services", serviceIds)
                .param("today", today)
                .query((rs, n) -> map(rs))
                .list());
    }

    /** Whether the person owns an action of the plan (so may read it without the quality capabilities). */
    public boolean ownsActionIn(UUID planId, UUID ownerId) {
        return ownerId != null
                && jdbc.sql("select count(*) from improvement_action where plan_id = :plan and owner_id = :owner")
                                .param("plan", planId)
                                .param("owner", ownerId)
                                .query(Long.class)
                                .single()
                        > 0;
    }

    public ImprovementAction insert(Change<ImprovementAction> change, String by) {
        ImprovementAction a = change.after();
        jdbc.sql("""
                        insert into improvement_action (id, plan_id, recommendation_id, description, owner_id, due_date,
                               status, status_reason, completed_on, created_by, updated_by)
                        values (:id, :plan, :recommendation, :description, :owner, :due, :status, :reason, :completed,
                                :by, :by)
                        """)
                .param("id", a.id())
                .param("plan", a.planId())
                .param("recommendation", a.recommendationId())
                .param("description", a.description())
                .param("owner", a.ownerId())
                .param("due", a.dueDate())
                .param("status", a.status().name())
                .param("reason", a.statusReason())
                .param("completed", a.completedOn())
                .param("by", by)
                .update();
        insertUpdates(null, a, by);
        return find(a.id()).orElseThrow();
    }

    /** Takes the action's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "improvement_action", id, version, stale);
    }

    /** The one versioned update, then the progress updates the change added; returns the action as saved. */
    public ImprovementAction save(
            Change<ImprovementAction> change, String by, Supplier<? extends StaleRecordException> stale) {
        ImprovementAction a = change.after();
        VersionedUpdate.of(jdbc, """
                        update improvement_action set description = :description, owner_id = :owner, due_date = :due,
                               status = :status, status_reason = :reason, completed_on = :completed,
                               updated_at = now(), updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("description", a.description())
                .param("owner", a.ownerId())
                .param("due", a.dueDate())
                .param("status", a.status().name())
                .param("reason", a.statusReason())
                .param("completed", a.completedOn())
                .param("by", by)
                .param("id", a.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        insertUpdates(change.before(), a, by);
        return find(a.id()).orElseThrow();
    }

    private void insertUpdates(ImprovementAction before, ImprovementAction after, String by) {
        Set<UUID> had = before == null
                ? Set.of()
                : before.updates().stream().map(ProgressUpdate::id).collect(Collectors.toSet());
        for (ProgressUpdate u : after.updates()) {
            if (had.contains(u.id())) {
                continue;
            }
            jdbc.sql("""
                            insert into improvement_action_update (id, action_id, written_on, text, status, reason,
                                   written_by, replanned, created_by)
                            values (:id, :action, :on, :text, :status, :reason, :writtenBy, :replanned, :by)
                            """)
                    .param("id", u.id())
                    .param("action", after.id())
                    .param("on", u.writtenOn())
                    .param("text", u.text())
                    .param("status", u.status().name())
                    .param("reason", u.reason())
                    .param("writtenBy", u.writtenBy())
                    .param("replanned", u.replanned())
                    .param("by", by)
                    .update();
        }
    }

    private List<ImprovementAction> withUpdates(List<ImprovementAction> actions) {
        if (actions.isEmpty()) {
            return actions;
        }
        var updates = jdbc
                .sql("""
                        select * from improvement_action_update where action_id in (:ids)
                         order by written_on, created_at
                        """)
                .param("ids", actions.stream().map(ImprovementAction::id).toList())
                .query((rs, n) -> java.util.Map.entry(
                        rs.getObject("action_id", UUID.class),
                        new ProgressUpdate(
                                rs.getObject("id", UUID.class),
                                rs.getObject("written_on", LocalDate.class),
                                rs.getString("text"),
                                Status.valueOf(rs.getString("status")),
                                rs.getString("reason"),
                                rs.getObject("written_by", UUID.class),
                                rs.getBoolean("replanned"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        java.util.Map.Entry::getKey,
                        Collectors.mapping(java.util.Map.Entry::getValue, Collectors.toList())));
        return actions.stream()
                .map(a -> new ImprovementAction(
                        a.id(),
                        a.planId(),
                        a.recommendationId(),
                        a.description(),
                        a.ownerId(),
                        a.dueDate(),
                        a.status(),
                        a.statusReason(),
                        a.completedOn(),
                        updates.getOrDefault(a.id(), List.of()),
                        a.version()))
                .toList();
    }

    private static ImprovementAction map(ResultSet rs) throws SQLException {
        return new ImprovementAction(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getObject("recommendation_id", UUID.class),
                rs.getString("description"),
                rs.getObject("owner_id", UUID.class),
                rs.getObject("due_date", LocalDate.class),
                Status.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getObject("completed_on", LocalDate.class),
                List.of(),
                rs.getLong("version"));
    }
}
