package org.desist.platform.database;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After the migrations and before the first request: the application's database user must not be able to alter
 * the audit trail (ADR 12) — not a superuser, not the owner of {@code audit_event} or of its schema, no
 * {@code UPDATE}, {@code DELETE}, {@code TRUNCATE} or {@code TRIGGER} on it, not allowed to set
 * {@code session_replication_role}. Production mode ({@code prod} profile) refuses to start otherwise; other modes
 * log a warning. A sibling of {@code ProductionModeGuard}, which runs before any bean exists and so cannot ask the
 * database.
 */
@Component
class DatabasePrivileges implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DatabasePrivileges.class);

    private final DataSource dataSource;
    private final Environment environment;

    DatabasePrivileges(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String user = jdbc.sql("select current_user").query(String.class).single();
        enforce(user, problems(jdbc), environment.acceptsProfiles(Profiles.of("prod")));
    }

    /** What the connected user could do to the audit trail that it must not; empty when it is least-privileged. */
    static List<String> problems(JdbcClient jdbc) {
        List<String> problems = new ArrayList<>();
        if (jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                .query(Boolean.class)
                .single()) {
            problems.add("it is a superuser");
        }
        if (jdbc.sql("""
                        select pg_has_role(current_user, c.relowner, 'MEMBER')
                          from pg_class c where c.oid = to_regclass('audit_event')
                        """).query(Boolean.class).optional().orElse(false)) {
            problems.add("it owns audit_event (or is a member of its owner)");
        }
        if (jdbc.sql("""
                        select pg_has_role(current_user, n.nspowner, 'MEMBER')
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where c.oid = to_regclass('audit_event')
                        """).query(Boolean.class).optional().orElse(false)) {
            problems.add("it owns the schema of audit_event (or the database)");
        }
        List<String> privileges = jdbc.sql("""
                        select p from unnest(array['UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER']) p
                         where to_regclass('audit_event') is not null
                           and has_table_privilege(current_user, 'audit_event', p)
                        """).query(String.class).list();
        if (!privileges.isEmpty()) {
            problems.add("it holds " + String.join(", ", privileges) + " on audit_event");
        }
        boolean parameterPrivileges = jdbc.sql("select current_setting('server_version_num')::int >= 150000")
                .query(Boolean.class)
                .single();
        if (parameterPrivileges
                && jdbc.sql("select has_parameter_privilege(current_user, 'session_replication_role', 'SET')")
                        .query(Boolean.class)
                        .single()) {
            problems.add("it may set session_replication_role (which switches triggers off)");
        }
        return problems;
    }

    static void enforce(String user, List<String> problems, boolean production) {
        if (problems.isEmpty()) {
            log.info("The application's database user {} may only read and append to the audit trail", user);
            return;
        }
        String what = "The application's database user " + user + " could alter or delete the audit trail: "
                + String.join("; ", problems) + ". Connect the application (DESIST_DB_USERNAME) as a role that may"
                + " only SELECT and INSERT on audit_event, and run the migrations as the role that owns the schema"
                + " (DESIST_DB_MIGRATION_USERNAME): see the README, \"Running in production\", and ADR 12.";
        if (production) {
            throw new IllegalStateException("Production mode refuses to start. " + what);
        }
        log.warn(what);
    }
}
