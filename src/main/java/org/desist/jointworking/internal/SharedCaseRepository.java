package org.desist.jointworking.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which interventions are shared cases, and from when ({@code shared_case}). */
@Repository
public class SharedCaseRepository {

    private final JdbcClient jdbc;

    SharedCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the earliest of this work still shared became a shared case. */
    public Optional<LocalDate> sharedFrom(UUID childId, Collection<UUID> interventionIds) {
        if (interventionIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select min(shared_from) from shared_case
                         where child_id = :c and ended_on is null and intervention_id in (:work)
                        """)
                .param("c", childId)
                .param("work", interventionIds)
                .query(LocalDate.class)
                .optional();
    }

    public boolean isShared(UUID interventionId) {
        return jdbc.sql("select count(*) from shared_case where intervention_id = :i and ended_on is null")
                        .param("i", interventionId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(UUID childId, UUID interventionId, LocalDate from) {
        jdbc.sql("""
                        insert into shared_case (id, child_id, intervention_id, shared_from, recorded_at)
                        values (:id, :child, :i, :from, now())
                        """)
                .param("id", UUID.randomUUID())
                .param("child", childId)
                .param("i", interventionId)
                .param("from", from)
                .update();
    }

    /** The child's interventions that are shared cases now. */
    public List<UUID> sharedInterventions(UUID childId) {
        return jdbc.sql("select intervention_id from shared_case where child_id = :c and ended_on is null")
                .param("c", childId)
                .query(UUID.class)
                .list();
    }

    /** The child's work is no longer shared from that day. */
    public void endAll(UUID childId, LocalDate on) {
        jdbc.sql("update shared_case set ended_on = :on where child_id = :c and ended_on is null")
                .param("on", on)
                .param("c", childId)
                .update();
    }
}
