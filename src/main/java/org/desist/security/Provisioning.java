package org.desist.security;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates youth justice services and accounts: used by the demo seeder and the production bootstrap. */
public interface Provisioning {

    YouthJusticeService createService(String code, String name, String localAuthority);

    Optional<YouthJusticeService> findServiceByCode(String code);

    /**
     * Creates an account. {@code rawPassword} may be empty for staff who do not sign in (they then
     * cannot sign in until an administrator sets a password).
     */
    UUID createAccount(NewAccount account);

    boolean accountExists(String username);

    /** Creates a team in a service with its manager (may be null) and members (each in at most one team there). */
    Team createTeam(UUID serviceId, String name, UUID managerId, Set<UUID> memberIds);

    record NewAccount(
            String username,
            String displayName,
            String jobTitle,
            Agency agency,
            Optional<String> rawPassword,
            Set<Role> roles,
            Set<UUID> serviceIds) {}
}
