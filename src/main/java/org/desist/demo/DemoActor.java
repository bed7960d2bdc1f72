package org.desist.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs the demo seeders in as a demo person, so what they write goes through the services as that person. */
final class DemoActor {

    private DemoActor() {}

    /** Makes {@code user} the signed-in person of this thread until another is. */
    static void actAs(CurrentUser user) {
        CurrentUser.CurrentUserHolder principal = () -> user;
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        SecurityContextHolder.setContext(context);
    }

    /** Does {@code work} signed in as {@code user}, then puts back whoever was signed in before. */
    static <T> T as(CurrentUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            actAs(user);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A member of staff of one service, signed in by the seeder (not through the web). */
    static CurrentUser of(StaffMember person, UUID service) {
        return new CurrentUser(
                person.id(),
                person.username(),
                person.displayName(),
                person.roles(),
                Set.of(service),
                CurrentUser.Channel.SYSTEM);
    }

    static CurrentUser of(UUID id, String username, String name, Role role, UUID service) {
        return new CurrentUser(id, username, name, Set.of(role), Set.of(service), CurrentUser.Channel.SYSTEM);
    }
}
