package org.desist.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** With a real PostgreSQL, Flyway connects as DESIST_DB_MIGRATION_USERNAME when it is given (ADR 12). */
class MigrationRoleConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(MigrationRoleConfiguration.class);

    @Test
    void flywayConnectsAsTheMigrationRole() {
        context.withPropertyValues(
                        "desist.db.url=jdbc:postgresql://db.example.org:5432/desist",
                        "desist.db.migration-username=desist_owner",
                        "desist.db.migration-password=secret")
                .run(started -> {
                    assertThat(started).hasBean("flywayDataSource");
                    DriverManagerDataSource flyway =
                            (DriverManagerDataSource) started.getBean("flywayDataSource", DataSource.class);
                    assertThat(flyway.getUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/desist");
                    assertThat(flyway.getUsername()).isEqualTo("desist_owner");
                });
    }

    @Test
    void withoutAMigrationRoleFlywayUsesTheApplicationsPool() {
        context.withPropertyValues("desist.db.url=jdbc:postgresql://db.example.org:5432/desist")
                .run(started -> assertThat(started).doesNotHaveBean("flywayDataSource"));
        context.withPropertyValues("desist.db.migration-username=desist_owner")
                .run(started -> assertThat(started).doesNotHaveBean("flywayDataSource"));
    }
}
