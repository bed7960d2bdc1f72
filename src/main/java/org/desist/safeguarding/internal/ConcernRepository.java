package org.desist.safeguarding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.platform.Change;
import org.desist.platform.VersionedUpdate;
import org.desist.safeguarding.ChildProtectionConcern;
import org.desist.safeguarding.ConcernDetails;
import org.desist.safeguarding.ReportMethod;
import org.desist.safeguarding.Safeguarding;
import org.desist.safeguarding.SocialCareContact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The child's child protection concerns ({@code child_protection_concern}), each with how promptly it was reported
 * against the setting {@code desist.safeguarding.cp-report-within-days} (0: the same day).
 */
@Repository
public class ConcernRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final int reportWithinDays;

    ConcernRepository(
            JdbcClient jdbc,
            AuditTrail audit,
            @Value("${desist.safeguarding.cp-report-within-days:0}") int reportWithinDays) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.reportWithinDays = reportWithinDays;
    }

    /** The number of days within which a concern must be reported (0: the same day). */
    public int reportWithinDays() {
        return reportWithinDays;
    }

    /** The child's concerns, latest identified first. */
    public List<ChildProtectionConcern> ofChild(UUID childId) {
        return jdbc.sql("select * from child_protection_concern where child_id = :child"
                        + " order by identified_on desc, recorded_at desc")
                .param("child", childId)
                .query(this::concern)
                .list();
    }

    public Optional<ChildProtectionConcern> find(UUID id) {
        return jdbc.sql("select * from child_protection_concern where id = :id")
                .param("id", id)
                .query(this::concern)
                .optional();
    }

    /** A new concern, as its change made it; the state as saved. */
    public ChildProtectionConcern insert(Change<ChildProtectionConcern> change) {
        ChildProtectionConcern c = change.after();
        jdbc.sql("""
                        insert into child_protection_concern (id, child_id, identified_on, identified_by, concern,
                            manager_name, manager_told_on, social_care_contact, social_care_name, social_care_told_on,
                            social_care_how, social_care_response, recorded_by)
                        values (:id, :child, :identifiedOn, :identifiedBy, :concern, :managerName, :managerToldOn,
                            :contact, :socialCareName, :socialCareToldOn, :how, :response, :by)
                        """)
                .params(params(c.details()))
                .param("id", c.id())
                .param("child", c.childId())
                .param("by", c.recordedBy())
                .update();
        return find(c.id()).orElseThrow();
    }

    /** The concern's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc,
                "child_protection_concern",
                id,
                version,
                () -> audit.staleRecord(Safeguarding.CONCERN, id, version));
    }

    /** The one versioned update of a concern, from the version it was read at. Returns the state as saved. */
    public ChildProtectionConcern save(Change<ChildProtectionConcern> change) {
        ChildProtectionConcern c = change.after();
        long version = change.before().version();
        VersionedUpdate.of(jdbc, """
                        update child_protection_concern set identified_on = :identifiedOn,
                               identified_by = :identifiedBy, concern = :concern, manager_name = :managerName,
                               manager_told_on = :managerToldOn, social_care_contact = :contact,
                               social_care_name = :socialCareName, social_care_told_on = :socialCareToldOn,
                               social_care_how = :how, social_care_response = :response, version = version + 1
                         where id = :id and version = :version
                        """)
                .params(params(c.details()))
                .param("id", c.id())
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(Safeguarding.CONCERN, c.id(), version));
        return find(c.id()).orElseThrow();
    }

    private static Map<String, Object> params(ConcernDetails d) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("identifiedOn", d.identifiedOn());
        params.put("identifiedBy", d.identifiedBy());
        params.put("concern", d.concern());
        params.put("managerName", d.managerName());
        params.put("managerToldOn", d.managerToldOn());
        params.put(
                "contact",
                d.socialCareContact() == null ? null : d.socialCareContact().name());
        params.put("socialCareName", d.socialCareName());
        params.put("socialCareToldOn", d.socialCareToldOn());
        params.put("how", d.socialCareHow() == null ? null : d.socialCareHow().name());
        params.put("response", d.socialCareResponse());
        return params;
    }

    private ChildProtectionConcern concern(ResultSet rs, int row) throws SQLException {
        String contact = rs.getString("social_care_contact");
        String how = rs.getString("social_care_how");
        ConcernDetails details = new ConcernDetails(
                rs.getObject("identified_on", LocalDate.class),
                rs.getString("identified_by"),
                rs.getString("concern"),
                rs.getString("manager_name"),
                rs.getObject("manager_told_on", LocalDate.class),
                contact == null ? null : SocialCareContact.valueOf(contact),
                rs.getString("social_care_name"),
                rs.getObject("social_care_told_on", LocalDate.class),
                how == null ? null : ReportMethod.valueOf(how),
                rs.getString("social_care_response"));
        return ChildProtectionConcern.of(
                rs.getObject("id", UUID.class),
                rs.getObject("child_id", UUID.class),
                details,
                rs.getString("recorded_by"),
                rs.getLong("version"),
                reportWithinDays);
    }
}
