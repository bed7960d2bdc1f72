package org.desist.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.desist.quality.CaseAudit;
import org.desist.quality.CaseAudit.Answer;
import org.desist.quality.CaseAudit.Answers;
import org.desist.quality.CaseAudit.Judgement;
import org.desist.quality.Framework.CaseWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Case audits' rows; prompts and judgements are JSON objects keyed by the framework version's numbers. */
@Repository
public class CaseAuditRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Answer>> PROMPTS = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, Judgement>> JUDGEMENTS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    CaseAuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CaseAudit insert(Change<CaseAudit> change, String by) {
        CaseAudit a = change.after();
        jdbc.sql("""
                        insert into case_audit (id, service_id, intervention_id, child_id, round_id, framework_id,
                               case_work, auditor_id, case_manager_id, status, started_on, created_by, updated_by)
                        values (:id, :service, :intervention, :child, :round, :framework, :work, :auditor,
                                :caseManager, :status, :startedOn, :by, :by)
                        """)
                .param("id", a.id())
                .param("service", a.serviceId())
                .param("intervention", a.interventionId())
                .param("child", a.childId())
                .param("round", a.roundId())
                .param("framework", a.frameworkId())
                .param("work", a.work().name())
                .param("auditor", a.auditorId())
                .param("caseManager", a.caseManagerId())
                .param("status", a.status().name())
                .param("startedOn", a.startedOn())
                .param("by", by)
                .update();
        return find(a.id()).orElseThrow();
    }

    /** The one versioned update: the audit's answers, status and feedback, at the version the person saw. */
    public CaseAudit save(Change<CaseAudit> change, String by, Supplier<? extends StaleRecordException> stale) {
        CaseAudit a = change.after();
        Answers answers = a.answers();
        VersionedUpdate.of(jdbc, """
                        update case_audit set status = :status, prompts = cast(:prompts as jsonb),
                               judgements = cast(:judgements as jsonb), safety_agreed = :safetyAgreed,
                               safety_note = :safetyNote, rosh_agreed = :roshAgreed, rosh_note = :roshNote,
                               oversight_sufficient = :oversight, oversight_note = :oversightNote,
                               completed_on = :completedOn, acknowledged_on = :acknowledgedOn, reply = :reply,
                               updated_at = now(), updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("status", a.status().name())
                .param("prompts", JSON.writeValueAsString(answers.prompts()))
                .param("judgements", JSON.writeValueAsString(answers.judgements()))
                .param("safetyAgreed", answers.safetyAgreed())
                .param("safetyNote", answers.safetyNote())
                .param("roshAgreed", answers.roshAgreed())
                .param("roshNote", answers.roshNote())
                .param("oversight", answers.oversightSufficient())
                .param("oversightNote", answers.oversightNote())
                .param("completedOn", a.completedOn())
                .param("acknowledgedOn", a.acknowledgedOn())
                .param("reply", a.reply())
                .param("by", by)
                .param("id", a.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(a.id()).orElseThrow();
    }

    /** Takes the audit's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "case_audit", id, version, stale);
    }

    public Optional<CaseAudit> find(UUID id) {
        return jdbc.sql("select * from case_audit where id = :id")
                .param("id", id)
                .query(CaseAuditRepository::map)
                .optional();
    }

    /** The services' audits, newest first; {@code status} null for every status. */
    public List<CaseAudit> ofServices(Collection<UUID> serviceIds, CaseAudit.Status status) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from case_audit where service_id in (:services)
                           and (cast(:status as text) is null or status = cast(:status as text))
                         order by coalesce(completed_on, started_on) desc, created_at desc
                        """)
                .param("services", serviceIds)
                .param("status", status == null ? null : status.name())
                .query(CaseAuditRepository::map)
                .list();
    }

    /** The completed audits of the services completed from {@code from} to {@code to} inclusive, oldest first. */
    public List<CaseAudit> completedIn(Collection<UUID> serviceIds, LocalDate from, LocalDate to) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from case_audit where service_id in (:services) and status = 'COMPLETED'
                           and completed_on between :from and :to
                         order by completed_on, created_at
                        """)
                .param("services", serviceIds)
                .param("from", from)
                .param("to", to)
                .query(CaseAuditRepository::map)
                .list();
    }

    /** A round's audits, oldest first. */
    public List<CaseAudit> inRound(UUID roundId) {
        return jdbc.sql("select * from case_audit where round_id = :round order by created_at")
                .param("round", roundId)
                .query(CaseAuditRepository::map)
                .list();
    }

    /** The completed audits of a case manager's cases in the services, newest first. */
    public List<CaseAudit> completedOfCaseManager(UUID caseManagerId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from case_audit where case_manager_id = :cm and service_id in (:services)
                           and status = 'COMPLETED'
                         order by completed_on desc, created_at desc
                        """)
                .param("cm", caseManagerId)
                .param("services", serviceIds)
                .query(CaseAuditRepository::map)
                .list();
    }

    private static CaseAudit map(ResultSet rs, int row) throws SQLException {
        Map<String, Answer> prompts = JSON.readValue(rs.getString("prompts"), PROMPTS);
        Map<String, Judgement> judgements = JSON.readValue(rs.getString("judgements"), JUDGEMENTS);
        return new CaseAudit(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("round_id", UUID.class),
                rs.getString("framework_id"),
                CaseWork.valueOf(rs.getString("case_work")),
                rs.getObject("auditor_id", UUID.class),
                rs.getObject("case_manager_id", UUID.class),
                CaseAudit.Status.valueOf(rs.getString("status")),
                new Answers(
                        prompts,
                        judgements,
                        (Boolean) rs.getObject("safety_agreed"),
                        rs.getString("safety_note"),
                        (Boolean) rs.getObject("rosh_agreed"),
                        rs.getString("rosh_note"),
                        (Boolean) rs.getObject("oversight_sufficient"),
                        rs.getString("oversight_note")),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("completed_on", LocalDate.class),
                rs.getObject("acknowledged_on", LocalDate.class),
                rs.getString("reply"),
                rs.getLong("version"));
    }
}
