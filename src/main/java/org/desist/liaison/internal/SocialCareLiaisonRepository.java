package org.desist.liaison.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.court.ReportType;
import org.desist.liaison.SocialCareLiaison;
import org.desist.liaison.SocialCareLiaisons;
import org.desist.order.RequirementType;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the SQL of liaisons with social care (table social_care_liaison); each read says whether it is overdue. */
@Repository
public class SocialCareLiaisonRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SocialCareLiaisonRepository(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's liaisons, latest considered first. */
    public List<SocialCareLiaison> ofChild(UUID childId) {
        return jdbc.sql("""
                        select * from social_care_liaison
                         where child_id = :child order by considered_on desc, recorded_at desc
                        """).param("child", childId).query(this::liaison).list();
    }

    /** One liaison of the child. */
    public Optional<SocialCareLiaison> find(UUID childId, UUID id) {
        return jdbc.sql("select * from social_care_liaison where id = :id and child_id = :child")
                .param("id", id)
                .param("child", childId)
                .query(this::liaison)
                .optional();
    }

    /** A requirement considered, as its change made it, for a report of {@code reportType}; the state as saved. */
    public SocialCareLiaison insert(Change<SocialCareLiaison> change, ReportType reportType, String by) {
        SocialCareLiaison l = change.after();
        jdbc.sql("""
                        insert into social_care_liaison (id, child_id, requirement, report_id, report_type, report_due,
                            considered_on, due_on, recorded_at, recorded_by)
                        values (:id, :child, :requirement, :report, :type, :reportDue, :considered, :due, :at, :by)
                        """)
                .param("id", l.id())
                .param("child", l.childId())
                .param("requirement", l.requirement().name())
                .param("report", l.reportId())
                .param("type", reportType.name())
                .param("reportDue", l.reportDue())
                .param("considered", l.consideredOn())
                .param("due", l.dueOn())
                .param("at", java.sql.Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .update();
        return find(l.childId(), l.id()).orElseThrow();
    }

    /** The liaison's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc,
                "social_care_liaison",
                id,
                version,
                () -> audit.staleRecord(SocialCareLiaisons.RECORD_TYPE, id, version));
    }

    /** The one versioned update of a liaison: the liaison recorded. Returns the state as saved. */
    public SocialCareLiaison save(Change<SocialCareLiaison> change) {
        SocialCareLiaison l = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update social_care_liaison set liaised_on = :on, social_care_contact = :contact,
                               outcome = :outcome, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("on", l.liaisedOn())
                .param("contact", l.contact())
                .param("outcome", l.outcome())
                .param("id", l.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(SocialCareLiaisons.RECORD_TYPE, l.id(), version));
        return find(l.childId(), l.id()).orElseThrow();
    }

    private SocialCareLiaison liaison(ResultSet rs, int n) throws SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate liaised = rs.getObject("liaised_on", LocalDate.class);
        return new SocialCareLiaison(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                RequirementType.valueOf(rs.getString("requirement")),
                rs.getObject("report_id", UUID.class),
                ReportType.valueOf(rs.getString("report_type")).label(),
                rs.getObject("report_due", LocalDate.class),
                rs.getObject("considered_on", LocalDate.class),
                due,
                liaised,
                rs.getString("social_care_contact"),
                rs.getString("outcome"),
                liaised == null && LocalDate.now(clock).isAfter(due),
                rs.getLong("version"));
    }
}
