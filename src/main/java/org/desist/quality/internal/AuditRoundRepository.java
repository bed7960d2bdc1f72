package org.desist.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.quality.AuditRound;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.RoundCase;
import org.desist.quality.RoundDomain;
import org.desist.quality.RoundPlan;
import org.desist.quality.SampleDraw.Stratum;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audit rounds' rows: the round (its domains' figures and organisational judgements as JSON) and its eligible
 * population, each case with its stratum and what became of it. The population is written in one statement.
 */
@Repository
public class AuditRoundRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<RoundDomain>> DOMAINS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, AuditRound.Judgement>> JUDGEMENTS =
            new TypeReference<>() {};

    private final JdbcClient jdbc;

    AuditRoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round as listed: no cases. */
    public record Listing(
            UUID id,
            UUID serviceId,
            RoundPlan.Kind kind,
            String title,
            RoundPlan.Scope scope,
            String frameworkId,
            LocalDate fieldworkDate,
            List<RoundDomain> domains) {
        public int sampleSize() {
            return domains.stream().mapToInt(RoundDomain::drawn).sum();
        }
    }

    public AuditRound insert(Change<AuditRound> change, String by) {
        AuditRound r = change.after();
        jdbc.sql("""
                        insert into audit_round (id, service_id, kind, title, scope, framework_id, fieldwork_date, seed,
                               domains, organisational, created_by, updated_by)
                        values (:id, :service, :kind, :title, :scope, :framework, :fieldwork, :seed,
                                cast(:domains as jsonb), cast(:organisational as jsonb), :by, :by)
                        """)
                .param("id", r.id())
                .param("service", r.serviceId())
                .param("kind", r.kind().name())
                .param("title", r.title())
                .param("scope", r.scope().name())
                .param("framework", r.frameworkId())
                .param("fieldwork", r.fieldworkDate())
                .param("seed", r.seed())
                .param("domains", JSON.writeValueAsString(r.domains()))
                .param("organisational", JSON.writeValueAsString(r.organisational()))
                .param("by", by)
                .update();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RoundCase c : r.cases()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("intervention_id", c.interventionId().toString());
            row.put("child_id", c.childId().toString());
            row.put("work", c.work().name());
            row.put("start_date", c.startDate().toString());
            row.put(
                    "case_manager_id",
                    c.caseManagerId() == null ? null : c.caseManagerId().toString());
            row.put("gender", c.stratum().gender());
            row.put("disposal_type", c.stratum().disposalType());
            row.put("rosh", c.stratum().rosh());
            row.put("safety_and_wellbeing", c.stratum().safetyAndWellbeing());
            row.put("status", c.status().name());
            row.put("position", c.position());
            rows.add(row);
        }
        jdbc.sql("""
                        insert into audit_round_case (round_id, intervention_id, child_id, work, start_date,
                               case_manager_id, gender, disposal_type, rosh, safety_and_wellbeing, status, position)
                        select :round, r.intervention_id, r.child_id, r.work, r.start_date, r.case_manager_id, r.gender,
                               r.disposal_type, r.rosh, r.safety_and_wellbeing, r.status, r.position
                          from jsonb_to_recordset(cast(:rows as jsonb)) as r(intervention_id uuid, child_id uuid,
                               work text, start_date date, case_manager_id uuid, gender text, disposal_type text,
                               rosh text, safety_and_wellbeing text, status text, position integer)
                        """)
                .param("round", r.id())
                .param("rows", JSON.writeValueAsString(rows))
                .update();
        return find(r.id()).orElseThrow();
    }

    /**
     * The one versioned save of a round: its judgements on the round's row (moving its version on), then each case
     * whose sampling or auditor changed.
     */
    public AuditRound save(Change<AuditRound> change, String by, Supplier<? extends StaleRecordException> stale) {
        AuditRound r = change.after();
        VersionedUpdate.of(jdbc, """
                        update audit_round set organisational = cast(:organisational as jsonb), updated_at = now(),
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("organisational", JSON.writeValueAsString(r.organisational()))
                .param("by", by)
                .param("id", r.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        Map<UUID, RoundCase> before = new LinkedHashMap<>();
        change.before().cases().forEach(c -> before.put(c.interventionId(), c));
        for (RoundCase c : r.cases()) {
            if (Objects.equals(before.get(c.interventionId()), c)) {
                continue;
            }
            jdbc.sql("""
                            update audit_round_case set status = :status, position = :position,
                                   replaced_by = :replacedBy, replacement_reason = :reason, auditor_id = :auditor
                             where round_id = :round and intervention_id = :case
                            """)
                    .param("status", c.status().name())
                    .param("position", c.position())
                    .param("replacedBy", c.replacedBy())
                    .param("reason", c.replacementReason())
                    .param("auditor", c.auditorId())
                    .param("round", r.id())
                    .param("case", c.interventionId())
                    .update();
        }
        return find(r.id()).orElseThrow();
    }

    /** Takes the round's row lock at the version the person saw, before its rules read its state. */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "audit_round", id, version, stale);
    }

    /** A round with its whole eligible population. */
    public Optional<AuditRound> find(UUID id) {
        List<RoundCase> cases = jdbc.sql("""
                        select * from audit_round_case where round_id = :id
                         order by work, position nulls last, start_date, intervention_id
                        """)
                .param("id", id)
                .query(AuditRoundRepository::roundCase)
                .list();
        return jdbc.sql("select * from audit_round where id = :id")
                .param("id", id)
                .query((rs, n) -> round(rs, cases))
                .optional();
    }

    /** The services' rounds, latest fieldwork first. */
    public List<Listing> ofServices(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from audit_round where service_id in (:services)
                         order by fieldwork_date desc, created_at desc
                        """)
                .param("services", serviceIds)
                .query((rs, n) -> new Listing(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        RoundPlan.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        RoundPlan.Scope.valueOf(rs.getString("scope")),
                        rs.getString("framework_id"),
                        rs.getObject("fieldwork_date", LocalDate.class),
                        JSON.readValue(rs.getString("domains"), DOMAINS)))
                .list();
    }

    private static AuditRound round(ResultSet rs, List<RoundCase> cases) throws SQLException {
        return new AuditRound(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                RoundPlan.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                RoundPlan.Scope.valueOf(rs.getString("scope")),
                rs.getString("framework_id"),
                rs.getObject("fieldwork_date", LocalDate.class),
                rs.getLong("seed"),
                JSON.readValue(rs.getString("domains"), DOMAINS),
                cases,
                JSON.readValue(rs.getString("organisational"), JUDGEMENTS),
                rs.getLong("version"));
    }

    private static RoundCase roundCase(ResultSet rs, int row) throws SQLException {
        return new RoundCase(
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                CaseWork.valueOf(rs.getString("work")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("case_manager_id", UUID.class),
                new Stratum(
                        rs.getString("gender"),
                        rs.getString("disposal_type"),
                        rs.getString("rosh"),
                        rs.getString("safety_and_wellbeing")),
                RoundCase.Status.valueOf(rs.getString("status")),
                rs.getObject("position", Integer.class),
                rs.getObject("replaced_by", UUID.class),
                rs.getString("replacement_reason"),
                rs.getObject("auditor_id", UUID.class));
    }
}
