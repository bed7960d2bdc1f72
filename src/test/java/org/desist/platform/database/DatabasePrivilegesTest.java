package org.desist.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import org.desist.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Production mode refuses a database user that could alter the audit trail; other modes warn (ADR 12). */
@IntegrationTest
class DatabasePrivilegesTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void theRuntimeRoleHasNoneOfThem() {
        assertThat(DatabasePrivileges.problems(jdbc)).isEmpty();
        assertThatCode(() -> DatabasePrivileges.enforce("desist_app", List.of(), true))
                .doesNotThrowAnyException();
    }

    @Test
    void theOwnerOwnsTheTrailAndMayAlterIt() {
        JdbcClient owner =
                JdbcClient.create(postgres.getDatabase(EmbeddedRoles.OWNER, EmbeddedPostgresConfiguration.DATABASE));
        assertThat(DatabasePrivileges.problems(owner))
                .containsExactly(
                        "it owns audit_event (or is a member of its owner)",
                        "it owns the schema of audit_event (or the database)",
                        "it holds UPDATE, DELETE, TRUNCATE, TRIGGER on audit_event");
    }

    @Test
    void aSuperuserIsRefusedInProductionAndWarnedAboutOtherwise() {
        JdbcClient superuser =
                JdbcClient.create(postgres.getDatabase("postgres", EmbeddedPostgresConfiguration.DATABASE));
        List<String> problems = DatabasePrivileges.problems(superuser);
        assertThat(problems)
                .contains("it is a superuser", "it may set session_replication_role (which switches triggers off)");
        assertThatThrownBy(() -> DatabasePrivileges.enforce("postgres", problems, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Production mode refuses to start. The application's database user postgres"
                        + " could alter or delete the audit trail: it is a superuser;")
                .hasMessageContaining("DESIST_DB_MIGRATION_USERNAME");
        assertThatCode(() -> DatabasePrivileges.enforce("postgres", problems, false))
                .doesNotThrowAnyException();
    }
}
