package org.desist.intervention.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildTransferred;
import org.desist.intervention.Interventions;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case moved to another service: their interventions move with it, in the transfer's own
 * transaction (all or nothing). A case manager who is not staff of the receiving service is unallocated,
 * recorded in the allocation history; a caretaking arrangement with the receiving service ends, since it is
 * now the home service.
 */
@Component
class InterventionsFollowTheChild {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;

    InterventionsFollowTheChild(JdbcClient jdbc, AuditTrail audit, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    record Row(UUID id, UUID caseManagerId, UUID hostServiceId, String type, long version) {}

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildTransferred transfer) {
        String from = directory
                .service(transfer.fromServiceId())
                .map(YouthJusticeService::name)
                .orElse("Unknown service");
        String to = directory
                .service(transfer.toServiceId())
                .map(YouthJusticeService::name)
                .orElseThrow(() -> new IllegalStateException("No service " + transfer.toServiceId()));
        Set<UUID> staff = directory.caseHolders(transfer.toServiceId()).stream()
                .map(StaffMember::id)
                .collect(Collectors.toSet());
        String by = CurrentUser.current().map(CurrentUser::username).orElse("system");
        List<Row> rows = jdbc.sql("""
                        select id, case_manager_id, host_service_id, type, version from intervention
                         where child_id = :child and service_id = :from
                        """)
                .param("child", transfer.childId())
                .param("from", transfer.fromServiceId())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getObject("host_service_id", UUID.class),
                        rs.getString("type"),
                        rs.getLong("version")))
                .list();
        for (Row row : rows) {
            boolean keepsCaseManager = row.caseManagerId() == null || staff.contains(row.caseManagerId());
            boolean hostBecomesHome = Objects.equals(row.hostServiceId(), transfer.toServiceId());
            VersionedUpdate.of(jdbc, """
                            update intervention set service_id = :to,
                                   case_manager_id = :cm,
                                   host_service_id = case when :hostBecomesHome then null else host_service_id end,
                                   caretaking_from = case when :hostBecomesHome then null else caretaking_from end,
                                   version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("to", transfer.toServiceId())
                    .param("cm", keepsCaseManager ? row.caseManagerId() : null)
                    .param("hostBecomesHome", hostBecomesHome)
                    .param("id", row.id())
                    .param("version", row.version())
                    .orElseThrow(() -> audit.staleRecord(Interventions.RECORD_TYPE, row.id(), row.version()));
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("Home service", from, to));
            if (!keepsCaseManager) {
                jdbc.sql("""
                                insert into intervention_allocation (intervention_id, case_manager_id, allocated_on,
                                    allocated_by, reason, allocated_at)
                                values (:id, null, :on, :by, :reason, clock_timestamp())
                                """)
                        .param("id", row.id())
                        .param("on", LocalDate.now(clock))
                        .param("by", by)
                        .param("reason", "The case moved to " + to + ", which allocates it")
                        .update();
                changes.add(new FieldChange(
                        "Case manager",
                        directory
                                .staffMember(row.caseManagerId())
                                .map(StaffMember::displayName)
                                .orElse("Unknown"),
                        null));
            }
            if (hostBecomesHome) {
                changes.add(new FieldChange("Host service", to, null));
            }
            for (UUID service : List.of(transfer.fromServiceId(), transfer.toServiceId())) {
                audit.changed(
                        service,
                        transfer.childId(),
                        AuditAction.CHANGED,
                        Interventions.RECORD_TYPE,
                        row.id(),
                        row.version() + 1,
                        (service.equals(transfer.fromServiceId()) ? "Moved to " + to : "Received from " + from)
                                + " with the case",
                        changes);
            }
        }
    }
}
