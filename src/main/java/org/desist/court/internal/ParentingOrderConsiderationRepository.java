package org.desist.court.internal;

import java.util.UUID;
import java.util.function.Supplier;
import org.desist.court.CourtReport;
import org.desist.court.ParentingOrderConsideration;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a report to court's parenting-order mark ({@code court_report.parenting_order_considered}). */
@Repository
public class ParentingOrderConsiderationRepository {

    private final JdbcClient jdbc;

    ParentingOrderConsiderationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not audited, not scoped: the service checks the child. */
    public ParentingOrderConsideration find(UUID reportId) {
        return jdbc.sql(
                        "select id, child_id, status, parenting_order_considered, version from court_report where id = :id")
                .param("id", reportId)
                .query((rs, n) -> new ParentingOrderConsideration(
                        rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        CourtReport.Status.valueOf(rs.getString("status")),
                        rs.getBoolean("parenting_order_considered"),
                        rs.getLong("version")))
                .optional()
                .orElseThrow(() -> new NotFoundException("Report to court"));
    }

    /** Takes the report's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID reportId, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "court_report", reportId, version, stale);
    }

    /** The one versioned update: marks the report, at the version the person saw; returns it saved. */
    public ParentingOrderConsideration save(
            Change<ParentingOrderConsideration> change, String by, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.of(jdbc, """
                        update court_report set parenting_order_considered = :considered, version = version + 1,
                               updated_at = now(), updated_by = :by
                         where id = :id and version = :version
                        """)
                .param("considered", change.after().considered())
                .param("by", by)
                .param("id", change.after().reportId())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(change.after().reportId());
    }
}
