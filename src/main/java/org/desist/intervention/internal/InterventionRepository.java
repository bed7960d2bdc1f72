package org.desist.intervention.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.intervention.ClosureDetails;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the intervention aggregate's SQL: find, list, insert, and the one versioned update of its state. */
@Repository
public class InterventionRepository {

    private final JdbcClient jdbc;

    InterventionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Intervention> find(UUID id) {
        return jdbc.sql("select * from intervention where id = :id")
                .param("id", id)
                .query(InterventionRepository::intervention)
                .optional();
    }

    /** A child's interventions, latest begun first. */
    public List<Intervention> ofChild(UUID childId) {
        return jdbc.sql(
                        "select * from intervention where child_id = :child order by coalesce(start_date, referred_on) desc")
                .param("child", childId)
                .query(InterventionRepository::intervention)
                .list();
    }

    /** Each of a child's interventions with its type, oldest first. */
    public Map<UUID, InterventionType> typesOfChild(UUID childId) {
        Map<UUID, InterventionType> types = new LinkedHashMap<>();
        jdbc.sql("select id, type from intervention where child_id = :child order by created_at")
                .param("child", childId)
                .query(rs -> {
                    types.put(rs.getObject("id", UUID.class), InterventionType.valueOf(rs.getString("type")));
                });
        return types;
    }

    /** Which of these interventions are homed in one of these services. */
    public Set<UUID> homedIn(Collection<UUID> interventionIds, Collection<UUID> serviceIds) {
        if (interventionIds.isEmpty() || serviceIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from intervention where id in (:ids) and service_id in (:services)")
                .param("ids", interventionIds)
                .param("services", serviceIds)
                .query(UUID.class)
                .list());
    }

    /** The active interventions of these services, oldest start first. */
    /** Those of these interventions homed in one of these services. */
    public List<Intervention> findAll(Collection<UUID> ids, Collection<UUID> serviceIds) {
        if (ids.isEmpty() || serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from intervention where id in (:ids) and service_id in (:services)")
                .param("ids", ids)
                .param("services", serviceIds)
                .query(InterventionRepository::intervention)
                .list();
    }

    /** The interventions linked to each of these offences, homed in one of these services, oldest start first. */
    public Map<UUID, List<Intervention>> onOffences(Collection<UUID> offenceIds, Collection<UUID> serviceIds) {
        Map<UUID, List<Intervention>> byOffence = new LinkedHashMap<>();
        if (offenceIds.isEmpty() || serviceIds.isEmpty()) {
            return byOffence;
        }
        jdbc.sql("""
                        select io.offence_id, i.* from intervention i
                          join intervention_offence io on io.intervention_id = i.id
                         where io.offence_id in (:offences) and i.service_id in (:services)
                         order by coalesce(i.start_date, i.referred_on), i.id
                        """)
                .param("offences", offenceIds)
                .param("services", serviceIds)
                .query(rs -> {
                    byOffence
                            .computeIfAbsent(rs.getObject("offence_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(intervention(rs, 0));
                });
        return byOffence;
    }

    public List<Intervention> activeIn(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from intervention where status = 'ACTIVE' and service_id in (:services)
                         order by start_date, id
                        """)
                .param("services", serviceIds)
                .query(InterventionRepository::intervention)
                .list();
    }

    /** The service's interventions of these kinds that started between the two dates (inclusive), by start date. */
    public List<Intervention> startedBetween(
            UUID serviceId, Collection<InterventionType> types, LocalDate from, LocalDate to) {
        if (types.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from intervention
                         where service_id = :service and type in (:types) and start_date between :from and :to
                         order by start_date, id
                        """)
                .param("service", serviceId)
                .param("types", types.stream().map(Enum::name).toList())
                .param("from", from)
                .param("to", to)
                .query(InterventionRepository::intervention)
                .list();
    }

    public List<UUID> offenceIds(UUID id) {
        return jdbc.sql("select offence_id from intervention_offence where intervention_id = :id")
                .param("id", id)
                .query(UUID.class)
                .list();
    }

    /** How a closed intervention was closed (its feedback and any override). */
    public Optional<ClosureDetails> closureDetails(UUID id) {
        return jdbc.sql("select * from intervention where id = :id")
                .param("id", id)
                .query((rs, n) -> new ClosureDetails(
                        rs.getString("child_feedback"),
                        rs.getString("parents_feedback"),
                        rs.getString("closure_override_by"),
                        rs.getString("closure_override_reason"),
                        rs.getString("closure_override_items") == null
                                ? List.of()
                                : List.of(rs.getString("closure_override_items").split("\n"))))
                .optional();
    }

    /** Takes the row lock at the version the person saw, before a rule reads the state. */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "intervention", id, version, stale);
    }

