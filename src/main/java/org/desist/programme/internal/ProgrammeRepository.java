package org.desist.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditTrail;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.VersionedUpdate;
import org.desist.programme.Delivery;
import org.desist.programme.Programme;
import org.desist.programme.ProgrammeCatalogue;
import org.desist.programme.ProgrammeTopic;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of the services' catalogues of programmes (table programme). A name the service already uses is
 * refused on its field ({@link Programme#duplicateName()}).
 */
@Repository
public class ProgrammeRepository {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ProgrammeRepository(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Programme> find(UUID id) {
        return jdbc.sql("select * from programme where id = :id")
                .param("id", id)
                .query(ProgrammeRepository::programme)
                .optional();
    }

    /** The services' catalogues: by service, then active before withdrawn, then by name. */
    public List<Programme> ofServices(Collection<UUID> serviceIds) {
        List<UUID> services = serviceIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(serviceIds);
        return jdbc.sql("select * from programme where service_id in (:services)"
                        + " order by service_id, active desc, lower(name)")
                .param("services", services)
                .query(ProgrammeRepository::programme)
                .list();
    }

    /** One service's catalogue, active before withdrawn, by name; {@code activeOnly} for a new enrolment. */
    public List<Programme> ofService(UUID serviceId, boolean activeOnly) {
        return jdbc.sql("select * from programme where service_id = :service" + (activeOnly ? " and active" : "")
                        + " order by active desc, lower(name)")
                .param("service", serviceId)
                .query(ProgrammeRepository::programme)
                .list();
    }

    /** A programme added, as its change made it; the state as saved. */
    public Programme insert(Change<Programme> change, String by) {
        Programme p = change.after();
        try {
            jdbc.sql("""
                            insert into programme (id, service_id, name, delivery, topic, sessions_planned, description,
                                active, created_by)
                            values (:id, :service, :name, :delivery, :topic, :sessions, :description, :active, :by)
                            """)
                    .param("id", p.id())
                    .param("service", p.serviceId())
                    .param("name", p.name())
                    .param("delivery", p.delivery().name())
                    .param("topic", p.topic().name())
                    .param("sessions", p.sessionsPlanned())
                    .param("description", p.description())
                    .param("active", p.active())
                    .param("by", by)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException(Programme.duplicateName());
        }
        return find(p.id()).orElseThrow();
    }

    /** The programme's row lock, if it is still at the version the person saw (stale otherwise). */
    public void lock(UUID id, long version) {
        VersionedUpdate.lock(
                jdbc, "programme", id, version, () -> audit.staleRecord(ProgrammeCatalogue.RECORD_TYPE, id, version));
    }

    /** The one versioned update of a programme: its details and whether it is offered. Returns it as saved. */
    public Programme save(Change<Programme> change) {
        Programme p = change.after();
        long version = change.before().version();
        try {
            VersionedUpdate.of(jdbc, """
                            update programme set name = :name, delivery = :delivery, topic = :topic,
                                   sessions_planned = :sessions, description = :description, active = :active,
                                   updated_at = now(), version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("name", p.name())
                    .param("delivery", p.delivery().name())
                    .param("topic", p.topic().name())
                    .param("sessions", p.sessionsPlanned())
                    .param("description", p.description())
                    .param("active", p.active())
                    .param("id", p.id())
                    .param("version", version)
                    .orElseThrow(() -> audit.staleRecord(ProgrammeCatalogue.RECORD_TYPE, p.id(), version));
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException(Programme.duplicateName());
        }
        return find(p.id()).orElseThrow();
    }

    private static Programme programme(ResultSet rs, int row) throws SQLException {
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
