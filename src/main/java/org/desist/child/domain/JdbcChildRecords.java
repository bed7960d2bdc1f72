package org.desist.child.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.child.Education;
import org.desist.child.EteStatus;
import org.desist.child.LookedAfterStatus;
import org.desist.child.PartnerAccess;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.YouthJusticeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcChildRecords implements ChildRecords {

    /** A child the user sees: in one of their services, or hosted by one of them under caretaking. */
    static final String VISIBLE = """
            (c.service_id in (:services) or exists (select 1 from child_caretaking cc
                 where cc.child_id = c.id and cc.revoked_at is null and cc.host_service_id in (:services)))""";

    /**
     * The same rule as {@link #VISIBLE} for searching: the ids of the children the user sees that also meet
     * {@code match}, each way of seeing them a branch of a UNION on its own index. In one OR beside a trigram
     * match, PostgreSQL matched the name across every service (docs/performance.md).
     */
    static String visibleIdsWhere(String match) {
        return "select c.id from child c where c.service_id in (:services) and " + match
                + " union select c.id from child_caretaking cc join child c on c.id = cc.child_id"
                + " where cc.revoked_at is null and cc.host_service_id in (:services) and " + match;
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Directory directory;
    private final ObjectProvider<PartnerAccess> partnerAccess;
    private final ObjectProvider<ChildSearch> search;

    JdbcChildRecords(
            JdbcClient jdbc,
            AuditTrail audit,
            Directory directory,
            ObjectProvider<PartnerAccess> partnerAccess,
            ObjectProvider<ChildSearch> search) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.directory = directory;
        this.partnerAccess = partnerAccess;
        this.search = search;
    }

    @Override
    @Transactional
    public List<ChildSummary> matching(String name, LocalDate dateOfBirth) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        CurrentUser user = CurrentUser.require();
        List<UUID> found =
                search
                        .getObject()
                        .search(new ChildSearch.Query(name, dateOfBirth, 1), user.serviceIds())
                        .children()
                        .stream()
                        .map(ChildListing::id)
                        .toList();
        Map<UUID, ChildSummary> seen = visible(found);
        return found.stream().filter(seen::containsKey).map(seen::get).toList();
    }

    /** A partner outside the service sees only the children the partner-access rules allow. */
    private boolean partnerMaySee(CurrentUser user, UUID childId) {
        return !PartnerAccess.isPartner(user)
                || partnerSees(user, List.of(childId)).contains(childId);
    }

    private Set<UUID> partnerSees(CurrentUser user, Collection<UUID> childIds) {
        PartnerAccess access = partnerAccess.getIfAvailable();
        return access == null ? Set.of() : access.mayPartnerSee(user, childIds);
    }

    @Override
    public ChildSummary visible(UUID childId) {
        ChildSummary child = visible(List.of(childId)).get(childId);
        if (child == null) {
            throw new NotFoundException("Child");
        }
        audit.opened(child.serviceId(), child.id()); // the view of any page or API read of the child (ADR 0005)
        return child;
    }

    @Override
    public Education education(UUID childId) {
        ChildSummary child = visible(childId);
        return jdbc.sql("select ete_status, ete_hours, ete_provider from child where id = :id")
                .param("id", child.id())
                .query((rs, n) -> new Education(
                        rs.getString("ete_status") == null ? null : EteStatus.valueOf(rs.getString("ete_status")),
                        rs.getBigDecimal("ete_hours"),
                        rs.getString("ete_provider")))
                .single();
    }

    @Override
    public ChildHeading heading(UUID childId) {
        CurrentUser user = CurrentUser.require();
        var services = user.serviceIds();
        if (services.isEmpty() || !partnerMaySee(user, childId)) {
            throw new NotFoundException("Child");
        }
        ChildHeading heading = jdbc.sql("""
                        select c.id, c.service_id, c.local_reference, c.given_name, c.family_name, c.preferred_name,
                               c.date_of_birth, c.pnc_number, c.looked_after_status, c.case_manager_id
                          from child c where c.id = :id and """ + VISIBLE)
                .param("id", childId)
                .param("services", services)
                .query((rs, n) -> new ChildHeading(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getString("local_reference"),
                        rs.getString("given_name"),
                        rs.getString("family_name"),
                        rs.getString("preferred_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("pnc_number"),
                        LookedAfterStatus.valueOf(rs.getString("looked_after_status")),
                        rs.getObject("case_manager_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Child"));
        audit.opened(heading.serviceId(), heading.id()); // the view of any page of the child's record (ADR 0005)
        return heading;
    }

    @Override
    public Map<UUID, ChildSummary> visible(Collection<UUID> childIds) {
        CurrentUser user = CurrentUser.require();
        var services = user.serviceIds();
        if (childIds.isEmpty() || services.isEmpty()) {
            return Map.of();
        }
        Collection<UUID> ids = PartnerAccess.isPartner(user) ? partnerSees(user, childIds) : childIds;
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select c.id, c.service_id, c.local_reference, c.given_name || ' ' || c.family_name as name,
                               c.date_of_birth
                          from child c where c.id in (:ids) and """ + VISIBLE)
                .param("ids", ids)
                .param("services", services)
                .query((rs, n) -> new ChildSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getString("local_reference"),
                        rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(ChildSummary::id, Function.identity()));
    }

    @Override
    public Map<UUID, org.desist.child.Gender> genders(Collection<UUID> childIds) {
        CurrentUser user = CurrentUser.require();
        var services = user.serviceIds();
        if (childIds.isEmpty() || services.isEmpty()) {
            return Map.of();
        }
        Collection<UUID> ids = PartnerAccess.isPartner(user) ? partnerSees(user, childIds) : childIds;
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, org.desist.child.Gender> genders = new java.util.HashMap<>();
        jdbc.sql("select c.id, c.gender from child c where c.id in (:ids) and " + VISIBLE)
                .param("ids", ids)
                .param("services", services)
                .query(rs -> {
                    genders.put(
                            rs.getObject("id", UUID.class), org.desist.child.Gender.valueOf(rs.getString("gender")));
                });
        return genders;
    }

    @Override
    public ChildSummary responsible(UUID childId) {
        ChildSummary child = visible(childId);
        if (PartnerAccess.isPartner(CurrentUser.require())) {
            throw new AccessDeniedException("Partners outside the service see shared cases; they do not change them");
        }
        if (!CurrentUser.require().belongsTo(child.serviceId())) {
            throw new AccessDeniedException(
                    "Your service delivers work for this child under a caretaking arrangement: only their home"
                            + " youth justice service changes the record");
        }
        return child;
    }

    @Override
    public boolean seenAsHost(UUID childId) {
        return !CurrentUser.require().belongsTo(visible(childId).serviceId());
    }

    /** Whether a caretaking arrangement lets one of these services see the child. */
    boolean hosts(UUID childId, Set<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        select count(*) from child_caretaking
                         where child_id = :child and revoked_at is null and host_service_id in (:services)
                        """)
                        .param("child", childId)
                        .param("services", serviceIds)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    @Transactional
    public void grantCaretaking(UUID childId, UUID hostServiceId, String recordType, UUID recordId, String reason) {
        ChildSummary child = responsible(childId);
        YouthJusticeService host = directory.service(hostServiceId).orElseThrow(() -> new NotFoundException("Service"));
        if (host.id().equals(child.serviceId())) {
            throw new IllegalArgumentException("A service cannot host its own child under caretaking");
        }
        jdbc.sql("""
                        insert into child_caretaking (id, child_id, host_service_id, record_type, record_id, reason,
                            granted_at, granted_by)
                        values (:id, :child, :host, :type, :record, :reason, now(), :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("child", childId)
                .param("host", hostServiceId)
                .param("type", recordType)
                .param("record", recordId)
                .param("reason", reason)
                .param("by", CurrentUser.require().username())
                .update();
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CHANGED,
                ChildRecordService.RECORD_TYPE,
                childId,
                0,
                host.name() + " may see the record while it delivers work under caretaking",
                List.of(new FieldChange("Caretaking service", null, host.name() + " (" + reason + ")")));
    }

    @Override
    @Transactional
    public void revokeCaretaking(UUID childId, UUID hostServiceId, UUID recordId) {
        ChildSummary child = responsible(childId);
        int ended = jdbc.sql("""
                        update child_caretaking set revoked_at = now(), revoked_by = :by
                         where child_id = :child and host_service_id = :host and record_id = :record
                           and revoked_at is null
                        """)
                .param("by", CurrentUser.require().username())
                .param("child", childId)
                .param("host", hostServiceId)
                .param("record", recordId)
                .update();
        if (ended == 0) {
            return;
        }
        String host =
                directory.service(hostServiceId).map(YouthJusticeService::name).orElse("The host service");
        audit.changed(
                child.serviceId(),
                childId,
                AuditAction.CHANGED,
                ChildRecordService.RECORD_TYPE,
                childId,
                0,
                host + " no longer sees the record: the caretaking arrangement ended",
                List.of(new FieldChange("Caretaking service", host, null)));
    }
}
