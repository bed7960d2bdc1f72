package org.desist.security.internal;

import java.time.Clock;
import java.time.Duration;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Back-off after repeated failed sign-ins: after {@code desist.sign-in.max-failures} failures in a row
 * an account is locked for {@code desist.sign-in.lockout}. A successful sign-in resets the count.
 */
@Component
class SignInAttempts {

    private final AccountStore accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInAttempts(
            AccountStore accounts,
            Clock clock,
            @Value("${desist.sign-in.max-failures}") int maxFailures,
            @Value("${desist.sign-in.lockout}") Duration lockout) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedSignIn(event.getAuthentication().getName(), maxFailures, lockout, clock.instant());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser.CurrentUserHolder holder
                && holder.currentUser().channel() == CurrentUser.Channel.WEB) {
            accounts.recordSuccessfulSignIn(holder.currentUser().id(), clock.instant());
        }
    }
}
