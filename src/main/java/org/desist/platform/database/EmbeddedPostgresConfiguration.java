package org.desist.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured ({@code DESIST_DB_URL} unset), Desist runs its own PostgreSQL: zonky's
 * embedded binaries, a persistent data directory under {@code DESIST_HOME}, fsync and synchronous commit
 * on. A second start reuses the data; a postmaster left running by a crashed JVM is stopped first, never
 * adopted. Two roles (ADR 12): Flyway migrates as {@value EmbeddedRoles#OWNER}, which owns the schema; the
 * application connects as {@value EmbeddedRoles#RUNTIME}, which may only read and append to the audit trail.
 * See docs/adr/0002-embedded-postgresql.md.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "desist";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${desist.home}") Path home,
            @Value("${desist.embedded.port}") int port,
            @Value("${desist.embedded.clean}") boolean clean)
            throws IOException {
        Path binaries = home.resolve("pgbin").toAbsolutePath();
        Files.createDirectories(binaries);
        // A throwaway database (tests) gets a directory of its own, so several can run side by side.
        Path dataDirectory = clean
                ? Files.createTempDirectory(Files.createDirectories(home), "pgdata-throwaway-")
                : Files.createDirectories(home.resolve("pgdata")).toAbsolutePath();
        EmbeddedPostgres postgres = start(binaries, dataDirectory, port, clean);
        createDatabaseIfMissing(postgres);
        EmbeddedRoles.prepare(postgres.getDatabase("postgres", DATABASE));
        return postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}. A postmaster still running there (a crashed JVM's) is stopped
     * cleanly first; a start that fails, or that finds another data directory's server on the port, fails with
     * the data directory named.
     */
    static EmbeddedPostgres start(Path binaries, Path dataDirectory, int port, boolean clean) {
        log.info("Starting embedded PostgreSQL: data in {}, port {}", dataDirectory, port == 0 ? "(any free)" : port);
        OrphanedPostmaster.stopIfRunning(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(clean)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // zonky starts postgres with -F (fsync off) and synchronous_commit off, which suits throwaway
                // test databases. Children's records are not throwaway: both back on. (-c comes after -F.)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost");
        if (port != 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "The embedded PostgreSQL did not start on its data directory " + dataDirectory + " (port "
                            + (port == 0 ? "any free" : port) + "): " + e.getMessage()
                            + ". See the log above for PostgreSQL's own message.",
                    e);
        }
        OrphanedPostmaster.checkServes(postgres, dataDirectory);
        return postgres;
    }

    /** The application's pool: the runtime role, which cannot alter the audit trail. */
    @Bean
    DataSource dataSource(
            EmbeddedPostgres postgres,
            @Value("${desist.db.pool-size:20}") int poolSize,
            @Value("${desist.db.connection-timeout-millis:2000}") long connectionTimeoutMillis) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(EmbeddedRoles.RUNTIME, DATABASE));
        dataSource.setUsername(EmbeddedRoles.RUNTIME);
        dataSource.setMaximumPoolSize(poolSize);
        // Database gone: a request fails after this long (503, DatabaseUnavailable), not after Hikari's 30 s.
        dataSource.setConnectionTimeout(connectionTimeoutMillis);
        dataSource.setValidationTimeout(Math.min(1000, connectionTimeoutMillis));
        dataSource.setPoolName("desist-embedded");
        return dataSource;
    }

    /** Flyway's connection: the owner of the schema. Not a candidate for the application's own injection. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase(EmbeddedRoles.OWNER, DATABASE);
    }

    /** V26 grants the runtime role its privileges: here it is {@value EmbeddedRoles#RUNTIME}. */
    @Bean
    FlywayConfigurationCustomizer embeddedRuntimeRole() {
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put("runtime_role", EmbeddedRoles.RUNTIME);
            configuration.placeholders(placeholders);
        };
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the embedded database", e);
        }
    }
}
