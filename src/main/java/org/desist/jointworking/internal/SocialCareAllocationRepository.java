package org.desist.jointworking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.jointworking.SocialCareAllocation;
import org.desist.jointworking.SocialCareRole;
import org.desist.platform.Change;
import org.desist.platform.StaleRecordException;
import org.desist.platform.VersionedUpdate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The social workers and personal advisers allocated to children ({@code social_care_allocation}). */
@Repository
public class SocialCareAllocationRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SocialCareAllocationRepository(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The child's allocations, latest first. */
    public List<SocialCareAllocation> ofChild(UUID childId) {
        return jdbc.sql("select * from social_care_allocation where child_id = :c order by from_date desc, role")
                .param("c", childId)
                .query(SocialCareAllocationRepository::allocation)
                .list();
    }

    public SocialCareAllocation find(UUID id) {
        return jdbc.sql("select * from social_care_allocation where id = :id")
                .param("id", id)
                .query(SocialCareAllocationRepository::allocation)
                .single();
    }

    /** The current allocations of these children. */
    public List<SocialCareAllocation> currentOf(Collection<UUID> childIds) {
        return jdbc.sql("select * from social_care_allocation where until_date is null and child_id in (:children)")
                .param("children", childIds)
                .query(SocialCareAllocationRepository::allocation)
                .list();
    }

    /** Children whose current social worker or personal adviser is this Desist account. */
    public List<UUID> childrenAllocatedTo(UUID userAccountId) {
        return jdbc.sql("""
                        select distinct child_id from social_care_allocation
                         where user_account_id = :account and until_date is null
                        """).param("account", userAccountId).query(UUID.class).list();
    }

    public boolean isAllocated(UUID childId, UUID userAccountId) {
        return jdbc.sql("""
                        select count(*) from social_care_allocation
                         where child_id = :child and user_account_id = :account and until_date is null
                        """)
                        .param("child", childId)
                        .param("account", userAccountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Takes the row lock of the allocation at the version the person saw, before its rules read it. */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc,
                "social_care_allocation",
                id,
                version,
                () -> audit.staleRecord(SocialCareAllocation.RECORD_TYPE, id, version));
    }

    /**
     * Inserts a new current allocation. It carries the role's version on (the one it replaces + 1), so a person who
     * saw the replaced one cannot replace the new one from their stale version; a first allocation made at the same
     * moment by someone else breaks the one-current-per-role index: stale, not a 500.
     */
    public SocialCareAllocation insert(Change<SocialCareAllocation> created) {
        SocialCareAllocation a = created.after();
        try {
            jdbc.sql("""
                            insert into social_care_allocation (id, child_id, role, name, team, phone, email, from_date,
                                user_account_id, recorded_at, recorded_by, version)
                            values (:id, :child, :role, :name, :team, :phone, :email, :from, :account, now(), :by,
                                :version)
                            """)
                    .param("version", a.version())
                    .param("id", a.id())
                    .param("child", a.childId())
                    .param("role", a.role().name())
                    .param("name", a.name())
                    .param("team", a.team())
                    .param("phone", a.phone())
                    .param("email", a.email())
                    .param("from", a.from())
                    .param("account", a.userAccountId())
                    .param("by", a.recordedBy())
                    .update();
        } catch (DuplicateKeyException e) {
            throw somebodyRecordedOne();
        }
        return find(a.id());
    }

    /** The versioned update of an allocation (its end), at the version the person saw; the state as saved. */
    public SocialCareAllocation save(Change<SocialCareAllocation> change) {
        SocialCareAllocation after = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update social_care_allocation set until_date = :until, version = version + 1
                         where id = :id and version = :version""")
                .param("until", after.until())
                .param("id", after.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(SocialCareAllocation.RECORD_TYPE, after.id(), version));
        return find(after.id());
    }

    /** A current record recorded by someone else at the same moment. */
    public static StaleRecordException somebodyRecordedOne() {
        return new StaleRecordException(
                "another user", Instant.EPOCH, List.of("Someone else recorded one in the meantime"), 0);
    }

    private static SocialCareAllocation allocation(ResultSet rs, int n) throws SQLException {
        return new SocialCareAllocation(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                SocialCareRole.valueOf(rs.getString("role")),
                rs.getString("name"),
                rs.getString("team"),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getObject("from_date", LocalDate.class),
                rs.getObject("until_date", LocalDate.class),
                rs.getObject("user_account_id", UUID.class),
                rs.getLong("version"),
                rs.getString("recorded_by"));
    }
}
