package org.desist.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.safeguarding.MappaManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The child's MAPPA decisions ({@code mappa_management}); the latest is current. */
@Repository
public class MappaRepository {

    private final JdbcClient jdbc;

    MappaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The child's MAPPA decisions, latest first. */
    public List<MappaManagement> ofChild(UUID childId) {
        return jdbc.sql(
                        "select * from mappa_management where child_id = :child order by decided_on desc, recorded_at desc")
                .param("child", childId)
                .query(MappaRepository::mappa)
                .list();
    }

    /** A new decision, as its change made it; the state as saved. */
    public MappaManagement insert(Change<MappaManagement> change) {
        MappaManagement m = change.after();
        jdbc.sql("""
                        insert into mappa_management (id, child_id, level, category, decided_on, review_on, recorded_by)
                        values (:id, :child, :level, :category, :on, :review, :by)
                        """)
                .param("id", m.id())
                .param("child", m.childId())
                .param("level", m.level())
                .param("category", m.category())
                .param("on", m.decidedOn())
                .param("review", m.reviewOn())
                .param("by", m.recordedBy())
                .update();
        return jdbc.sql("select * from mappa_management where id = :id")
                .param("id", m.id())
                .query(MappaRepository::mappa)
                .single();
    }

    private static MappaManagement mappa(ResultSet rs, int row) throws SQLException {
        return new MappaManagement(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getInt("level"),
                rs.getInt("category"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class),
                rs.getString("recorded_by"));
    }
}
