package org.desist.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's database role cannot alter or delete the audit trail, by any route (issue 14, ADR 12): each is
 * refused by PostgreSQL with its insufficient-privilege error (SQLSTATE 42501), on the real embedded PostgreSQL.
 */
@IntegrationTest
class RuntimeRolePrivilegesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "update audit_event set actor_username = 'someone else'      | permission denied for table audit_event",
                "delete from audit_event                                     | permission denied for table audit_event",
                "truncate audit_event                                        | permission denied for table audit_event",
                "alter table audit_event disable trigger all                 | must be owner of table audit_event",
                "alter table audit_event disable trigger audit_event_no_update_or_delete"
                        + " | must be owner of table audit_event",
                "alter table audit_event disable trigger audit_event_no_truncate | must be owner of table audit_event",
                "drop trigger audit_event_no_update_or_delete on audit_event | must be owner of relation audit_event",
                "drop trigger audit_event_no_truncate on audit_event         | must be owner of relation audit_event",
                "drop function audit_event_is_append_only() cascade          | must be owner of function",
                "set session_replication_role = replica                      | permission denied to set parameter",
                "alter table audit_event owner to desist_app                 | must be owner of table audit_event",
                "drop table audit_event                                      | must be owner of table audit_event",
                "create trigger t before insert on audit_event for each row execute function"
                        + " audit_event_is_append_only() | permission denied for table audit_event",
                "alter role desist_app superuser                             | permission denied to alter role",
            })
    void theRuntimeRoleIsRefused(String statement, String message) {
        assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).satisfies(e -> {
            SQLException refusal = (SQLException) NestedExceptionUtils.getMostSpecificCause(e);
            assertThat(refusal.getMessage()).as(statement).contains(message);
            assertThat(refusal.getSQLState()).as("SQLSTATE of " + statement).isEqualTo("42501");
        });
        assertThat(jdbc.sql("show session_replication_role").query(String.class).single())
                .isEqualTo("origin");
    }

    @Test
    void theRuntimeRoleMayAppendAndRead() {
        String actor = "privileges-" + UUID.randomUUID();
        long id = jdbc.sql("""
                        insert into audit_event (actor_username, channel, action, record_type, summary)
                        values (:actor, 'SYSTEM', 'VIEWED', 'privilege test', 'appended by the runtime role')
                        returning id
                        """).param("actor", actor).query(Long.class).single();
        assertThat(jdbc.sql("select actor_username from audit_event where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(actor);
    }

    @Test
    void behindThePrivilegesTheTriggerStillRefusesTheOwner() {
        JdbcClient owner =
                JdbcClient.create(postgres.getDatabase(EmbeddedRoles.OWNER, EmbeddedPostgresConfiguration.DATABASE));
        assertThatThrownBy(() ->
                        owner.sql("update audit_event set summary = 'changed'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("delete from audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("truncate audit_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() ->
                        owner.sql("set session_replication_role = replica").update())
                .rootCause()
                .hasMessageContaining("permission denied to set parameter");
    }

    @Test
    void theOwnersLaterTablesAreGrantedToTheRuntimeRoleByDefault() {
        assertThat(jdbc.sql("""
                        select count(*) from pg_default_acl d
                         where d.defaclrole = 'desist_owner'::regrole
                           and d.defaclobjtype in ('r', 'S')
                           and array_to_string(d.defaclacl, ',') like '%desist_app=%'
                        """).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from pg_class c
                         where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
                           and c.relname not in ('audit_event', 'flyway_schema_history')
                           and not (has_table_privilege('desist_app', c.oid, 'SELECT')
                                    and has_table_privilege('desist_app', c.oid, 'INSERT')
                                    and has_table_privilege('desist_app', c.oid, 'UPDATE')
                                    and has_table_privilege('desist_app', c.oid, 'DELETE'))
                        """).query(Long.class).single())
                .as("tables the runtime role cannot read and write")
                .isZero();
        assertThat(jdbc.sql("select has_table_privilege('flyway_schema_history', 'INSERT')")
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }
}
