package org.desist.victim.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the child's side of victim work, the prompts and the measures: where each victim's work stands
 * (contact, consent, offers, updates, closure), never who the victim is — no name, kind or contact is selected here.
 */
@Repository
class CaseSideRepository {

    private final JdbcClient jdbc;

    CaseSideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A victim's work without the victim's details. */
    record Work(
            UUID victimId,
            UUID serviceId,
            UUID childId,
            UUID workerId,
            LocalDate recordedOn,
            boolean wantsUpdates,
            LocalDate closedOn,
            String sharedWishes,
            String panelAvailability) {}

    private static final String WORK = """
            select v.id, v.service_id, v.child_id, v.worker_id, (v.created_at at time zone 'Europe/London')::date as recorded_on,
                   v.wants_updates, v.closed_on, v.shared_wishes, v.panel_availability
              from victim v
            """;

    /** The victims of a child's offences in a service, in the order they were recorded. */
    List<Work> ofChild(UUID childId, UUID serviceId) {
        return jdbc.sql(WORK + " where v.child_id = :child and v.service_id = :service order by v.created_at, v.id")
                .param("child", childId)
                .param("service", serviceId)
                .query(CaseSideRepository::work)
                .list();
    }

    /** These victims' work, in the order they were recorded. */
    List<Work> work(Collection<UUID> victimIds) {
        if (victimIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WORK + " where v.id in (:victims) order by v.created_at, v.id")
                .param("victims", victimIds)
                .query(CaseSideRepository::work)
                .list();
    }

