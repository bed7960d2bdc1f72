package org.desist.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.desist.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL is durable: fsync and synchronous commit on, data under DESIST_HOME. */
@IntegrationTest
class EmbeddedPostgresTest {

    @Autowired
    JdbcClient jdbc;

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
        assertThat(jdbc.sql("show data_directory").query(String.class).single())
                .startsWith(java.nio.file.Path.of(home).toAbsolutePath().toString());
    }
}
