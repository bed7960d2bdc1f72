package org.desist.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person (or API token holder): who they are, their roles, and the youth justice services
 * whose children they may see.
 */
public record CurrentUser(
        UUID id, String username, String displayName, Set<Role> roles, Set<UUID> serviceIds, Channel channel) {

    /** How the request reached Desist; recorded in the audit trail. */
    public enum Channel {
        WEB,
        API,
        SYSTEM
    }

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        serviceIds = Set.copyOf(serviceIds);
    }

    public boolean can(Role.Capability capability) {
        return roles.stream().anyMatch(role -> role.capabilities().contains(capability));
    }

    public boolean belongsTo(UUID serviceId) {
        return serviceIds.contains(serviceId);
    }

    /** The user of the current request, if signed in. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUserHolder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    /** The user of the current request; fails if nobody is signed in. */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** Implemented by the security principals so that {@link #current()} can find the user. */
    public interface CurrentUserHolder {
        CurrentUser currentUser();
    }
}
