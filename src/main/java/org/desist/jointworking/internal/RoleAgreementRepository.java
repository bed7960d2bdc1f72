package org.desist.jointworking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.jointworking.LeadProfessional;
import org.desist.jointworking.RoleAgreement;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The role agreements of shared cases ({@code role_agreement}), the superseded ones kept. */
@Repository
public class RoleAgreementRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RoleAgreementRepository(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The child's agreements, latest first. */
    public List<RoleAgreement> ofChild(UUID childId) {
        return jdbc.sql("select * from role_agreement where child_id = :c order by agreed_on desc, recorded_at desc")
                .param("c", childId)
                .query(RoleAgreementRepository::agreement)
                .list();
    }

    public RoleAgreement find(UUID id) {
        return jdbc.sql("select * from role_agreement where id = :id")
                .param("id", id)
                .query(RoleAgreementRepository::agreement)
                .single();
    }

    /** The current agreements of these children. */
    public List<RoleAgreement> currentOf(Collection<UUID> childIds) {
        return jdbc.sql("select * from role_agreement where superseded_on is null and child_id in (:children)")
                .param("children", childIds)
                .query(RoleAgreementRepository::agreement)
                .list();
    }

    /** Takes the row lock of the agreement at the version the person saw, before its rules read it. */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc, "role_agreement", id, version, () -> audit.staleRecord(RoleAgreement.RECORD_TYPE, id, version));
    }

    /**
     * Inserts a new current agreement. As for allocations, it carries the version on (the superseded one's + 1),
     * and a first one recorded by someone else at the same moment breaks the one-current index: stale.
     */
    public RoleAgreement insert(Change<RoleAgreement> created) {
        RoleAgreement a = created.after();
        try {
            jdbc.sql("""
                            insert into role_agreement (id, child_id, responsibilities, roles, contact_frequency,
                                contact_means, agreed_on, yos_worker, social_worker, personal_adviser,
                                lead_professional, lead_professional_other, child_told_on, recorded_at, recorded_by,
                                version)
                            values (:id, :child, :responsibilities, :roles, :frequency, :means, :on, :yos, :sw, :pa,
                                :lead, :other, :told, now(), :by, :version)
                            """)
                    .param("version", a.version())
                    .param("id", a.id())
                    .param("child", a.childId())
                    .param("responsibilities", a.responsibilities())
                    .param("roles", a.roles())
                    .param("frequency", a.contactFrequency())
                    .param("means", a.contactMeans())
                    .param("on", a.agreedOn())
                    .param("yos", a.yosWorker())
                    .param("sw", a.socialWorker())
                    .param("pa", a.personalAdviser())
                    .param("lead", a.leadProfessional().name())
                    .param("other", a.leadProfessionalOther())
                    .param("told", a.childToldOn())
                    .param("by", a.recordedBy())
                    .update();
        } catch (DuplicateKeyException e) {
            throw SocialCareAllocationRepository.somebodyRecordedOne();
        }
        return find(a.id());
    }

    /** The versioned update of an agreement (superseded, the child told), at the version the person saw. */
    public RoleAgreement save(Change<RoleAgreement> change) {
        RoleAgreement after = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update role_agreement set superseded_on = :superseded, child_told_on = :told,
                               version = version + 1
                         where id = :id and version = :version""")
                .param("superseded", after.supersededOn())
                .param("told", after.childToldOn())
                .param("id", after.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RoleAgreement.RECORD_TYPE, after.id(), version));
        return find(after.id());
    }

    private static RoleAgreement agreement(ResultSet rs, int n) throws SQLException {
        return new RoleAgreement(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getString("responsibilities"),
                rs.getString("roles"),
                rs.getString("contact_frequency"),
                rs.getString("contact_means"),
                rs.getObject("agreed_on", LocalDate.class),
                rs.getString("yos_worker"),
                rs.getString("social_worker"),
                rs.getString("personal_adviser"),
                LeadProfessional.valueOf(rs.getString("lead_professional")),
                rs.getString("lead_professional_other"),
                rs.getObject("child_told_on", LocalDate.class),
                rs.getObject("superseded_on", LocalDate.class),
                rs.getLong("version"),
                rs.getString("recorded_by"));
    }
}
