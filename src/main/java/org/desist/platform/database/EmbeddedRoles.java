package org.desist.platform.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's two roles (ADR 12), made by the superuser {@code postgres} at every start, idempotently:
 * {@value #OWNER} owns the database and every object in its schema, and Flyway migrates as it; {@value #RUNTIME}
 * is what the application connects as, granted its privileges by V26 and by the owner's default privileges.
 * Neither is a superuser, so neither can switch off the audit trail's trigger. Data directories from before the
 * two roles have every object owned by {@code postgres}: each is given to the owner here, before Flyway runs
 * ({@code reassign owned by postgres} is not possible: it owns the system catalogues).
 */
final class EmbeddedRoles {

    static final String OWNER = "desist_owner";
    static final String RUNTIME = "desist_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedRoles.class);

    private static final String ROLES = """
            do $$
            begin
                if not exists (select from pg_roles where rolname = '%1$s') then
                    create role %1$s login;
                end if;
                if not exists (select from pg_roles where rolname = '%2$s') then
                    create role %2$s login;
                end if;
            end
            $$;
            alter role %1$s nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
            alter role %2$s nosuperuser nocreatedb nocreaterole noreplication nobypassrls;
            alter database %3$s owner to %1$s;
            """;

    /**
     * Every table, view, stand-alone sequence, function and type in the schema not owned by the owner, except
     * an extension's (pg_trgm's belong to the extension). Indexes and identity or serial sequences follow their
     * table; so do the triggers.
     */
    private static final String OWNERSHIP = """
            select case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                        when 'm' then 'materialized view' when 'f' then 'foreign table'
                        else 'table' end as kind,
                   c.oid::regclass::text as name
              from pg_class c
             where c.relnamespace = 'public'::regnamespace
               and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
               and c.relowner <> '%1$s'::regrole
               and not exists (select from pg_depend d
                                where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                  and d.deptype in ('e', 'a', 'i'))
            union all
            select 'routine', p.oid::regprocedure::text
              from pg_proc p
             where p.pronamespace = 'public'::regnamespace
               and p.proowner <> '%1$s'::regrole
               and not exists (select from pg_depend d
                                where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                                  and d.deptype = 'e')
            union all
            select 'type', t.oid::regtype::text
              from pg_type t
             where t.typnamespace = 'public'::regnamespace
               and t.typowner <> '%1$s'::regrole
               and t.typtype in ('e', 'd', 'r')
               and not exists (select from pg_depend d
                                where d.classid = 'pg_type'::regclass and d.objid = t.oid
                                  and d.deptype = 'e')
            """;

    private EmbeddedRoles() {}

    /** Creates both roles and gives the owner the database and its objects; {@code superuser} is on the database. */
    static void prepare(DataSource superuser) throws IOException {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(ROLES.formatted(OWNER, RUNTIME, EmbeddedPostgresConfiguration.DATABASE));
            List<String> changes = new ArrayList<>();
            try (ResultSet objects = statement.executeQuery(OWNERSHIP.formatted(OWNER))) {
                while (objects.next()) {
                    // Names from regclass/regprocedure/regtype: already quoted where they need it.
                    changes.add(objects.getString(1) + " " + objects.getString(2));
                }
            }
            for (String object : changes) {
                statement.execute("alter " + object + " owner to " + OWNER);
            }
            if (!changes.isEmpty()) {
                log.info("Gave {} objects of the embedded database to {}: {}", changes.size(), OWNER, changes);
            }
        } catch (SQLException e) {
            throw new IOException("Could not prepare the embedded database's roles " + OWNER + " and " + RUNTIME, e);
        }
    }
}
