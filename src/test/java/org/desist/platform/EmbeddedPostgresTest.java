package org.desist.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.desist.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL is durable: fsync and synchronous commit on, data under DESIST_HOME. */
@IntegrationTest
class EmbeddedPostgresTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void commitsAreDurable() {
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(jdbc.sql("show full_page_writes").query(String.class).single())
                .isEqualTo("on");
    }

    @Test
    void isARealPostgreSqlWithTheMigrationsApplied() {
        assertThat(jdbc.sql("select current_setting('server_version_num')::int")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(150000);
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from pg_extension where extname = 'pg_trgm'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void keepsItsDataUnderDesistHome() {
        String home = System.getenv().getOrDefault("DESIST_HOME", System.getProperty("user.home") + "/.desist");
        // Only a superuser may read data_directory; the application's role is not one (ADR 12).
        assertThat(JdbcClient.create(postgres.getPostgresDatabase())
                        .sql("show data_directory")
                        .query(String.class)
                        .single())
                .startsWith(java.nio.file.Path.of(home).toAbsolutePath().toString());
    }

    @Test
    void theApplicationConnectsAsTheRuntimeRoleNotTheOwnerOrASuperuser() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("desist_app");
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'audit_event'")
                        .query(String.class)
                        .single())
                .isEqualTo("desist_owner");
        assertThat(jdbc.sql("select installed_by from flyway_schema_history where version = '26'")
                        .query(String.class)
                        .single())
                .isEqualTo("desist_owner");
    }
}
