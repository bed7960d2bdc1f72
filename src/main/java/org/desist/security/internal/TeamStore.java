package org.desist.security.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.security.Team;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The teams of a service and their members, in PostgreSQL (tables {@code team}, {@code team_member}). */
final class TeamStore {

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Team> teams(UUID serviceId) {
        Map<UUID, Team> byId = new LinkedHashMap<>();
        jdbc.sql("select id, service_id, name, manager_id from team where service_id = :service order by lower(name)")
                .param("service", serviceId)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    byId.put(
                            id,
                            new Team(
                                    id,
                                    rs.getObject("service_id", UUID.class),
                                    rs.getString("name"),
                                    rs.getObject("manager_id", UUID.class),
                                    Set.of()));
                });
        Map<UUID, Set<UUID>> members = new LinkedHashMap<>();
        jdbc.sql("select team_id, user_id from team_member where service_id = :service")
                .param("service", serviceId)
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject("team_id", UUID.class), k -> new LinkedHashSet<>())
                            .add(rs.getObject("user_id", UUID.class));
                });
        return byId.values().stream()
                .map(t -> new Team(
                        t.id(), t.serviceId(), t.name(), t.managerId(), members.getOrDefault(t.id(), Set.of())))
                .toList();
    }

    Team create(UUID serviceId, String name, UUID managerId, Set<UUID> memberIds) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into team (id, service_id, name, manager_id) values (:id, :service, :name, :manager)")
                .param("id", id)
                .param("service", serviceId)
                .param("name", name)
                .param("manager", managerId)
                .update();
        for (UUID member : memberIds) {
            jdbc.sql("insert into team_member (team_id, user_id, service_id) values (:team, :user, :service)")
                    .param("team", id)
                    .param("user", member)
                    .param("service", serviceId)
                    .update();
        }
        return new Team(id, serviceId, name, managerId, memberIds);
    }
}
