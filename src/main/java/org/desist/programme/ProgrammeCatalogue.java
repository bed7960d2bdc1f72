package org.desist.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes each youth justice service runs (domain reference 02 §6): read by anyone who reads children's
 * records in that service, added and changed (including withdrawn) by its managers. A service's catalogue is
 * its own: another service's programmes are not found (404). Every change is checked, audited in the same
 * transaction, and made from the version read (optimistic locking).
 */
@Service
@Transactional
public class ProgrammeCatalogue {

    public static final String RECORD_TYPE = "PROGRAMME";
    static final int MOST_SESSIONS = 200;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ProgrammeCatalogue(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The catalogues of the user's services: by service, then active before withdrawn, then by name. */
    @Transactional(readOnly = true)
    public List<Programme> ofMyServices() {
        return jdbc.sql("select * from programme where service_id in (:services)"
                        + " order by service_id, active desc, lower(name)")
                .param("services", services())
                .query(ProgrammeCatalogue::programme)
                .list();
    }

    /** One service's catalogue (404 outside the user's services); {@code activeOnly} for a new enrolment. */
    @Transactional(readOnly = true)
    public List<Programme> ofService(UUID serviceId, boolean activeOnly) {
        if (!CurrentUser.require().belongsTo(serviceId)) {
            throw new NotFoundException("Youth justice service");
        }
        return jdbc.sql("select * from programme where service_id = :service" + (activeOnly ? " and active" : "")
                        + " order by active desc, lower(name)")
                .param("service", serviceId)
                .query(ProgrammeCatalogue::programme)
                .list();
    }

    /** A programme of one of the user's services; otherwise 404. */
    @Transactional(readOnly = true)
    public Programme get(UUID id) {
        Programme programme = jdbc.sql("select * from programme where id = :id")
                .param("id", id)
                .query(ProgrammeCatalogue::programme)
                .optional()
                .orElseThrow(() -> new NotFoundException("Programme"));
        if (!CurrentUser.require().belongsTo(programme.serviceId())) {
            throw new NotFoundException("Programme");
        }
        return programme;
    }

    /** A programme added to a service's catalogue by one of its managers. */
    public Programme add(UUID serviceId, ProgrammeDetails details) {
        managing(serviceId);
        check(details, false);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into programme (id, service_id, name, delivery, topic, sessions_planned, description,
                                active, created_by)
                            values (:id, :service, :name, :delivery, :topic, :sessions, :description, true, :by)
                            """)
                    .params(params(details))
                    .param("id", id)
                    .param("service", serviceId)
                    .param("by", CurrentUser.require().username())
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        audit.changed(
                serviceId,
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Added the programme " + details.name().trim() + " to the catalogue",
                changes(null, details));
        return get(id);
    }

    /** A programme changed, or withdrawn (or offered again), from the version read (409 when stale). */
    public Programme change(UUID id, long version, ProgrammeDetails details) {
        Programme before = get(id);
        managing(before.serviceId());
        check(details, true);
        try {
            VersionedUpdate.of(jdbc, """
                            update programme set name = :name, delivery = :delivery, topic = :topic,
                                   sessions_planned = :sessions, description = :description, active = :active,
                                   updated_at = now(), version = version + 1
                             where id = :id and version = :version
                            """)
                    .params(params(details))
                    .param("active", details.active())
                    .param("id", id)
                    .param("version", version)
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, id, version));
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
        Programme after = get(id);
        String what = before.active() && !after.active()
                ? "Withdrew the programme "
                : !before.active() && after.active() ? "Offered the programme again: " : "Changed the programme ";
        audit.changed(
                before.serviceId(),
                null,
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                what + after.name(),
                changes(before, details));
        return after;
    }

    private static void managing(UUID serviceId) {
        CurrentUser user = CurrentUser.require();
        if (!user.belongsTo(serviceId)) {
            throw new NotFoundException("Youth justice service");
        }
        // The catalogue is the managers' (the team caseload capability: operational managers, heads of service).
        if (!user.can(Role.Capability.TEAM_CASELOAD)) {
            throw new AccessDeniedException("Only managers change the service's programmes");
        }
    }

    private static void check(ProgrammeDetails d, boolean changing) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (ProgrammeRules.blank(d.name())) {
            problems.put("name", "Enter the name of the programme");
        } else if (d.name().trim().length() > 120) {
            problems.put("name", "The name of the programme must be 120 characters or fewer");
        }
        if (d.delivery() == null) {
            problems.put("delivery", "Select how the programme is delivered");
        }
        if (d.topic() == null) {
            problems.put("topic", "Select what the programme works on");
        }
        if (d.sessionsPlanned() == null) {
            problems.put("sessionsPlanned", "Enter the number of sessions planned");
        } else if (d.sessionsPlanned() < 1 || d.sessionsPlanned() > MOST_SESSIONS) {
            problems.put("sessionsPlanned", "The number of sessions planned must be between 1 and " + MOST_SESSIONS);
        }
        if (changing && d.active() == null) {
            problems.put("active", "Select whether the programme is still offered");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static InvalidRequestException duplicate() {
        return new InvalidRequestException(
                Map.of("name", "The service already has a programme with this name: choose another name"));
    }

    private static Map<String, Object> params(ProgrammeDetails d) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", d.name().trim());
        params.put("delivery", d.delivery().name());
        params.put("topic", d.topic().name());
        params.put("sessions", d.sessionsPlanned());
        params.put(
                "description",
                ProgrammeRules.blank(d.description()) ? null : d.description().trim());
        return params;
    }

    private static List<FieldChange> changes(Programme before, ProgrammeDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        change(
                changes,
                "Name",
                before == null ? null : before.name(),
                after.name().trim());
        change(
                changes,
                "Delivery",
                before == null ? null : before.delivery().label(),
                after.delivery().label());
        change(
                changes,
                "Topic",
                before == null ? null : before.topic().label(),
                after.topic().label());
        change(
                changes,
                "Sessions planned",
                before == null ? null : String.valueOf(before.sessionsPlanned()),
                String.valueOf(after.sessionsPlanned()));
        change(
                changes,
                "Description",
                before == null ? null : before.description(),
                ProgrammeRules.blank(after.description())
                        ? null
                        : after.description().trim());
        change(
                changes,
                "Status",
                before == null ? null : before.active() ? "Active" : "Withdrawn",
                after.active() == null || after.active() ? "Active" : "Withdrawn");
        return changes;
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static List<UUID> services() {
        List<UUID> services = List.copyOf(CurrentUser.require().serviceIds());
        return services.isEmpty() ? List.of(new UUID(0, 0)) : services;
    }

    static Programme programme(ResultSet rs, int row) throws SQLException {
        return new Programme(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("name"),
                Delivery.valueOf(rs.getString("delivery")),
                ProgrammeTopic.valueOf(rs.getString("topic")),
                rs.getInt("sessions_planned"),
                rs.getString("description"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
