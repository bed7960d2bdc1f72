package org.desist.security.internal;

import java.time.Clock;
import org.desist.security.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> new DesistPrincipal(
                        new CurrentUser(
                                a.id(),
                                a.username(),
                                a.displayName(),
                                a.roles(),
                                a.serviceIds(),
                                CurrentUser.Channel.WEB),
                        a.passwordHash(),
                        a.enabled(),
                        a.lockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
