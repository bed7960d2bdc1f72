package org.desist.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.desist.IntegrationTest;
import org.desist.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@IntegrationTest
class TeamsIntegrationTest {

    @Autowired
    TestData data;

    @Autowired
    Directory directory;

    @Test
    void aTeamsManagerManagesItsMembersDirectlyAndNobodyElse() {
        YouthJusticeService service = data.service("Teamford");
        String manager = data.account("manager", Role.OPERATIONAL_MANAGER, service);
        String otherManager = data.account("other", Role.OPERATIONAL_MANAGER, service);
        String member = data.account("officer", Role.CASE_MANAGER, service);
        String loner = data.account("loner", Role.CASE_MANAGER, service);
        data.team(service, "Court team", manager, manager, member);
        data.team(service, "Prevention team", otherManager, otherManager);

        assertThat(directory.teams(service.id()))
                .extracting(Team::name)
                .containsExactly("Court team", "Prevention team");
        assertThat(directory.teamOf(service.id(), data.userId(member)))
                .map(Team::name)
                .contains("Court team");
        assertThat(directory.teamOf(service.id(), data.userId(loner))).isEmpty();
        assertThat(directory.managesDirectly(service.id(), data.userId(manager), data.userId(member)))
                .isTrue();
        assertThat(directory.managesDirectly(service.id(), data.userId(otherManager), data.userId(member)))
                .isFalse();
        assertThat(directory.managesDirectly(service.id(), data.userId(manager), data.userId(loner)))
                .isFalse();
    }

    @Test
    void aPersonBelongsToOneTeamOfAServiceAndTeamNamesAreUnique() {
        YouthJusticeService service = data.service("Teamton");
        String member = data.account("officer", Role.CASE_MANAGER, service);
        data.team(service, "North team", null, member);
        assertThatThrownBy(() -> data.team(service, "South team", null, member))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> data.team(service, "north TEAM", null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(directory.teams(data.service("Elsewhere").id())).isEmpty();
    }
}
