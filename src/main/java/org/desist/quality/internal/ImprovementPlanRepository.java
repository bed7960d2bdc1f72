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
import org.desist.quality.ImprovementPlan;
import org.desist.quality.ImprovementPlan.BoardReview;
import org.desist.quality.ImprovementPlan.Recommendation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of improvement plans: the plan's row ({@code improvement_plan}, versioned) and its recommendations
 * and Board reviews ({@code improvement_recommendation}, {@code improvement_board_review}), which are only added to.
 */
@Repository
public class ImprovementPlanRepository {

    private final JdbcClient jdbc;

    ImprovementPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not scoped: the service checks the plan's service. */
    public Optional<ImprovementPlan> find(UUID id) {
        return jdbc.sql("select * from improvement_plan where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional()
                .map(this::withParts);
    }

    /** The services' plans, newest first. */
    public List<ImprovementPlan> ofServices(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from improvement_plan where service_id in (:services)
                         order by plan_date desc, created_at desc
                        """).param("services", serviceIds).query((rs, n) -> map(rs)).list().stream()
                .map(this::withParts)
                .toList();
    }

    /** The titles of these plans (for lists of their actions). */
    public java.util.Map<UUID, String> titles(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc
                .sql("select id, title from improvement_plan where id in (:ids)")
                .param("ids", planIds)
                .query((rs, n) -> java.util.Map.entry(rs.getObject("id", UUID.class), rs.getString("title")))
                .list()
                .stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    public ImprovementPlan insert(Change<ImprovementPlan> change, String by) {
        ImprovementPlan p = change.after();
        jdbc.sql("""
                        insert into improvement_plan (id, service_id, title, plan_date, inspection_id, round_id,
                               created_by, updated_by)
                        values (:id, :service, :title, :planDate, :inspection, :round, :by, :by)
                        """)
                .param("id", p.id())
                .param("service", p.serviceId())
                .param("title", p.title())
                .param("planDate", p.planDate())
                .param("inspection", p.inspectionId())
                .param("round", p.roundId())
                .param("by", by)
                .update();
        insertParts(null, p, by);
        return find(p.id()).orElseThrow();
    }

    /** Takes the plan's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "improvement_plan", id, version, stale);
    }

    /**
     * The one versioned update (first, so a concurrent save of the same version waits and then finds no row), then
     * the recommendations and Board reviews the change added; returns the plan as saved.
     */
    public ImprovementPlan save(
            Change<ImprovementPlan> change, String by, Supplier<? extends StaleRecordException> stale) {
        ImprovementPlan p = change.after();
        VersionedUpdate.of(jdbc, """
                        update improvement_plan set title = :title, plan_date = :planDate, updated_at = now(),
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("title", p.title())
                .param("planDate", p.planDate())
                .param("by", by)
                .param("id", p.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        insertParts(change.before(), p, by);
        return find(p.id()).orElseThrow();
    }

    private void insertParts(ImprovementPlan before, ImprovementPlan after, String by) {
        Set<UUID> had = before == null
                ? Set.of()
                : before.recommendations().stream().map(Recommendation::id).collect(Collectors.toSet());
        for (Recommendation r : after.recommendations()) {
            if (had.contains(r.id())) {
                continue;
            }
            jdbc.sql("""
                            insert into improvement_recommendation (id, plan_id, position, text, addressed_to, partner,
                                   partner_name, created_by)
                            values (:id, :plan, :position, :text, :to, :partner, :partnerName, :by)
                            """)
                    .param("id", r.id())
                    .param("plan", after.id())
                    .param("position", r.position())
                    .param("text", r.text())
                    .param("to", r.addressedTo().name())
                    .param("partner", r.partner() == null ? null : r.partner().name())
                    .param("partnerName", r.partnerName())
                    .param("by", by)
                    .update();
        }
        Set<UUID> reviewed = before == null
                ? Set.of()
                : before.boardReviews().stream().map(BoardReview::id).collect(Collectors.toSet());
        for (BoardReview b : after.boardReviews()) {
            if (reviewed.contains(b.id())) {
                continue;
            }
            jdbc.sql("""
                            insert into improvement_board_review (id, plan_id, reviewed_on, notes, recorded_by, created_by)
                            values (:id, :plan, :on, :notes, :recordedBy, :by)
                            """)
                    .param("id", b.id())
                    .param("plan", after.id())
                    .param("on", b.reviewedOn())
                    .param("notes", b.notes())
                    .param("recordedBy", b.recordedBy())
                    .param("by", by)
                    .update();
        }
    }

    private ImprovementPlan withParts(ImprovementPlan p) {
        List<Recommendation> recommendations = jdbc.sql(
                        "select * from improvement_recommendation where plan_id = :plan order by position")
                .param("plan", p.id())
                .query((rs, n) -> new Recommendation(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("text"),
                        ImprovementPlan.AddressedTo.valueOf(rs.getString("addressed_to")),
                        rs.getString("partner") == null
                                ? null
                                : ImprovementPlan.Partner.valueOf(rs.getString("partner")),
                        rs.getString("partner_name")))
                .list();
        List<BoardReview> reviews = jdbc.sql(
                        "select * from improvement_board_review where plan_id = :plan order by reviewed_on, created_at")
                .param("plan", p.id())
                .query((rs, n) -> new BoardReview(
                        rs.getObject("id", UUID.class),
                        rs.getObject("reviewed_on", LocalDate.class),
                        rs.getString("notes"),
                        rs.getObject("recorded_by", UUID.class)))
                .list();
        return new ImprovementPlan(
                p.id(),
                p.serviceId(),
                p.title(),
                p.planDate(),
                p.inspectionId(),
                p.roundId(),
                recommendations,
                reviews,
                p.version());
    }

    private static ImprovementPlan map(ResultSet rs) throws SQLException {
        return new ImprovementPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("title"),
                rs.getObject("plan_date", LocalDate.class),
                rs.getObject("inspection_id", UUID.class),
                rs.getObject("round_id", UUID.class),
                List.of(),
                List.of(),
                rs.getLong("version"));
    }
}
