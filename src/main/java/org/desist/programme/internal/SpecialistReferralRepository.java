package org.desist.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.desist.programme.Programmes;
import org.desist.programme.ReferralAgency;
import org.desist.programme.ReferralChase;
import org.desist.programme.ReferralOutcome;
import org.desist.programme.SpecialistReferral;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of referrals to specialists and partners (table specialist_referral); each read says whether it is
 * to chase today ({@link ReferralChase}, after {@code desist.programme.referral-outcome-chase-after} working days).
 */
@Repository
public class SpecialistReferralRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final int chaseAfter;

    SpecialistReferralRepository(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            WorkingDayCalendar calendar,
            @Value("${desist.programme.referral-outcome-chase-after:20}") int chaseAfter) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
        this.chaseAfter = chaseAfter;
    }

    /** The intervention the referral belongs to, if there is one. */
    public Optional<UUID> interventionOf(UUID referralId) {
        return jdbc.sql("select intervention_id from specialist_referral where id = :id")
                .param("id", referralId)
                .query(UUID.class)
                .optional();
    }

    public Optional<SpecialistReferral> find(UUID referralId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select * from specialist_referral where id = :id")
                .param("id", referralId)
                .query((rs, n) -> referral(rs, today))
                .optional();
    }

    /** The intervention's referrals, latest first. */
    public List<SpecialistReferral> ofIntervention(UUID interventionId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select * from specialist_referral where intervention_id = :id"
                        + " order by referred_on desc, created_at desc")
                .param("id", interventionId)
                .query((rs, n) -> referral(rs, today))
                .list();
    }

    /** A new referral, as its change made it; the state as saved. */
    public SpecialistReferral insert(Change<SpecialistReferral> change) {
        SpecialistReferral r = change.after();
        jdbc.sql("""
                        insert into specialist_referral (id, intervention_id, agency, organisation, referred_on, reason,
                            created_by)
                        values (:id, :intervention, :agency, :organisation, :on, :reason, :by)
                        """)
                .param("id", r.id())
                .param("intervention", r.interventionId())
                .param("agency", r.agency().name())
                .param("organisation", r.organisation())
                .param("on", r.referredOn())
                .param("reason", r.reason())
                .param("by", r.referredBy())
                .update();
        return find(r.id()).orElseThrow();
    }

    /** The referral's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID referralId, long version) {
        VersionedUpdate.lock(
                jdbc,
                "specialist_referral",
                referralId,
                version,
                () -> audit.staleRecord(Programmes.REFERRAL, referralId, version));
    }

    /** The one versioned update of a referral: its outcome. Returns the state as saved. */
    public SpecialistReferral save(Change<SpecialistReferral> change) {
        SpecialistReferral r = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update specialist_referral set outcome = :outcome, outcome_on = :on, outcome_notes = :notes,
                               outcome_by = :by, updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .param("outcome", r.outcome().name())
                .param("on", r.outcomeOn())
                .param("notes", r.outcomeNotes())
                .param("by", r.outcomeBy())
                .param("id", r.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(Programmes.REFERRAL, r.id(), version));
        return find(r.id()).orElseThrow();
    }

    private SpecialistReferral referral(ResultSet rs, LocalDate today) throws SQLException {
        ReferralOutcome outcome = ReferralOutcome.valueOf(rs.getString("outcome"));
        LocalDate referredOn = rs.getObject("referred_on", LocalDate.class);
        LocalDate chaseFrom =
                outcome == ReferralOutcome.AWAITING ? ReferralChase.chaseFrom(referredOn, chaseAfter, calendar) : null;
        return new SpecialistReferral(
                rs.getObject("id", UUID.class),
                rs.getObject("intervention_id", UUID.class),
                ReferralAgency.valueOf(rs.getString("agency")),
                rs.getString("organisation"),
                referredOn,
                rs.getString("reason"),
                outcome,
                rs.getObject("outcome_on", LocalDate.class),
                rs.getString("outcome_notes"),
                chaseFrom,
                ReferralChase.toChase(outcome, referredOn, today, chaseAfter, calendar),
                rs.getString("created_by"),
                rs.getString("outcome_by"),
                rs.getLong("version"));
    }
}
