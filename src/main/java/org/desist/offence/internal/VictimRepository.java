package org.desist.offence.internal;

import java.util.List;
import java.util.UUID;
import org.desist.offence.Offence;
import org.desist.offence.Victim;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All of a victim's SQL: held beside the offence, with the child's id and service only for scoping. */
@Repository
public class VictimRepository {

    private final JdbcClient jdbc;

    VictimRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An offence's victims, in the order they were recorded. */
    public List<Victim> ofOffence(UUID offenceId) {
        return jdbc.sql("select * from victim where offence_id = :offence order by created_at")
                .param("offence", offenceId)
                .query((rs, n) -> new Victim(
                        rs.getObject("id", UUID.class),
                        rs.getObject("offence_id", UUID.class),
                        Victim.Kind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("contact"),
                        rs.getString("wishes"),
                        rs.getBoolean("consents_to_contact")))
                .list();
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
        return victim;
    }
}
