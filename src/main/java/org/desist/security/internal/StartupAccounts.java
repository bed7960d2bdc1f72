package org.desist.security.internal;

import java.util.Optional;
import java.util.Set;
import org.desist.security.Agency;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that come from the environment, never from defaults: the initial administrator
 * ({@code DESIST_ADMIN_USERNAME}/{@code DESIST_ADMIN_PASSWORD}, created once) and the bootstrap API token
 * ({@code DESIST_BOOTSTRAP_TOKEN}: an administrator token with that value exists while it is set).
 */
@Component
@Order(0)
class StartupAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);
    static final String BOOTSTRAP_USERNAME = "bootstrap-token";

    private final Provisioning provisioning;
    private final AccountStore accounts;
    private final ApiTokens tokens;
    private final String adminUsername;
    private final String adminPassword;
    private final String bootstrapToken;

    StartupAccounts(
            Provisioning provisioning,
            AccountStore accounts,
            ApiTokens tokens,
            @Value("${desist.admin.username:}") String adminUsername,
            @Value("${desist.admin.password:}") String adminPassword,
            @Value("${desist.bootstrap-token:}") String bootstrapToken) {
        this.provisioning = provisioning;
        this.accounts = accounts;
        this.tokens = tokens;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.bootstrapToken = bootstrapToken;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!adminUsername.isBlank() && !provisioning.accountExists(adminUsername)) {
            provisioning.createAccount(new Provisioning.NewAccount(
                    adminUsername.trim(),
                    "Administrator",
                    "Administrator",
                    Agency.YOUTH_JUSTICE_SERVICE,
                    Optional.of(adminPassword),
                    Set.of(Role.ADMINISTRATOR),
                    Set.of()));
            log.info("Created the initial administrator account '{}'", adminUsername.trim());
        }
        if (!bootstrapToken.isBlank()) {
            if (bootstrapToken.length() < 32) {
                throw new IllegalStateException("DESIST_BOOTSTRAP_TOKEN must be at least 32 characters long");
            }
            var owner = accounts.findByUsername(BOOTSTRAP_USERNAME)
                    .map(AccountStore.Account::id)
                    .orElseGet(() -> provisioning.createAccount(new Provisioning.NewAccount(
                            BOOTSTRAP_USERNAME,
                            "Bootstrap API token",
                            "Provisioning and automation",
                            Agency.OTHER,
                            Optional.empty(),
                            Set.of(Role.ADMINISTRATOR),
                            Set.of())));
            if (!tokens.exists(bootstrapToken)) {
                tokens.store(owner, "Bootstrap token (DESIST_BOOTSTRAP_TOKEN)", bootstrapToken);
            }
            log.warn("DESIST_BOOTSTRAP_TOKEN is set: an administrator API token with that value is active. "
                    + "Unset it and revoke the token once provisioning is done.");
        }
    }
}
