package org.desist.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.security.AccountActivity;
import org.desist.security.Agency;
import org.desist.security.Directory;
import org.desist.security.Provisioning;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.desist.security.Team;
import org.desist.security.YouthJusticeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, roles, memberships and services, in PostgreSQL. */
@Repository
@Transactional
class AccountStore implements Directory, Provisioning {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final TeamStore teams;

    AccountStore(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.teams = new TeamStore(jdbc);
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    public record Account(
            UUID id,
            String username,
            String displayName,
            String jobTitle,
            Agency agency,
            String passwordHash,
            boolean enabled,
            int failedSignIns,
            Instant lockedUntil,
            Set<Role> roles,
            Set<UUID> serviceIds) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    @Transactional(readOnly = true)
    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select * from user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query(this::account)
                .optional();
    }

    @Transactional(readOnly = true)
    Optional<Account> findById(UUID id) {
        return jdbc.sql("select * from user_account where id = :id")
                .param("id", id)
                .query(this::account)
                .optional();
    }

    void recordFailedSignIn(String username, int maxFailures, java.time.Duration lockout, Instant now) {
        jdbc.sql("""
                        update user_account
                           set failed_sign_ins = failed_sign_ins + 1,
                               locked_until = case when failed_sign_ins + 1 >= :max then :until else locked_until end
                         where lower(username) = lower(:username)
                        """)
                .param("max", maxFailures)
                .param("until", java.sql.Timestamp.from(now.plus(lockout)))
                .param("username", username)
                .update();
    }

