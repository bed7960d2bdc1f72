package org.desist.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.IntegrationTest;
import org.desist.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service's case holders (case managers and operational managers who may hold a caseload), read in two queries
 * whatever their number: the same people, by name, each with every role they hold, as one by one.
 */
@IntegrationTest
class CaseHoldersIntegrationTest {

    @Autowired
    Directory directory;

    @Autowired
    Provisioning provisioning;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theEnabledCaseManagersAndOperationalManagersOfTheServiceByNameWithAllTheirRoles() {
        YouthJusticeService service = data.service("Holdham");
        YouthJusticeService other = data.service("Elsewhere");
        UUID zoe = person("Zoe Ward", Set.of(Role.CASE_MANAGER), service);
        UUID amir = person("Amir Khan", Set.of(Role.OPERATIONAL_MANAGER, Role.QA_LEAD), service, other);
        UUID bea = person("Bea Lowe", Set.of(Role.CASE_MANAGER, Role.OPERATIONAL_MANAGER), service);
        person("Qa Only", Set.of(Role.QA_LEAD), service);
        person("Other Service", Set.of(Role.CASE_MANAGER), other);
        UUID gone = person("Gone Away", Set.of(Role.CASE_MANAGER), service);
        jdbc.sql("update user_account set enabled = false where id = :id")
                .param("id", gone)
                .update();

        List<StaffMember> holders = directory.caseHolders(service.id());

        assertThat(holders).extracting(StaffMember::id).containsExactly(amir, bea, zoe);
        assertThat(holders).extracting(StaffMember::displayName).containsExactly("Amir Khan", "Bea Lowe", "Zoe Ward");
        assertThat(holders.get(0).roles()).containsExactlyInAnyOrder(Role.OPERATIONAL_MANAGER, Role.QA_LEAD);
        assertThat(holders.get(1).roles()).containsExactlyInAnyOrder(Role.CASE_MANAGER, Role.OPERATIONAL_MANAGER);
        for (StaffMember holder : holders) {
            assertThat(Optional.of(holder)).isEqualTo(directory.staffMember(holder.id()));
        }
        assertThat(directory.caseHolders(data.service("Empty").id())).isEmpty();
    }

    private UUID person(String name, Set<Role> roles, YouthJusticeService... services) {
        String username = name.toLowerCase().replace(' ', '.') + "."
                + UUID.randomUUID().toString().substring(0, 8);
        return provisioning.createAccount(new Provisioning.NewAccount(
                username,
                name,
                "Case manager",
                Agency.YOUTH_JUSTICE_SERVICE,
                Optional.of(TestData.PASSWORD),
                roles,
                java.util.Arrays.stream(services)
                        .map(YouthJusticeService::id)
                        .collect(java.util.stream.Collectors.toSet())));
    }
}
