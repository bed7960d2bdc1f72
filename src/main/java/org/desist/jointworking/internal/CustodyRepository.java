package org.desist.jointworking.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.jointworking.CustodyRules;
import org.desist.jointworking.ExpectedRelease;
import org.desist.jointworking.SupportStopped;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A custodial sentence's expected release ({@code expected_release}) and support stopped ({@code custody_support_stopped}). */
@Repository
public class CustodyRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int reviewMonths;
    private final int arrangementsDays;

    CustodyRepository(
            JdbcClient jdbc,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.care-leavers.pathway-review-months-before-release:1}") int reviewMonths,
            @Value("${desist.care-leavers.release-arrangements-days-before-release:14}") int arrangementsDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.reviewMonths = reviewMonths;
        this.arrangementsDays = arrangementsDays;
    }

    public Optional<ExpectedRelease> release(UUID interventionId) {
        return jdbc.sql("select * from expected_release where intervention_id = :i")
                .param("i", interventionId)
                .query((rs, n) -> {
                    LocalDate on = rs.getObject("release_on", LocalDate.class);
                    return new ExpectedRelease(
                            rs.getObject("intervention_id", UUID.class),
                            rs.getObject("child_id", UUID.class),
                            on,
                            rs.getLong("version"),
                            CustodyRules.pathwayReviewBy(on, reviewMonths),
                            CustodyRules.releaseArrangementsBy(on, arrangementsDays),
                            rs.getString("updated_by"));
                })
                .optional();
    }

    public ExpectedRelease insert(Change<ExpectedRelease> created) {
        ExpectedRelease r = created.after();
        jdbc.sql("""
                        insert into expected_release (intervention_id, child_id, release_on, version, updated_at,
                            updated_by)
                        values (:i, :child, :on, 0, :at, :by)
                        """)
                .param("i", r.interventionId())
                .param("child", r.childId())
                .param("on", r.releaseOn())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", r.updatedBy())
                .update();
        return release(r.interventionId()).orElseThrow();
    }

    /** The versioned update of the expected release, at the version the person saw; the state as saved. */
    public ExpectedRelease save(Change<ExpectedRelease> change) {
        ExpectedRelease after = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update expected_release set release_on = :on, version = version + 1, updated_at = :at,
                            updated_by = :by
                         where intervention_id = :i and version = :version
                        """)
                .param("on", after.releaseOn())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", after.updatedBy())
                .param("i", after.interventionId())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(ExpectedRelease.RECORD_TYPE, after.interventionId(), version));
        return release(after.interventionId()).orElseThrow();
    }

    public Optional<SupportStopped> stopped(UUID interventionId) {
        return jdbc.sql("select * from custody_support_stopped where intervention_id = :i")
                .param("i", interventionId)
                .query((rs, n) -> new SupportStopped(
                        rs.getObject("id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        rs.getObject("intervention_id", UUID.class),
                        new CustodyRules.StopSupport(
                                rs.getObject("recommended_on", LocalDate.class),
                                rs.getString("reason"),
                                rs.getString("senior_manager"),
                                rs.getObject("agreed_on", LocalDate.class),
                                rs.getObject("case_manager_told_on", LocalDate.class),
                                rs.getObject("establishment_told_on", LocalDate.class),
                                rs.getObject("child_told_on", LocalDate.class),
                                rs.getObject("parents_told_on", LocalDate.class)),
                        rs.getString("recorded_by")))
                .optional();
    }

    public SupportStopped insert(SupportStopped s) {
        CustodyRules.StopSupport d = s.decision();
        jdbc.sql("""
                        insert into custody_support_stopped (id, child_id, intervention_id, recommended_on, reason,
                            senior_manager, agreed_on, case_manager_told_on, establishment_told_on, child_told_on,
                            parents_told_on, recorded_at, recorded_by)
                        values (:id, :child, :i, :recommended, :reason, :manager, :agreed, :cm, :establishment,
                            :childTold, :parents, :at, :by)
                        """)
                .param("id", s.id())
                .param("child", s.childId())
                .param("i", s.interventionId())
                .param("recommended", d.recommendedOn())
                .param("reason", d.reason())
                .param("manager", d.seniorManager())
                .param("agreed", d.agreedOn())
                .param("cm", d.caseManagerToldOn())
                .param("establishment", d.establishmentToldOn())
                .param("childTold", d.childToldOn())
                .param("parents", d.parentsToldOn())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", s.recordedBy())
                .update();
        return stopped(s.interventionId()).orElseThrow();
    }
}
