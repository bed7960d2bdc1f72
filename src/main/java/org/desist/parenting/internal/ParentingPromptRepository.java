package org.desist.parenting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.parenting.Parenting;
import org.desist.parenting.ParentingDecision;
import org.desist.parenting.ParentingPrompt;
import org.desist.parenting.ParentingTrigger;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the SQL of prompts to consider a parenting assessment (table parenting_prompt). */
@Repository
public class ParentingPromptRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ParentingPromptRepository(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<ParentingPrompt> find(UUID id) {
        return jdbc.sql("select * from parenting_prompt where id = :id")
                .param("id", id)
                .query(ParentingPromptRepository::prompt)
                .optional();
    }

    /** The child's prompts, latest first. */
    public List<ParentingPrompt> ofChild(UUID childId) {
        return jdbc.sql(
                        "select * from parenting_prompt where child_id = :c order by triggered_on desc, recorded_at desc")
                .param("c", childId)
                .query(ParentingPromptRepository::prompt)
                .list();
    }

    /** Whether a prompt was already raised by this triggering record (one prompt per record). */
    public boolean raisedBy(UUID triggerRecordId) {
        return jdbc.sql("select count(*) from parenting_prompt where trigger_record_id = :r")
                        .param("r", triggerRecordId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** A prompt raised, as its change made it, by the triggering record (if any); the state as saved. */
    public ParentingPrompt insert(Change<ParentingPrompt> change, UUID triggerRecordId) {
        ParentingPrompt p = change.after();
        jdbc.sql("""
                        insert into parenting_prompt (id, child_id, trigger_kind, trigger_detail, trigger_record_id,
                            triggered_on)
                        values (:id, :child, :kind, :detail, :record, :on)
                        """)
                .param("id", p.id())
                .param("child", p.childId())
                .param("kind", p.trigger().name())
                .param("detail", p.detail())
                .param("record", triggerRecordId)
                .param("on", p.triggeredOn())
                .update();
        return find(p.id()).orElseThrow();
    }

    /** The prompt's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc, "parenting_prompt", id, version, () -> audit.staleRecord(Parenting.PROMPT, id, version));
    }

    /** The one versioned update of a prompt: the decision. Returns the state as saved. */
    public ParentingPrompt save(Change<ParentingPrompt> change) {
        ParentingPrompt p = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update parenting_prompt set decision = :decision, decision_reason = :reason, decided_by = :by,
                               decided_on = :on, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("decision", p.decision().name())
                .param("reason", p.reason())
                .param("by", p.decidedBy())
                .param("on", p.decidedOn())
                .param("id", p.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(Parenting.PROMPT, p.id(), version));
        return find(p.id()).orElseThrow();
    }

    private static ParentingPrompt prompt(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new ParentingPrompt(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                ParentingTrigger.valueOf(rs.getString("trigger_kind")),
                rs.getString("trigger_detail"),
                rs.getObject("triggered_on", LocalDate.class),
                decision == null ? null : ParentingDecision.valueOf(decision),
                rs.getString("decision_reason"),
                rs.getString("decided_by"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getLong("version"));
    }
}
