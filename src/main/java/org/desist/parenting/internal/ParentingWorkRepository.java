package org.desist.parenting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.parenting.ParentingWork;
import org.desist.parenting.ParentingWorkKind;
import org.desist.platform.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of the SQL of parenting orders, contracts and voluntary work (table parenting_work). */
@Repository
public class ParentingWorkRepository {

    private final JdbcClient jdbc;

    ParentingWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's parenting work, latest start first. */
    public List<ParentingWork> ofChild(UUID childId) {
        return jdbc.sql("select * from parenting_work where child_id = :c order by starts_on desc")
                .param("c", childId)
                .query(ParentingWorkRepository::work)
                .list();
    }

    /** Parenting work recorded, as its change made it; the state as saved. */
    public ParentingWork insert(Change<ParentingWork> change) {
        ParentingWork w = change.after();
        jdbc.sql("""
                        insert into parenting_work (id, child_id, kind, starts_on, ends_on, terms, parenting_worker,
                            agency_roles, recorded_by)
                        values (:id, :child, :kind, :starts, :ends, :terms, :worker, :roles, :by)
                        """)
                .param("id", w.id())
                .param("child", w.childId())
                .param("kind", w.kind().name())
                .param("starts", w.startsOn())
                .param("ends", w.endsOn())
                .param("terms", w.terms())
                .param("worker", w.parentingWorker())
                .param("roles", w.agencyRoles())
                .param("by", w.recordedBy())
                .update();
        return jdbc.sql("select * from parenting_work where id = :id")
                .param("id", w.id())
                .query(ParentingWorkRepository::work)
                .single();
    }

    private static ParentingWork work(ResultSet rs, int n) throws SQLException {
        return new ParentingWork(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                ParentingWorkKind.valueOf(rs.getString("kind")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("terms"),
                rs.getString("parenting_worker"),
                rs.getString("agency_roles"),
                rs.getString("recorded_by"),
                rs.getLong("version"));
    }
}
