package org.desist.intervention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.intervention.Allocation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An intervention's allocation history: who held it from when, who allocated it and why. */
@Repository
public class AllocationRepository {

    private final JdbcClient jdbc;

    AllocationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void allocate(UUID interventionId, UUID caseManagerId, LocalDate from, String by, String reason) {
        jdbc.sql("""
                        insert into intervention_allocation (intervention_id, case_manager_id, allocated_on, allocated_by,
                            reason, allocated_at)
                        values (:id, :cm, :from, :by, :reason, clock_timestamp())
                        """)
                .param("id", interventionId)
                .param("cm", caseManagerId)
                .param("from", from)
                .param("by", by)
                .param("reason", reason)
                .update();
    }

    /** Who has held the intervention, oldest first. */
    public List<Allocation> of(UUID interventionId) {
        return jdbc.sql("""
                        select * from intervention_allocation where intervention_id = :id
                         order by allocated_at, allocated_on
                        """)
                .param("id", interventionId)
                .query((rs, n) -> new Allocation(
                        rs.getObject("case_manager_id", UUID.class),
                        rs.getObject("allocated_on", LocalDate.class),
                        rs.getString("allocated_by"),
                        rs.getString("reason"),
                        rs.getTimestamp("allocated_at").toInstant()))
                .list();
    }
}
