package org.desist.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured ({@code DESIST_DB_URL} unset), Desist runs its own PostgreSQL: zonky's
 * embedded binaries, a persistent data directory under {@code DESIST_HOME}, fsync and synchronous commit
 * on. A second start reuses the data. See docs/adr/0002-embedded-postgresql.md.
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
        log.info("Starting embedded PostgreSQL: data in {}, port {}", dataDirectory, port == 0 ? "(any free)" : port);
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
        EmbeddedPostgres postgres = builder.start();
        createDatabaseIfMissing(postgres);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, @Value("${desist.db.pool-size:20}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("desist-embedded");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not create the embedded database", e);
        }
    }
}
