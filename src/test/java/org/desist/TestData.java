package org.desist;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.Ethnicity;
import org.desist.child.Gender;
import org.desist.child.LookedAfterStatus;
import org.desist.child.domain.ChildDetails;
import org.desist.security.Agency;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.desist.security.YouthJusticeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates services and accounts for tests, each with unique names so tests never collide. */
@Component
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";

    private final Provisioning provisioning;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final ChildRecords children;

    TestData(Provisioning provisioning, UserDetailsService users, JdbcClient jdbc, ChildRecords children) {
        this.provisioning = provisioning;
        this.users = users;
        this.jdbc = jdbc;
        this.children = children;
    }

    /** The signed-in authentication of {@code username}, for MockMvc's {@code authentication(...)}. */
    public Authentication authenticationOf(String username) {
        UserDetails principal = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** A new API token of {@code username}'s, stored as the application stores them (a SHA-256 hash). */
    @Transactional
    public String apiToken(String username) {
        String token = "desist_test_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        insert into api_token (id, user_id, name, token_hash)
                        select :id, id, 'test', encode(sha256(convert_to(:token, 'UTF8')), 'hex')
                          from user_account where username = :username
                        """)
                .param("id", UUID.randomUUID())
                .param("token", token)
                .param("username", username)
                .update();
        return token;
    }

    /** Makes {@code username} the signed-in user of this thread (as a page request would). */
    public void actAs(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationOf(username));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Transactional
    public YouthJusticeService service(String name) {
        String code = name.substring(0, Math.min(3, name.length())).toUpperCase() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return provisioning.createService(code, name + " Youth Justice Service", name + " Council");
    }

    /** The account id of {@code username}. */
    public UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = :username")
                .param("username", username)
                .query(UUID.class)
                .single();
    }

    /** A team of the service managed by {@code managerUsername} (may be null) with these members. */
    @Transactional
    public org.desist.security.Team team(
            YouthJusticeService service, String name, String managerUsername, String... memberUsernames) {
        java.util.Set<UUID> members = new java.util.LinkedHashSet<>();
        for (String member : memberUsernames) {
            members.add(userId(member));
        }
        return provisioning.createTeam(
                service.id(), name, managerUsername == null ? null : userId(managerUsername), members);
    }

    /** An account with a unique username starting with {@code prefix}; its password is {@link #PASSWORD}. */
    @Transactional
    public String account(String prefix, Role role, YouthJusticeService... services) {
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        provisioning.createAccount(new Provisioning.NewAccount(
                username,
                "Test " + prefix,
                role.label(),
                Agency.YOUTH_JUSTICE_SERVICE,
                Optional.of(PASSWORD),
                Set.of(role),
                java.util.Arrays.stream(services)
                        .map(YouthJusticeService::id)
                        .collect(java.util.stream.Collectors.toSet())));
        return username;
    }

    /** Valid details for a child born on {@code dateOfBirth}, with a unique local reference. */
    public static ChildDetails child(String givenName, String familyName, LocalDate dateOfBirth) {
        return new ChildDetails(
                "REF-" + UUID.randomUUID().toString().substring(0, 8),
                givenName,
                familyName,
                null,
                dateOfBirth,
                Gender.MALE,
                Ethnicity.WHITE_BRITISH,
                "1 Test Street",
                null,
                "Northbridge",
                "NB1 4QT",
                "Northbridge City Council",
                false,
                null,
                null,
                null,
                LookedAfterStatus.NOT_LOOKED_AFTER,
                null,
                null,
                null,
                false,
                null,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                null);
    }

    /**
     * The child as {@code username} may see them (404 otherwise), e.g. to ask a chronology source directly; whoever
     * was acting before still is afterwards.
     */
    public AccessibleChild accessible(String username, UUID childId) {
        Authentication acting = SecurityContextHolder.getContext().getAuthentication();
        actAs(username);
        try {
            return children.accessible(childId);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(acting);
        }
    }
}
