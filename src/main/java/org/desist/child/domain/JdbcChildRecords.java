package org.desist.child.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.child.ChildHeading;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.child.LookedAfterStatus;
import org.desist.platform.web.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcChildRecords implements ChildRecords {

    private final JdbcClient jdbc;

    JdbcChildRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChildSummary visible(UUID childId) {
        ChildSummary child = visible(java.util.List.of(childId)).get(childId);
        if (child == null) {
            throw new NotFoundException("Child");
        }
        return child;
    }

    @Override
    public ChildHeading heading(UUID childId) {
        var services = CurrentUser.require().serviceIds();
        if (services.isEmpty()) {
            throw new NotFoundException("Child");
        }
        return jdbc.sql("""
                        select id, service_id, local_reference, given_name, family_name, preferred_name, date_of_birth,
                               pnc_number, looked_after_status
                          from child where id = :id and service_id in (:services)
                        """)
                .param("id", childId)
                .param("services", services)
                .query((rs, n) -> new ChildHeading(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getString("local_reference"),
                        rs.getString("given_name"),
                        rs.getString("family_name"),
                        rs.getString("preferred_name"),
                        rs.getObject("date_of_birth", LocalDate.class),
                        rs.getString("pnc_number"),
                        LookedAfterStatus.valueOf(rs.getString("looked_after_status"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("Child"));
    }

    @Override
    public Map<UUID, ChildSummary> visible(Collection<UUID> childIds) {
        var services = CurrentUser.require().serviceIds();
        if (childIds.isEmpty() || services.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select id, service_id, local_reference, given_name || ' ' || family_name as name, date_of_birth
                          from child where id in (:ids) and service_id in (:services)
                        """)
                .param("ids", childIds)
                .param("services", services)
                .query((rs, n) -> new ChildSummary(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getString("local_reference"),
                        rs.getString("name"),
                        rs.getObject("date_of_birth", LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(ChildSummary::id, Function.identity()));
    }
}
