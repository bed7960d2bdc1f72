package org.desist.court.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.court.CourtReport;
import org.desist.court.ReportType;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the SQL of reports to court ({@code court_report}): find, a child's, insert and the versioned save. */
@Repository
public class CourtReportRepository {

    private final JdbcClient jdbc;

    CourtReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not audited, not scoped: the service checks the child. */
    public CourtReport find(UUID id) {
        return jdbc.sql("select * from court_report where id = :id")
                .param("id", id)
                .query(CourtReportRepository::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Report to court"));
    }

    /** The child's reports, latest due first. */
    public List<CourtReport> ofChild(UUID childId) {
        return jdbc.sql("select * from court_report where child_id = :child order by due_date desc, created_at desc")
                .param("child", childId)
                .query(CourtReportRepository::map)
                .list();
    }

    /** Takes the report's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID id, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "court_report", id, version, stale);
    }

    public CourtReport insert(CourtReport r, String by) {
        jdbc.sql("""
                        insert into court_report (id, child_id, appearance_id, type, requested_on, due_date, author_id,
                            status, submitted_on, reused_report_id, reuse_reason, created_at, created_by, updated_at,
                            updated_by)
                        values (:id, :child, :appearance, :type, :requested, :due, :author, :status, :submitted,
                            :reusedId, :reason, now(), :by, now(), :by)
                        """)
                .param("id", r.id())
                .param("child", r.childId())
                .param("appearance", r.appearanceId())
                .param("type", r.type().name())
                .param("requested", r.requestedOn())
                .param("due", r.dueDate())
                .param("author", r.authorId())
                .param("status", r.status().name())
                .param("submitted", r.submittedOn())
                .param("reusedId", r.reusedReportId())
                .param("reason", r.reuseReason())
                .param("by", by)
                .update();
        return find(r.id());
    }

    /** The one versioned update: writes the report's new state, at the version the person saw; returns it saved. */
    public CourtReport save(Change<CourtReport> change, String by, Supplier<? extends StaleRecordException> stale) {
        CourtReport r = change.after();
        VersionedUpdate.of(jdbc, """
                        update court_report set due_date = :due, status = :status, qa_by = :qaBy, qa_at = :qaAt,
                               submitted_on = :submitted, withdrawn_reason = :withdrawn, updated_at = now(),
                               updated_by = :by, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("due", r.dueDate())
                .param("status", r.status().name())
                .param("qaBy", r.qualityAssuredBy())
                .param("qaAt", r.qualityAssuredAt() == null ? null : Timestamp.from(r.qualityAssuredAt()))
                .param("submitted", r.submittedOn())
                .param("withdrawn", r.withdrawnReason())
                .param("by", by)
                .param("id", r.id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(r.id());
    }

    /**
     * Whether a pre-sentence report went to court (submitted, or an earlier one reused) in the proceedings of an
     * appearance on {@code date}: from the child's latest first hearing up to and including it.
     */
    public boolean preSentenceReportInTheProceedings(UUID childId, LocalDate date) {
        return jdbc.sql("""
                        select count(*) from court_report r join court_appearance a on a.id = r.appearance_id
                         where r.child_id = :child and r.type = 'PRE_SENTENCE' and r.status in ('SUBMITTED', 'REUSED')
                           and a.appearance_date <= :date
                           and a.appearance_date >= coalesce(
                                (select max(f.appearance_date) from court_appearance f
                                  where f.child_id = :child and f.hearing_type = 'FIRST' and f.appearance_date <= :date),
                                date '0001-01-01')
                        """)
                        .param("child", childId)
                        .param("date", date)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static CourtReport map(ResultSet rs, int row) throws SQLException {
        var qaAt = rs.getTimestamp("qa_at");
        return new CourtReport(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("appearance_id", UUID.class),
                ReportType.valueOf(rs.getString("type")),
                rs.getObject("requested_on", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("author_id", UUID.class),
                CourtReport.Status.valueOf(rs.getString("status")),
                rs.getObject("qa_by", UUID.class),
                qaAt == null ? null : qaAt.toInstant(),
                rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("reused_report_id", UUID.class),
                rs.getString("reuse_reason"),
                rs.getString("withdrawn_reason"),
                rs.getLong("version"));
    }
}