    void recordSuccessfulSignIn(UUID id, Instant now) {
        jdbc.sql(
                        "update user_account set failed_sign_ins = 0, locked_until = null, last_sign_in_at = :now where id = :id")
                .param("now", java.sql.Timestamp.from(now))
                .param("id", id)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<YouthJusticeService> allServices() {
        return jdbc.sql("select * from youth_justice_service order by name")
                .query(AccountStore::service)
                .list();
    }

    @Transactional(readOnly = true)
    List<Account> allAccounts() {
        return jdbc.sql("select * from user_account order by lower(display_name)")
                .query(this::account)
                .list();
    }

    void changePassword(UUID id, String hash) {
        jdbc.sql("update user_account set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", hash)
                .param("id", id)
                .update();
        events.publishEvent(new AccountActivity("ACCOUNT", id, false, "Changed their password"));
    }

    void unlock(UUID id) {
        jdbc.sql("update user_account set failed_sign_ins = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
        events.publishEvent(new AccountActivity(
                "ACCOUNT",
                id,
                false,
                "Unlocked " + findById(id).map(Account::username).orElse("an account")));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YouthJusticeService> service(UUID serviceId) {
        return jdbc.sql("select * from youth_justice_service where id = :id")
                .param("id", serviceId)
                .query(AccountStore::service)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<YouthJusticeService> services(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from youth_justice_service where id in (:ids) order by name")
                .param("ids", serviceIds)
                .query(AccountStore::service)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> staffMember(UUID userId) {
        return findById(userId).map(AccountStore::staff);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> displayNames(java.util.Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, display_name from user_account where id in (:ids)")
                .param("ids", userIds)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
                });
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> caseHolders(UUID serviceId) {
        // Two reads whatever the number of staff (one account read, and two more per person, before: 88 queries
        // for a service of 29 case holders, docs/performance.md).
        List<StaffMember> found = jdbc.sql("""
                        select a.id, a.username, a.display_name, a.job_title, a.agency from user_account a
                         where a.enabled
                           and exists (select 1 from service_membership m where m.user_id = a.id and m.service_id = :service)
                           and exists (select 1 from user_role r where r.user_id = a.id
                                          and r.role in ('CASE_MANAGER', 'OPERATIONAL_MANAGER'))
                         order by a.display_name
                        """)
                .param("service", serviceId)
                .query((rs, n) -> new StaffMember(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("job_title"),
                        Agency.valueOf(rs.getString("agency")),
                        EnumSet.noneOf(Role.class)))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        java.util.Map<UUID, Set<Role>> roles = new java.util.HashMap<>();
        found.forEach(s -> roles.put(s.id(), s.roles()));
        jdbc.sql("select user_id, role from user_role where user_id in (:ids)")
                .param("ids", roles.keySet())
                .query(rs -> {
                    roles.get(rs.getObject("user_id", UUID.class)).add(Role.valueOf(rs.getString("role")));
                });
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staffWith(UUID serviceId, org.desist.security.Role.Capability capability) {
        List<String> roles = java.util.Arrays.stream(org.desist.security.Role.values())
                .filter(r -> r.capabilities().contains(capability))
                .map(Enum::name)
                .toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                        select distinct a.id, a.display_name from user_account a
                          join service_membership m on m.user_id = a.id
                          join user_role r on r.user_id = a.id
                         where m.service_id = :service and a.enabled and r.role in (:roles)
                         order by a.display_name
                        """)
                .param("service", serviceId)
                .param("roles", roles)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
        List<StaffMember> staff = new ArrayList<>();
        ids.forEach(id -> staffMember(id).ifPresent(staff::add));
        return staff;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> membersNamed(UUID serviceId, String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                        select distinct a.id from user_account a
                          join service_membership m on m.user_id = a.id
                         where m.service_id = :service and a.enabled and lower(a.display_name) = lower(:name)
                        """)
                .param("service", serviceId)
                .param("name", displayName.trim())
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
        List<StaffMember> staff = new ArrayList<>();
        ids.forEach(id -> staffMember(id).ifPresent(staff::add));
        return staff;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(UUID serviceId, Agency agency) {
        List<UUID> ids = jdbc.sql("""
                        select a.id from user_account a
                          join service_membership m on m.user_id = a.id
                         where m.service_id = :service and a.enabled and a.agency = :agency
                         order by a.display_name
                        """)
                .param("service", serviceId)
                .param("agency", agency.name())
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
        List<StaffMember> staff = new ArrayList<>();
        ids.forEach(id -> staffMember(id).ifPresent(staff::add));
        return staff;
    }

    @Override
    public YouthJusticeService createService(String code, String name, String localAuthority) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into youth_justice_service (id, code, name, local_authority) values (:id, :code, :name, :la)")
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .param("la", localAuthority)
                .update();
        events.publishEvent(new AccountActivity("SERVICE", id, true, "Added the service " + name + " (" + code + ")"));
        return new YouthJusticeService(id, code, name, localAuthority);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YouthJusticeService> findServiceByCode(String code) {
        return jdbc.sql("select * from youth_justice_service where code = :code")
                .param("code", code)
                .query(AccountStore::service)
                .optional();
    }

    @Override
    public UUID createAccount(NewAccount account) {
        UUID id = UUID.randomUUID();
        // Staff who do not sign in get an unusable hash: no password matches it.
        String hash = account.rawPassword()
                .filter(p -> !p.isEmpty())
                .map(passwordEncoder::encode)
                .orElse("{noop}!disabled-" + UUID.randomUUID());
        jdbc.sql("""
                        insert into user_account (id, username, display_name, job_title, agency, password_hash)
                        values (:id, :username, :displayName, :jobTitle, :agency, :hash)
                        """)
                .param("id", id)
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("jobTitle", account.jobTitle())
                .param("agency", account.agency().name())
                .param("hash", hash)
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
        for (UUID serviceId : account.serviceIds()) {
            jdbc.sql("insert into service_membership (user_id, service_id) values (:id, :service)")
                    .param("id", id)
                    .param("service", serviceId)
                    .update();
        }
        events.publishEvent(new AccountActivity(
                "ACCOUNT",
                id,
                true,
                "Added the account " + account.username() + " with roles "
                        + account.roles().stream().map(Role::label).sorted().toList()));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> teams(UUID serviceId) {
        return teams.teams(serviceId);
    }

    @Override
    public Team createTeam(UUID serviceId, String name, UUID managerId, Set<UUID> memberIds) {
        Team team = teams.create(serviceId, name, managerId, memberIds);
        events.publishEvent(new AccountActivity("TEAM", team.id(), true, "Added the team " + name));
        return team;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean accountExists(String username) {
        return findByUsername(username).isPresent();
    }

    private Account account(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        Set<UUID> services = new HashSet<>(jdbc.sql("select service_id from service_membership where user_id = :id")
                .param("id", id)
                .query(UUID.class)
                .list());
        java.sql.Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(
                id,
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("job_title"),
                Agency.valueOf(rs.getString("agency")),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_sign_ins"),
                locked == null ? null : locked.toInstant(),
                roles,
                services);
    }

    private static StaffMember staff(Account a) {
        return new StaffMember(a.id(), a.username(), a.displayName(), a.jobTitle(), a.agency(), a.roles());
    }

    private static YouthJusticeService service(ResultSet rs, int row) throws SQLException {
        return new YouthJusticeService(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("local_authority"));
    }
}
