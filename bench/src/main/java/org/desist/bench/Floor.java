package org.desist.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor (issue 6): for each page of the load benchmark, the same data fetched (and, where the page writes,
 * the same rows written) by hand-written SQL straight from PostgreSQL over JDBC, with as many concurrent
 * connections as the load benchmark has users. Desist's time for a page divided by this is its overhead.
 */
final class Floor {

    record Case(UUID caseManager, UUID service, UUID child, UUID intervention, String familyName, LocalDate born) {}

    /** The queries, named as the load benchmark names its requests. */
    static final Map<String, String[]> QUERIES = new LinkedHashMap<>();

    static {
        String listing =
                """
                select c.id, c.local_reference, c.given_name, c.family_name, c.preferred_name, c.date_of_birth,
                       c.pnc_number, c.looked_after_status, a.display_name
                  from child c left join user_account a on a.id = c.case_manager_id
                """;
        String name = "lower(c.given_name || ' ' || c.family_name || ' ' || coalesce(c.preferred_name, ''))";
        QUERIES.put("My caseload", new String[] {
            listing + " where c.case_manager_id = ?1 and c.service_id = ?2 order by c.family_name, c.given_name"
        });
        QUERIES.put("My work", new String[] {
            """
            select d.id, d.rule_id, d.due_date, d.trigger_date, d.status, c.given_name, c.family_name, c.local_reference
              from due_item d join child c on c.id = d.child_id
             where d.owner_id = ?1 and d.status = 'OPEN' and d.service_id = ?2 order by d.due_date
            """
        });
        QUERIES.put("Find a child by name", new String[] {
            "select set_config('pg_trgm.word_similarity_threshold', '0.4', false)",
            listing.replace("a.display_name", "a.display_name, count(*) over () as total")
                    + " where c.service_id = ?2 and ?5 <% " + name + " order by word_similarity(?5, " + name
                    + ") desc, c.family_name, c.given_name limit 20"
        });
        QUERIES.put("Find a child by date of birth", new String[] {
            listing.replace("a.display_name", "a.display_name, count(*) over () as total")
                    + " where c.service_id = ?2 and c.date_of_birth = ?6 order by c.family_name, c.given_name limit 20"
        });
        QUERIES.put("Child overview", new String[] {
            "select * from child where id = ?3 and service_id = ?2",
            "select * from child_person where child_id = ?3",
            "insert into audit_event (actor_username, actor_id, channel, service_id, child_id,"
                    + " action, record_type, record_id, summary) values ('floor', ?1,"
                    + " 'WEB', ?2, ?3, 'VIEWED', 'CHILD', ?3, 'Viewed the overview')"
        });
        QUERIES.put("Chronology", new String[] {
            """
            select * from (
              select contact_date as on_date, 'CONTACT' as kind, type as title, outcome as detail, created_by
                from contact where intervention_id in (select id from intervention where child_id = ?3)
              union all select offence_date, 'OFFENCE', category, description, created_by from offence where child_id = ?3
              union all select start_date, 'INTERVENTION', type, status, created_by from intervention where child_id = ?3
              union all select submitted_on, 'ASSESSMENT', safety_classification, harm_classification, submitted_by
                from assessment where child_id = ?3 and submitted_on is not null
              union all select agreed_on, 'PLAN', status, desistance_aim, agreed_by from plan where child_id = ?3
                and agreed_on is not null
              union all select reviewed_on, 'REVIEW', what_changed, child_views, recorded_by from review where child_id = ?3
            ) entries order by on_date desc
            """,
            "insert into audit_event (actor_username, actor_id, channel, service_id, child_id,"
                    + " action, record_type, record_id, summary) values ('floor', ?1,"
                    + " 'WEB', ?2, ?3, 'VIEWED', 'CHRONOLOGY', null, 'Viewed the chronology')"
        });
        QUERIES.put("Record a contact", new String[] {
            "select version from intervention where id = ?4 for update",
            "insert into contact (id, intervention_id, contact_date, contact_time, type, child_attended,"
                    + " parent_attended, outcome, notes, created_by) values (gen_random_uuid(), ?4, current_date,"
                    + " '10:30', 'OFFICE', true, false, 'ATTENDED', 'Floor', 'floor')",
            "insert into audit_event (actor_username, actor_id, channel, service_id, child_id,"
                    + " action, record_type, record_id, summary) values ('floor', ?1,"
                    + " 'WEB', ?2, ?3, 'CREATED', 'CONTACT', ?4, 'Recorded a contact')"
        });
        QUERIES.put("API: find a child by name", QUERIES.get("Find a child by name"));
    }

    private final String url;
    private final String user;
    private final String password;

    Floor(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    List<Case> cases() throws SQLException {
        List<Case> cases = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                ResultSet rs = c.createStatement()
                        .executeQuery(
                                """
                                select c.case_manager_id, c.service_id, c.id, i.id, c.family_name, c.date_of_birth
                                  from child c
                                  join user_account u on u.id = c.case_manager_id
                                  join intervention i on i.child_id = c.id and i.status = 'ACTIVE'
                                 where u.username ~ '^b[0-9]{3}\\.cm[0-9]{2}$'
                                """)) {
            while (rs.next()) {
                cases.add(new Case(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class)));
            }
        }
        return cases;
    }

    /** Runs every query in turn on {@code connections} connections for the given time: latencies per query. */
    Map<String, List<Long>> run(int connections, Duration duration) throws Exception {
        return run(connections, duration, Duration.ZERO);
    }

    /** As {@link #run(int, Duration)}, each connection pausing {@code think} after each page, as the users do. */
    Map<String, List<Long>> run(int connections, Duration duration, Duration think) throws Exception {
        List<Case> cases = cases();
        if (cases.isEmpty()) {
            throw new IllegalStateException("No generated case managers in " + url + ": run the generator first");
        }
        Map<String, List<Long>> latencies = new LinkedHashMap<>();
        QUERIES.keySet().forEach(q -> latencies.put(q, Collections.synchronizedList(new ArrayList<>())));
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < connections; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    // Once round untimed: a new connection's first queries fill its caches (Desist's pool is warm).
                    Case first = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
                    for (var query : QUERIES.entrySet()) {
                        for (String sql : query.getValue()) {
                            execute(c, sql, first);
                        }
                        c.commit();
                    }
                    while (System.nanoTime() < end) {
                        Case one = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
                        for (var query : QUERIES.entrySet()) {
                            long start = System.nanoTime();
                            for (String sql : query.getValue()) {
                                execute(c, sql, one);
                            }
                            c.commit();
                            latencies.get(query.getKey()).add(System.nanoTime() - start);
                            if (!think.isZero()) {
                                Thread.sleep(think.toMillis());
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return latencies;
    }

    /** Binds ?1…?6 (case manager, service, child, intervention, family name, date of birth) by position. */
    private static void execute(Connection c, String sql, Case one) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder jdbcSql = new StringBuilder();
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                int n = sql.charAt(++i) - '0';
                values.add(switch (n) {
                    case 1 -> one.caseManager();
                    case 2 -> one.service();
                    case 3 -> one.child();
                    case 4 -> one.intervention();
                    case 5 -> one.familyName().toLowerCase(java.util.Locale.UK);
                    case 6 -> one.born();
                    default -> throw new IllegalArgumentException("?" + n);
                });
                jdbcSql.append('?');
            } else {
                jdbcSql.append(ch);
            }
        }
        try (PreparedStatement statement = c.prepareStatement(jdbcSql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            if (statement.execute()) {
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        rs.getObject(1); // read every row, as the service does
                    }
                }
            }
        }
    }

    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
