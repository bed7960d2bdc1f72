package org.desist.court.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.court.Accompaniment;
import org.desist.court.AppearanceAtCourt;
import org.desist.court.Companion;
import org.desist.court.CourtDateMethod;
import org.desist.court.CourtDateShared;
import org.desist.court.CourtKind;
import org.desist.court.Outcome;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of social care's side of court appearances: who accompanied the child (on {@code court_appearance})
 * and what the social worker was told ({@code court_date_shared}): find, a child's, the versioned save and the
 * insert of a court date shared.
 */
@Repository
public class AppearanceAtCourtRepository {

    private final JdbcClient jdbc;

    AppearanceAtCourtRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Not audited, not scoped: the service checks the child. */
    public AppearanceAtCourt find(UUID appearanceId) {
        return jdbc.sql("select * from court_appearance where id = :id")
                .param("id", appearanceId)
                .query(AppearanceAtCourtRepository::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Court appearance"));
    }

    /** The child's appearances, oldest first: one read, whatever their number. */
    public List<AppearanceAtCourt> ofChild(UUID childId) {
        return jdbc.sql("select * from court_appearance where child_id = :c order by appearance_date, created_at")
                .param("c", childId)
                .query(AppearanceAtCourtRepository::map)
                .list();
    }

    /** Takes the appearance's row lock at the version the person saw (stale when someone saved since). */
    public void lock(UUID appearanceId, long version, Supplier<? extends StaleRecordException> stale) {
        VersionedUpdate.lock(jdbc, "court_appearance", appearanceId, version, stale);
    }

    /** The one versioned update: writes who accompanied the child, at the version the person saw; returns it saved. */
    public AppearanceAtCourt save(
            Change<AppearanceAtCourt> change, String by, Supplier<? extends StaleRecordException> stale) {
        Accompaniment after = change.after().accompaniment();
        VersionedUpdate.of(jdbc, """
                        update court_appearance set accompanied_by = :by, accompanied_by_name = :name,
                               accompaniment_reason = :reason, updated_at = now(), updated_by = :user,
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("by", after == null ? null : after.companion().name())
                .param("name", after == null ? null : after.name())
                .param("reason", after == null ? null : after.reason())
                .param("user", by)
                .param("id", change.after().id())
                .param("version", change.before().version())
                .orElseThrow(stale);
        return find(change.after().id());
    }

    /** What the social worker was told of the appearance's court dates, in the order they were told. */
    public List<CourtDateShared> shared(UUID appearanceId) {
        return jdbc.sql("select * from court_date_shared where appearance_id = :a order by told_on, recorded_at")
                .param("a", appearanceId)
                .query((rs, n) -> shared(rs))
                .list();
    }

    /** As {@link #shared(UUID)}, for several appearances in one read. */
    public List<CourtDateShared> shared(Collection<UUID> appearanceIds) {
        if (appearanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from court_date_shared where appearance_id in (:a) order by told_on, recorded_at")
                .param("a", appearanceIds)
                .query((rs, n) -> shared(rs))
                .list();
    }

    public CourtDateShared insert(CourtDateShared s) {
        jdbc.sql("""
                        insert into court_date_shared (id, appearance_id, hearing_date, told_on, told_how, told_who,
                            recorded_by)
                        values (:id, :appearance, :hearing, :on, :how, :who, :by)
                        """)
                .param("id", s.id())
                .param("appearance", s.appearanceId())
                .param("hearing", s.hearingDate())
                .param("on", s.toldOn())
                .param("how", s.toldHow().name())
                .param("who", s.toldWho())
                .param("by", s.recordedBy())
                .update();
        return s;
    }

    private static CourtDateShared shared(ResultSet rs) throws SQLException {
        return new CourtDateShared(
                rs.getObject("id", UUID.class),
                rs.getObject("appearance_id", UUID.class),
                rs.getObject("hearing_date", LocalDate.class),
                rs.getObject("told_on", LocalDate.class),
                CourtDateMethod.valueOf(rs.getString("told_how")),
                rs.getString("told_who"),
                rs.getString("recorded_by"));
    }

    private static AppearanceAtCourt map(ResultSet rs, int n) throws SQLException {
        String by = rs.getString("accompanied_by");
        return new AppearanceAtCourt(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("appearance_date", LocalDate.class),
                rs.getObject("next_hearing_date", LocalDate.class),
                CourtKind.valueOf(rs.getString("court_kind")),
                Outcome.valueOf(rs.getString("outcome")),
                by == null
                        ? null
                        : new Accompaniment(
                                Companion.valueOf(by),
                                rs.getString("accompanied_by_name"),
                                rs.getString("accompaniment_reason")),
                rs.getLong("version"));
    }
}
