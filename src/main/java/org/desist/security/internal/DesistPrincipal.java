package org.desist.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal for both signed-in people and API tokens. The hash is erased after sign-in. */
final class DesistPrincipal implements UserDetails, CredentialsContainer, CurrentUser.CurrentUserHolder {

    private final CurrentUser currentUser;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    DesistPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, boolean locked) {
        this.currentUser = currentUser;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    static List<GrantedAuthority> authoritiesOf(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : user.roles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
            role.capabilities().forEach(c -> authorities.add(new SimpleGrantedAuthority(c.name())));
        }
        return authorities;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(currentUser);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
