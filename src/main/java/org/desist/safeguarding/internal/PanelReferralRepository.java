package org.desist.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.desist.safeguarding.PanelReferral;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.SafeguardingAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The child's risk panel referrals ({@code risk_panel_referral}) with the actions each agreed. */
@Repository
public class PanelReferralRepository {

    private final JdbcClient jdbc;
    private final SafeguardingActionRepository actions;
    private final AuditTrail audit;

    PanelReferralRepository(JdbcClient jdbc, SafeguardingActionRepository actions, AuditTrail audit) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.audit = audit;
    }

    /** The child's referrals, latest first, with their actions (the child's, by record). */
    public List<PanelReferral> ofChild(UUID childId, Map<UUID, List<SafeguardingAction>> actionsByRecord) {
        return jdbc.sql(
                        "select * from risk_panel_referral where child_id = :child order by referred_on desc, recorded_at desc")
                .param("child", childId)
                .query((rs, n) -> referral(rs, actionsByRecord.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    public Optional<PanelReferral> find(UUID id) {
        return jdbc.sql("select * from risk_panel_referral where id = :id")
                .param("id", id)
                .query((rs, n) -> referral(rs, actions.ofRecord(id)))
                .optional();
    }

    /** A new referral, as its change made it; the state as saved. */
    public PanelReferral insert(Change<PanelReferral> change) {
        PanelReferral r = change.after();
        jdbc.sql("""
                        insert into risk_panel_referral (id, child_id, referred_on, reason, panel_date, decisions,
                            recorded_by)
                        values (:id, :child, :on, :reason, :panel, :decisions, :by)
                        """)
                .param("id", r.id())
                .param("child", r.childId())
                .param("on", r.referredOn())
                .param("reason", r.reason())
                .param("panel", r.panelDate())
                .param("decisions", r.decisions())
                .param("by", r.recordedBy())
                .update();
        return find(r.id()).orElseThrow();
    }

    /** The referral's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc, "risk_panel_referral", id, version, () -> audit.staleRecord(Safeguarding.REFERRAL, id, version));
    }

    /** The one versioned update of a referral, from the version it was read at. Returns the state as saved. */
    public PanelReferral save(Change<PanelReferral> change) {
        PanelReferral r = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update risk_panel_referral set referred_on = :on, reason = :reason, panel_date = :panel,
                               decisions = :decisions, version = version + 1
                         where id = :id and version = :version
                        """)
                .param("on", r.referredOn())
                .param("reason", r.reason())
                .param("panel", r.panelDate())
                .param("decisions", r.decisions())
                .param("id", r.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(Safeguarding.REFERRAL, r.id(), version));
        return find(r.id()).orElseThrow();
    }

    private static PanelReferral referral(ResultSet rs, List<SafeguardingAction> actions) throws SQLException {
        return new PanelReferral(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("referred_on", LocalDate.class),
                rs.getString("reason"),
                rs.getObject("panel_date", LocalDate.class),
                rs.getString("decisions"),
                rs.getString("recorded_by"),
                rs.getLong("version"),
                actions);
    }
}
