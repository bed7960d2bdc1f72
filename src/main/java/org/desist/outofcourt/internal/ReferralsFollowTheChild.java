package org.desist.outofcourt.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildTransferred;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.platform.VersionedUpdate;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's case moved to another service: their out-of-court referrals move with it, in the transfer's
 * own transaction. A case manager who is not staff of the receiving service is unallocated.
 */
@Component
class ReferralsFollowTheChild {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Directory directory;

    ReferralsFollowTheChild(JdbcClient jdbc, AuditTrail audit, Directory directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
    }

    record Row(UUID id, UUID caseManagerId, long version) {}

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ChildTransferred transfer) {
        String from = name(transfer.fromServiceId());
        String to = name(transfer.toServiceId());
        Set<UUID> staff = directory.caseHolders(transfer.toServiceId()).stream()
                .map(StaffMember::id)
                .collect(Collectors.toSet());
        List<Row> rows = jdbc.sql("""
                        select id, case_manager_id, version from oocd_referral
                         where child_id = :child and service_id = :from
                        """)
                .param("child", transfer.childId())
                .param("from", transfer.fromServiceId())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getLong("version")))
                .list();
        for (Row row : rows) {
            boolean keepsCaseManager = row.caseManagerId() == null || staff.contains(row.caseManagerId());
            VersionedUpdate.of(jdbc, """
                            update oocd_referral set service_id = :to, case_manager_id = :cm, version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("to", transfer.toServiceId())
                    .param("cm", keepsCaseManager ? row.caseManagerId() : null)
                    .param("id", row.id())
                    .param("version", row.version())
                    .orElseThrow(() -> audit.staleRecord(OutOfCourtDisposals.RECORD_TYPE, row.id(), row.version()));
            List<FieldChange> changes = keepsCaseManager
                    ? List.of(new FieldChange("Youth justice service", from, to))
                    : List.of(
                            new FieldChange("Youth justice service", from, to),
                            new FieldChange("Case manager", "allocated in " + from, null));
            for (UUID service : List.of(transfer.fromServiceId(), transfer.toServiceId())) {
                audit.changed(
                        service,
                        transfer.childId(),
                        AuditAction.CHANGED,
                        OutOfCourtDisposals.RECORD_TYPE,
                        row.id(),
                        row.version() + 1,
                        (service.equals(transfer.fromServiceId())
                                        ? "Out-of-court referral moved to " + to
                                        : "Out-of-court referral received from " + from)
                                + " with the case",
                        changes);
            }
        }
    }

    private String name(UUID serviceId) {
        return directory.service(serviceId).map(YouthJusticeService::name).orElse("Unknown service");
    }
}
