package org.desist.intervention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.platform.web.InvalidRequestException;
import org.desist.platform.web.NotFoundException;
import org.desist.platform.web.StaleRecordException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting, correcting, reallocating and ending interventions, within the user's services, audited; each
 * step moves the intervention's due items with it (created, moved, cancelled).
 */
@Service
@Transactional
public class Interventions {

    public static final String RECORD_TYPE = "INTERVENTION";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;

    Interventions(JdbcClient jdbc, ChildRecords children, DueItems dueItems, AuditTrail audit, Directory directory) {
        this.jdbc = jdbc;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
    }

    public record NewIntervention(
            InterventionType type, LocalDate startDate, LocalDate endDate, UUID caseManagerId, List<UUID> offenceIds) {}

    public Intervention start(UUID childId, NewIntervention request) {
        ChildSummary child = children.visible(childId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.type() == null) {
            problems.put("type", "Select the type of intervention");
        }
        if (request.startDate() == null) {
            problems.put("startDate", "Enter the start date");
        }
        if (request.type() != null && request.startDate() != null) {
            OrderLength.problem(request.type(), request.startDate(), request.endDate())
                    .ifPresent(p -> problems.put("endDate", p));
        }
        if (request.caseManagerId() != null
                && directory.caseHolders(child.serviceId()).stream()
                        .noneMatch(s -> s.id().equals(request.caseManagerId()))) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        }
        List<UUID> offences = request.offenceIds() == null ? List.of() : request.offenceIds();
        for (UUID offence : offences) {
            boolean theirs = jdbc.sql("select count(*) from offence where id = :id and child_id = :child")
                            .param("id", offence)
                            .param("child", child.id())
                            .query(Long.class)
                            .single()
                    == 1;
            if (!theirs) {
                problems.put("offenceIds", "Link only this child's offences");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into intervention (id, service_id, child_id, type, start_date, end_date, status,
                            case_manager_id, created_at, created_by)
                        values (:id, :service, :child, :type, :start, :end, 'ACTIVE', :cm, now(), :by)
                        """)
                .param("id", id)
                .param("service", child.serviceId())
                .param("child", child.id())
                .param("type", request.type().name())
                .param("start", request.startDate())
                .param("end", request.endDate())
                .param("cm", request.caseManagerId())
                .param("by", by)
                .update();
        for (UUID offence : offences) {
            jdbc.sql("insert into intervention_offence (intervention_id, offence_id) values (:i, :o)")
                    .param("i", id)
                    .param("o", offence)
                    .update();
        }
        if (request.caseManagerId() != null) {
            allocate(id, request.caseManagerId(), request.startDate(), by);
        }
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Started " + request.type().label(),
                List.of(
                        new FieldChange("Type", null, request.type().label()),
                        new FieldChange("Start date", null, request.startDate().toString()),
                        new FieldChange(
                                "End date",
                                null,
                                request.endDate() == null
                                        ? null
                                        : request.endDate().toString())));
        request.type()
                .startTrigger()
                .ifPresent(event -> dueItems.triggered(
                        new DueItems.Trigger(
                                event, child.serviceId(), child.id(), RECORD_TYPE, id, request.caseManagerId()),
                        request.startDate()));
        return get(id);
    }

    /** The start date was recorded wrongly: correct it, and its due items move. */
    public Intervention correctStartDate(UUID id, long version, LocalDate startDate) {
        Intervention before = current(id, version);
        if (startDate == null) {
            throw new InvalidRequestException(Map.of("startDate", "Enter the start date"));
        }
        OrderLength.problem(before.type(), startDate, before.endDate()).ifPresent(p -> {
            throw new InvalidRequestException(Map.of("startDate", p));
        });
        jdbc.sql("update intervention set start_date = :start, version = version + 1 where id = :id")
                .param("start", startDate)
                .param("id", id)
                .update();
        Intervention after = get(id);
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Corrected the start date of the " + before.type().label().toLowerCase(),
                List.of(new FieldChange("Start date", before.startDate().toString(), startDate.toString())));
        before.type().startTrigger().ifPresent(event -> dueItems.triggerDateCorrected(id, event, startDate));
        return after;
    }

    /** Ends the intervention; revoked (or never started) orders cancel their open due items. */
    public Intervention close(UUID id, long version, ClosureReason reason, String exitStrategy, LocalDate closedOn) {
        Intervention before = current(id, version);
        Map<String, String> problems = new LinkedHashMap<>();
        if (before.status() == Intervention.Status.CLOSED) {
            problems.put("reason", "This intervention is already closed");
        }
        if (reason == null) {
            problems.put("reason", "Select why the intervention is ending");
        }
        if (closedOn == null) {
            problems.put("closedOn", "Enter the date it ended");
        } else if (closedOn.isBefore(before.startDate())) {
            problems.put("closedOn", "It cannot end before it started");
        }
        if (reason == ClosureReason.COMPLETED && (exitStrategy == null || exitStrategy.isBlank())) {
            problems.put("exitStrategy", "Describe the exit strategy: what support continues after the intervention");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        jdbc.sql("""
                        update intervention set status = 'CLOSED', closure_reason = :reason, exit_strategy = :exit,
                               closed_on = :on, version = version + 1
                         where id = :id
                        """)
                .param("reason", reason.name())
                .param("exit", exitStrategy == null || exitStrategy.isBlank() ? null : exitStrategy.trim())
                .param("on", closedOn)
                .param("id", id)
                .update();
        Intervention after = get(id);
        audit.changed(
                before.serviceId(),
                before.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Closed the " + before.type().label().toLowerCase() + ": " + reason.label(),
                List.of(new FieldChange("Status", before.status().name(), "CLOSED")));
        if (reason.withdrawsTheOrder()) {
            before.type().startTrigger().ifPresent(event -> dueItems.triggerWithdrawn(id, event, reason.label()));
        } else {
            before.type().endFulfils().ifPresent(record -> dueItems.fulfilled(id, record, id, closedOn));
        }
        return after;
    }

    @Transactional(readOnly = true)
    public List<Intervention> ofChild(UUID childId) {
        ChildSummary child = children.visible(childId);
        return jdbc.sql("select * from intervention where child_id = :child order by start_date desc")
                .param("child", child.id())
                .query(Interventions::intervention)
                .list();
    }

    @Transactional(readOnly = true)
    public Intervention get(UUID id) {
        Intervention intervention = jdbc.sql("select * from intervention where id = :id")
                .param("id", id)
                .query(Interventions::intervention)
                .optional()
                .orElseThrow(() -> new NotFoundException("Intervention"));
        children.visible(intervention.childId());
        return intervention;
    }

    private Intervention current(UUID id, long version) {
        Intervention intervention = get(id);
        if (intervention.version() != version) {
            var later = audit.changesAfter(RECORD_TYPE, id, version);
            var last = later.isEmpty() ? null : later.get(later.size() - 1);
            throw new StaleRecordException(
                    last == null ? "another user" : last.actorUsername(),
                    last == null ? java.time.Instant.EPOCH : last.occurredAt(),
                    later.stream().map(e -> e.summary()).toList(),
                    intervention.version());
        }
        return intervention;
    }

    private void allocate(UUID id, UUID caseManager, LocalDate from, String by) {
        jdbc.sql("""
                        insert into intervention_allocation (intervention_id, case_manager_id, allocated_on, allocated_by)
                        values (:id, :cm, :from, :by)
                        """)
                .param("id", id)
                .param("cm", caseManager)
                .param("from", from)
                .param("by", by)
                .update();
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
                rs.getLong("version"));
    }
}
