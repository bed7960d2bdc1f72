package org.desist.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditEntry;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.platform.Clocks;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditTrail implements AuditTrail {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final TransactionTemplate separately;

    JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void viewed(UUID serviceId, UUID childId, String recordType, UUID recordId, String summary) {
        if (RequestAudit.firstViewOf(childId)) {
            insert(serviceId, childId, AuditAction.VIEWED, recordType, recordId, null, summary, null);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void viewedEach(List<View> views) {
        List<View> first = views.stream()
                .filter(v -> RequestAudit.firstViewOf(v.childId()))
                .toList();
        if (first.isEmpty()) {
            return;
        }
        var actor = CurrentUser.current();
        jdbc.sql("""
                        insert into audit_event (actor_id, actor_username, channel, service_id, child_id, action,
                                                 record_type, record_id, summary)
                        select :actorId, :actor, :channel, v.service_id, v.child_id, 'VIEWED',
                               v.record_type, v.record_id, v.summary
                          from unnest(:services, :children, :types, :records, :summaries)
                               as v(service_id, child_id, record_type, record_id, summary)
                        """)
                .param("actorId", actor.map(CurrentUser::id).orElse(null))
                .param("actor", actor.map(CurrentUser::username).orElse("system"))
                .param("channel", actor.map(u -> u.channel().name()).orElse("SYSTEM"))
                .param("services", first.stream().map(View::serviceId).toArray(UUID[]::new))
                .param("children", first.stream().map(View::childId).toArray(UUID[]::new))
                .param("types", first.stream().map(View::recordType).toArray(String[]::new))
                .param("records", first.stream().map(View::recordId).toArray(UUID[]::new))
                .param("summaries", first.stream().map(View::summary).toArray(String[]::new))
                .update();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void searched(UUID serviceId, String recordType, String criteria, long results) {
        if (RequestAudit.firstSearch()) {
            String summary = "Searched for " + criteria + ": " + results + (results == 1 ? " result" : " results");
            insert(serviceId, null, AuditAction.SEARCHED, recordType, null, null, summary, null);
        }
    }

    @Override
    public void opened(UUID serviceId, UUID childId) {
        RequestAudit.open(serviceId, childId);
    }

    /**
     * Writes the views of the records this request opened and recorded no more specific view of: called when
     * the handler has finished and before its answer is written ({@link OpenedRecords}), in a transaction of its
     * own (the reading ones may have been read-only, and have ended).
     */
    void writeOpened() {
        Map<UUID, UUID> opened = new java.util.LinkedHashMap<>(RequestAudit.takeOpened());
        opened.keySet().removeIf(RequestAudit::alreadyViewed); // most reads record their own, more specific view
        if (opened.isEmpty()) {
            return;
        }
        String request = RequestAudit.describe();
        separately.executeWithoutResult(s -> opened.forEach((childId, serviceId) -> {
            if (RequestAudit.firstViewOf(childId)) {
                insert(serviceId, childId, AuditAction.VIEWED, "CHILD", childId, null, "Viewed " + request, null);
            }
        }));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(
            UUID serviceId,
            UUID childId,
            AuditAction action,
            String recordType,
            UUID recordId,
            long recordVersion,
            String summary,
            List<FieldChange> changes) {
        insert(serviceId, childId, action, recordType, recordId, recordVersion, summary, changes);
    }

    private void insert(
            UUID serviceId,
            UUID childId,
            AuditAction action,
            String recordType,
            UUID recordId,
            Long version,
            String summary,
            List<FieldChange> changes) {
        var actor = CurrentUser.current();
        jdbc.sql("""
                        insert into audit_event (actor_id, actor_username, channel, service_id, child_id, action,
                                                 record_type, record_id, record_version, summary, changes)
                        values (:actorId, :actor, :channel, :service, :child, :action,
                                :recordType, :recordId, :version, :summary, cast(:changes as jsonb))
                        """)
                .param("actorId", actor.map(CurrentUser::id).orElse(null))
                .param("actor", actor.map(CurrentUser::username).orElse("system"))
                .param("channel", actor.map(u -> u.channel().name()).orElse("SYSTEM"))
                .param("service", serviceId)
                .param("child", childId)
                .param("action", action.name())
                .param("recordType", recordType)
                .param("recordId", recordId)
                .param("version", version)
                .param("summary", summary)
                .param("changes", changes == null ? null : json.writeValueAsString(changes))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> forChild(UUID childId, int limit) {
        return jdbc.sql(
                        "select * from audit_event where child_id = :child order by occurred_at desc, id desc limit :limit")
                .param("child", childId)
                .param("limit", limit)
                .query(this::entry)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> changesAfter(String recordType, UUID recordId, long version) {
        return jdbc.sql("""
                        select * from audit_event
                         where record_type = :type and record_id = :id and record_version > :version
                           and action <> 'VIEWED'
                         order by id
                        """)
                .param("type", recordType)
                .param("id", recordId)
                .param("version", version)
                .query(this::entry)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> search(Filter filter, Collection<UUID> serviceIds, int offset, int limit) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        Where where = where(filter, serviceIds);
        return jdbc.sql("select * from audit_event where " + where.sql
                        + " order by occurred_at desc, id desc offset :offset limit :limit")
                .params(where.params)
                .param("offset", offset)
                .param("limit", limit)
                .query(this::entry)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Filter filter, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return 0;
        }
        Where where = where(filter, serviceIds);
        return jdbc.sql("select count(*) from audit_event where " + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(Filter filter, Collection<UUID> serviceIds) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        // The log is for administrators: their services' records, and administration itself (no service).
        clauses.add("(service_id in (:services) or service_id is null)");
        params.put("services", serviceIds);
        if (filter.actor() != null && !filter.actor().isBlank()) {
            clauses.add("lower(actor_username) = lower(:actor)");
            params.put("actor", filter.actor().trim());
        }
        if (filter.action() != null) {
            clauses.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.childId() != null) {
            clauses.add("child_id = :child");
            params.put("child", filter.childId());
        }
        if (filter.from() != null) {
            clauses.add("occurred_at >= :from");
            params.put(
                    "from",
                    java.sql.Timestamp.from(
                            filter.from().atStartOfDay(Clocks.UK).toInstant()));
        }
        if (filter.to() != null) {
            clauses.add("occurred_at < :to");
            params.put(
                    "to",
                    java.sql.Timestamp.from(
                            filter.to().plusDays(1).atStartOfDay(Clocks.UK).toInstant()));
        }
        return new Where(String.join(" and ", clauses), params);
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String changes = rs.getString("changes");
        Long version = rs.getObject("record_version", Long.class);
        return new AuditEntry(
                rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor_username"),
                rs.getString("channel"),
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("record_type"),
                rs.getObject("record_id", UUID.class),
                version,
                rs.getString("summary"),
                changes == null ? List.of() : json.readValue(changes, CHANGES));
    }

    @Override
    @Transactional(readOnly = true)
    public org.desist.platform.StaleRecordException staleRecord(String recordType, UUID recordId, long seenVersion) {
        List<AuditEntry> later = changesAfter(recordType, recordId, seenVersion);
        AuditEntry last = later.isEmpty() ? null : later.get(later.size() - 1);
        return new org.desist.platform.StaleRecordException(
                last == null ? "another user" : last.actorUsername(),
                last == null ? java.time.Instant.EPOCH : last.occurredAt(),
                later.stream().map(AuditEntry::summary).toList(),
                last == null || last.recordVersion() == null ? seenVersion + 1 : last.recordVersion());
    }
}