    /** Open victim work allocated to a worker in these services. */
    List<Work> openOf(UUID workerId, Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WORK + """
                         where v.worker_id = :worker and v.service_id in (:services) and v.closed_on is null
                         order by v.created_at, v.id
                        """)
                .param("worker", workerId)
                .param("services", serviceIds)
                .query(CaseSideRepository::work)
                .list();
    }

    /** Open victim work nobody is allocated to in these services. */
    List<Work> openUnallocated(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WORK + """
                         where v.worker_id is null and v.service_id in (:services) and v.closed_on is null
                         order by v.created_at, v.id
                        """)
                .param("services", serviceIds)
                .query(CaseSideRepository::work)
                .list();
    }

    /** Open victim work of these services, allocated or not. */
    List<Work> openIn(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WORK + " where v.service_id in (:services) and v.closed_on is null order by v.created_at, v.id")
                .param("services", serviceIds)
                .query(CaseSideRepository::work)
                .list();
    }

    /** The victims recorded in a service in a period (inclusive), for the measures. */
    List<Work> recordedBetween(UUID serviceId, LocalDate from, LocalDate to) {
        return jdbc.sql(WORK + """
                         where v.service_id = :service
                           and (v.created_at at time zone 'Europe/London')::date between :from and :to
                         order by v.created_at, v.id
                        """)
                .param("service", serviceId)
                .param("from", from)
                .param("to", to)
                .query(CaseSideRepository::work)
                .list();
    }

    private static Work work(ResultSet rs, int n) throws SQLException {
        return new Work(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getObject("child_id", UUID.class),
                rs.getObject("worker_id", UUID.class),
                rs.getObject("recorded_on", LocalDate.class),
                rs.getBoolean("wants_updates"),
                rs.getObject("closed_on", LocalDate.class),
                rs.getString("shared_wishes"),
                rs.getString("panel_availability"));
    }

    /** The offences each victim is a victim of. */
    Map<UUID, List<UUID>> offences(Collection<UUID> victimIds) {
        Map<UUID, List<UUID>> offences = new LinkedHashMap<>();
        if (victimIds.isEmpty()) {
            return offences;
        }
        jdbc.sql("select victim_id, offence_id from victim_offence where victim_id in (:victims) order by offence_id")
                .param("victims", victimIds)
                .query(rs -> {
                    offences.computeIfAbsent(rs.getObject("victim_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject("offence_id", UUID.class));
                });
        return offences;
    }

    /** The decision that stands on a subject (CONTACT or SHARING) for each victim: the latest (ties: recorded last). */
    Map<UUID, VictimPrompts.Consent> consent(Collection<UUID> victimIds, String subject) {
        Map<UUID, VictimPrompts.Consent> consents = new HashMap<>();
        if (victimIds.isEmpty()) {
            return consents;
        }
        jdbc.sql("""
                        select distinct on (victim_id) victim_id, decision from victim_consent
                         where victim_id in (:victims) and subject = :subject
                         order by victim_id, decided_on desc, recorded_at desc
                        """).param("victims", victimIds).param("subject", subject).query(rs -> {
            consents.put(
                    rs.getObject("victim_id", UUID.class), VictimPrompts.Consent.valueOf(rs.getString("decision")));
        });
        return consents;
    }

    /** Contact attempts and contacts made (up to a day, inclusive, when given) of each victim. */
    record Contacts(int attempts, int made, LocalDate firstMadeOn) {}

    Map<UUID, Contacts> contacts(Collection<UUID> victimIds) {
        Map<UUID, Contacts> contacts = new HashMap<>();
        if (victimIds.isEmpty()) {
            return contacts;
        }
        jdbc.sql("""
                        select victim_id, count(*) as attempts, count(*) filter (where made) as made,
                               min((occurred_at at time zone 'Europe/London')::date) filter (where made) as first_made_on
                          from victim_contact where victim_id in (:victims) group by victim_id
                        """).param("victims", victimIds).query(rs -> {
            contacts.put(
                    rs.getObject("victim_id", UUID.class),
                    new Contacts(
                            rs.getInt("attempts"), rs.getInt("made"), rs.getObject("first_made_on", LocalDate.class)));
        });
        return contacts;
    }

    /** The key-point updates given to each victim, oldest first. */
    Map<UUID, List<VictimPrompts.Update>> updates(Collection<UUID> victimIds) {
        Map<UUID, List<VictimPrompts.Update>> updates = new HashMap<>();
        if (victimIds.isEmpty()) {
            return updates;
        }
        jdbc.sql("""
                        select victim_id, key_point, given_on from victim_update
                         where victim_id in (:victims) order by given_on
                        """).param("victims", victimIds).query(rs -> {
            updates.computeIfAbsent(rs.getObject("victim_id", UUID.class), k -> new ArrayList<>())
                    .add(new VictimPrompts.Update(
                            rs.getString("key_point"), rs.getObject("given_on", LocalDate.class)));
        });
        return updates;
    }

    /** The Victims' Code offers made to each victim (the offer's code), oldest first. */
    Map<UUID, List<String>> offers(Collection<UUID> victimIds) {
        Map<UUID, List<String>> offers = new HashMap<>();
        if (victimIds.isEmpty()) {
            return offers;
        }
        jdbc.sql(
                        "select victim_id, offer from victim_offer where victim_id in (:victims) order by offered_on, recorded_at")
                .param("victims", victimIds)
                .query(rs -> {
                    offers.computeIfAbsent(rs.getObject("victim_id", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("offer"));
                });
        return offers;
    }

    /** A victim named for a permitted role's drill-down from the measures (the caller checks and audits). */
    record Named(UUID victimId, UUID serviceId, UUID childId, UUID offenceId, String name, LocalDate recordedOn) {}

    List<Named> named(Collection<UUID> victimIds, UUID serviceId) {
        if (victimIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, service_id, child_id, offence_id, name,
                               (created_at at time zone 'Europe/London')::date as recorded_on
                          from victim where id in (:victims) and service_id = :service order by created_at, id
                        """)
                .param("victims", victimIds)
                .param("service", serviceId)
                .query((rs, n) -> new Named(
                        rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class),
                        rs.getObject("child_id", UUID.class),
                        rs.getObject("offence_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("recorded_on", LocalDate.class)))
                .list();
    }
}