    /** A new intervention (at version 0) with the offences it responds to. */
    public Intervention insert(Intervention intervention, List<UUID> offences, String createdBy) {
        jdbc.sql("""
                        insert into intervention (id, service_id, child_id, type, referred_on, start_date, end_date,
                            status, case_manager_id, created_at, created_by)
                        values (:id, :service, :child, :type, :referred, :start, :end, :status, :cm, now(), :by)
                        """)
                .param("id", intervention.id())
                .param("service", intervention.serviceId())
                .param("child", intervention.childId())
                .param("type", intervention.type().name())
                .param("referred", intervention.referredOn())
                .param("start", intervention.startDate())
                .param("end", intervention.endDate())
                .param("status", intervention.status().name())
                .param("cm", intervention.caseManagerId())
                .param("by", createdBy)
                .update();
        for (UUID offence : offences) {
            jdbc.sql("insert into intervention_offence (intervention_id, offence_id) values (:i, :o)")
                    .param("i", intervention.id())
                    .param("o", offence)
                    .update();
        }
        return find(intervention.id()).orElseThrow();
    }

    /** The versioned update writing the state the change moved to; the state as saved. */
    public Intervention save(Change<Intervention> change, Supplier<? extends StaleRecordException> stale) {
        Intervention after = change.after();
        VersionedUpdate.of(jdbc, """
                        update intervention set status = :status, start_date = :start, end_date = :end,
                               case_manager_id = :cm, host_service_id = :host, caretaking_from = :from,
                               closure_reason = :reason, exit_strategy = :exit, closed_on = :on,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", after.status().name())
                .param("start", after.startDate())
                .param("end", after.endDate())
                .param("cm", after.caseManagerId())
                .param("host", after.hostServiceId())
                .param("from", after.caretakingFrom())
                .param(
                        "reason",
                        after.closureReason() == null
                                ? null
                                : after.closureReason().name())
                .param("exit", after.exitStrategy())
                .param("on", after.closedOn())
                .param("id", after.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(after.id()).orElseThrow();
    }

    /** In the save that closed it: the feedback and any manager's override. */
    public void recordClosure(
            Intervention closed, ClosureDetails details, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.sameSave(jdbc, """
                        update intervention set child_feedback = :child, parents_feedback = :parents,
                               closure_override_by = :by, closure_override_reason = :why, closure_override_items = :items
                         where id = :id and version = :version
                        """)
                .param("child", details.childFeedback())
                .param("parents", details.parentsFeedback())
                .param("by", details.overriddenBy())
                .param("why", details.overrideReason())
                .param(
                        "items",
                        details.overriddenItems().isEmpty() ? null : String.join("\n", details.overriddenItems()))
                .param("id", closed.id())
                .param("version", closed.version())
                .orElseThrow(stale);
    }

    private static Intervention intervention(ResultSet rs, int row) throws SQLException {
        String reason = rs.getString("closure_reason");
        return new Intervention(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("host_service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                InterventionType.valueOf(rs.getString("type")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                Intervention.Status.valueOf(rs.getString("status")),
                reason == null ? null : ClosureReason.valueOf(reason),
                rs.getString("exit_strategy"),
                rs.getObject("closed_on", LocalDate.class),
                rs.getObject("case_manager_id", UUID.class),
                rs.getLong("version"),
                rs.getObject("referred_on", LocalDate.class),
                rs.getObject("caretaking_from", LocalDate.class));
    }
}
