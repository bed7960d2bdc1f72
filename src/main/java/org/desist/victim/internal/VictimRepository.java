package org.desist.victim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.offence.Offence;
import org.desist.victim.Victim;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of a victim's SQL: held beside the offence, with the child's id and service only for scoping. */
@Repository
public class VictimRepository {

    private final JdbcClient jdbc;

    VictimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A victim with the service and child it is held under (for scoping and the audit trail only). */
    public record Held(Victim victim, UUID serviceId, UUID childId) {}

    /** An offence's victims, in the order they were recorded. */
    public List<Victim> ofOffence(UUID offenceId) {
        return jdbc.sql("select * from victim where offence_id = :offence order by created_at")
                .param("offence", offenceId)
                .query((rs, n) -> victim(rs))
                .list();
    }

    /** One victim, whatever its service: the caller scopes it. */
    public Optional<Held> find(UUID victimId) {
        return jdbc.sql("select * from victim where id = :id")
                .param("id", victimId)
                .query((rs, n) -> new Held(
                        victim(rs), rs.getObject("service_id", UUID.class), rs.getObject("child_id", UUID.class)))
                .optional();
    }

    private static Victim victim(ResultSet rs) throws SQLException {
        return new Victim(
                rs.getObject("id", UUID.class),
                rs.getObject("offence_id", UUID.class),
                Victim.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("contact"),
                rs.getString("wishes"),
                rs.getBoolean("consents_to_contact"));
    }

    /** A new victim of {@code offence} (the change's {@code after}). */
    public Victim insert(Offence offence, Victim victim, String createdBy) {
        jdbc.sql("""
                        insert into victim (id, offence_id, service_id, child_id, kind, name, contact, wishes,
                            consents_to_contact, created_at, created_by)
                        values (:id, :offence, :service, :child, :kind, :name, :contact, :wishes, :consents, now(), :by)
                        """)
                .param("id", victim.id())
                .param("offence", offence.id())
                .param("service", offence.serviceId())
                .param("child", offence.childId())
                .param("kind", victim.kind().name())
                .param("name", victim.name())
                .param("contact", victim.contact())
                .param("wishes", victim.wishes())
                .param("consents", victim.consentsToContact())
                .param("by", createdBy)
                .update();
        jdbc.sql("insert into victim_offence (victim_id, offence_id) values (:victim, :offence)")
                .param("victim", victim.id())
                .param("offence", offence.id())
                .update();
        return victim;
    }
}
