package org.desist.appropriateadult.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.appropriateadult.RotaSlot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All of the SQL of the rota ({@code aa_rota_slot}): slots are added and removed, never edited, so they carry no
 * version. The name of a member of staff is the caller's to fill in from the directory.
 */
@Repository
public class RotaRepository {

    private final JdbcClient jdbc;

    RotaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RotaSlot> find(UUID id) {
        return jdbc.sql("select * from aa_rota_slot where id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The service's slots that overlap {@code from} until {@code to}, in time order. */
    public List<RotaSlot> overlapping(UUID serviceId, Instant from, Instant to) {
        return jdbc.sql("""
                        select * from aa_rota_slot
                         where service_id = :service and starts_at < :to and ends_at > :from
                         order by starts_at, ends_at
                        """)
                .param("service", serviceId)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> map(rs))
                .list();
    }

    public void insert(RotaSlot slot, String by) {
        jdbc.sql("""
                        insert into aa_rota_slot (id, service_id, starts_at, ends_at, user_id, volunteer_name,
                               created_by)
                        values (:id, :service, :starts, :ends, :user, :volunteer, :by)
                        """)
                .param("id", slot.id())
                .param("service", slot.serviceId())
                .param("starts", Timestamp.from(slot.startsAt()))
                .param("ends", Timestamp.from(slot.endsAt()))
                .param("user", slot.userId())
                .param("volunteer", slot.volunteer() ? slot.name() : null)
                .param("by", by)
                .update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from aa_rota_slot where id = :id").param("id", id).update();
    }

    private static RotaSlot map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RotaSlot(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getObject("user_id", UUID.class),
                rs.getString("volunteer_name"));
    }
}
