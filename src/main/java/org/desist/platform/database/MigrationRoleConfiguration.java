package org.desist.platform.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

/**
 * A real PostgreSQL with a migration role ({@code DESIST_DB_MIGRATION_USERNAME}/{@code _PASSWORD}): Flyway
 * connects as it, the application's pool as {@code DESIST_DB_USERNAME} (ADR 12). Without one, Flyway uses the
 * application's pool, as before: production mode refuses that (DatabasePrivileges), other modes warn.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MigrationRoleConfiguration.MigrationRoleGiven.class)
class MigrationRoleConfiguration {

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(
            @Value("${desist.db.url}") String url,
            @Value("${desist.db.migration-username}") String username,
            @Value("${desist.db.migration-password:}") String password) {
        return new DriverManagerDataSource(url, username, password);
    }

    static class MigrationRoleGiven implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return StringUtils.hasText(environment.getProperty("desist.db.url"))
                    && StringUtils.hasText(environment.getProperty("desist.db.migration-username"));
        }
    }
}
