package org.desist.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.plan.OtherPlan;
import org.desist.plan.OtherPlanKind;
import org.desist.plan.Plan;
import org.desist.plan.PlanAction;
import org.desist.security.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current plans of many interventions at once (e.g. the evidence from the record), read as {@link PlanRepository} reads one. */
@Repository
public class CurrentPlans {

    private final JdbcClient jdbc;
    private final PlanRepository repository;
    private final Directory directory;

    CurrentPlans(JdbcClient jdbc, PlanRepository plans, Directory directory) {
        this.jdbc = jdbc;
        this.repository = plans;
        this.directory = directory;
    }

    /**
     * Each of these interventions' current (latest) plan with its actions and other plans, by intervention (none:
     * absent), in a fixed number of reads whatever the number of plans.
     */
    public java.util.Map<UUID, Plan> currentOf(java.util.Collection<UUID> interventionIds) {
        if (interventionIds.isEmpty()) {
            return java.util.Map.of();
        }
        List<Plan> plans = jdbc.sql("""
                        select distinct on (intervention_id) * from plan where intervention_id in (:ids)
                         order by intervention_id, created_at desc
                        """)
                .param("ids", interventionIds)
                .query(repository::row)
                .list();
        if (plans.isEmpty()) {
            return java.util.Map.of();
        }
        List<UUID> ids = plans.stream().map(Plan::id).toList();
        java.util.Map<UUID, List<OtherPlan>> others = new java.util.HashMap<>();
        jdbc.sql("select * from plan_other_plan where plan_id in (:ids) order by plan_id, position")
                .param("ids", ids)
                .query((rs, n) -> others.computeIfAbsent(
                                rs.getObject("plan_id", UUID.class), k -> new java.util.ArrayList<>())
                        .add(new OtherPlan(
                                OtherPlanKind.valueOf(rs.getString("kind")),
                                rs.getString("reference"),
                                rs.getString("agency"),
                                rs.getObject("dated", LocalDate.class))))
                .list();
        List<PlanAction> rows = jdbc.sql("select * from plan_action where plan_id in (:ids) order by created_at, id")
                .param("ids", ids)
                .query((rs, n) -> repository.actionRow(rs, (UUID) null))
                .list();
        java.util.Map<UUID, String> names = directory.displayNames(rows.stream()
                .map(PlanAction::ownerStaffId)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        java.util.Map<UUID, List<PlanAction>> actions = new java.util.HashMap<>();
        for (PlanAction a : rows) {
            String owner = a.ownerStaffId() == null ? a.ownerAgency() : names.getOrDefault(a.ownerStaffId(), "Unknown");
            actions.computeIfAbsent(a.planId(), k -> new java.util.ArrayList<>())
                    .add(new PlanAction(
                            a.id(),
                            a.planId(),
                            a.strand(),
                            a.description(),
                            a.ownerStaffId(),
                            a.ownerAgency(),
                            owner,
                            a.dueDate(),
                            a.status(),
                            a.stoppedReason(),
                            a.statusChangedOn(),
                            a.statusChangedBy(),
                            a.version()));
        }
        java.util.Map<UUID, Plan> current = new java.util.HashMap<>();
        for (Plan p : plans) {
            current.put(
                    p.interventionId(),
                    new Plan(
                            p.id(),
                            p.interventionId(),
                            p.childId(),
                            p.assessmentId(),
                            p.status(),
                            p.content().withOtherPlans(others.getOrDefault(p.id(), List.of())),
                            actions.getOrDefault(p.id(), List.of()),
                            p.agreedOn(),
                            p.agreedBy(),
                            p.childInvolved(),
                            p.parentsInvolved(),
                            p.supersededOn(),
                            p.supersededBy(),
                            p.createdBy(),
                            p.version(),
                            p.socialWorkerInvitation()));
        }
        return current;
    }
}
