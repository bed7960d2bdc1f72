package org.desist.security.internal;

import java.util.Arrays;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Production mode ({@code prod} profile) refuses to start without a real database and without an initial
 * administrator given by the environment: there is never a default password, and never an embedded
 * database. Runs before any bean is created (registered in META-INF/spring.factories).
 */
public class ProductionModeGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    static final int MINIMUM_ADMIN_PASSWORD_LENGTH = 12;

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            check(environment);
        }
    }

    static void check(Environment environment) {
        if (!StringUtils.hasText(environment.getProperty("desist.db.url"))) {
            throw new IllegalStateException("Production mode needs a real PostgreSQL database: "
                    + "set DESIST_DB_URL, DESIST_DB_USERNAME and DESIST_DB_PASSWORD.");
        }
        if (environment.getProperty("desist.demo.enabled", Boolean.class, false)) {
            throw new IllegalStateException("Production mode never seeds demo data: unset DESIST_DEMO_ENABLED.");
        }
        String username = environment.getProperty("desist.admin.username", "");
        String password = environment.getProperty("desist.admin.password", "");
        if (!StringUtils.hasText(username) || password.length() < MINIMUM_ADMIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("Production mode needs an initial administrator: set DESIST_ADMIN_USERNAME"
                    + " and DESIST_ADMIN_PASSWORD (at least " + MINIMUM_ADMIN_PASSWORD_LENGTH + " characters).");
        }
    }
}
