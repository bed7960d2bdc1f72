package org.desist.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.desist.escalation.EscalationLadder;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The escalation ladder's levels come from settings, in each of the ways the README documents. */
class LadderConfigurationTest {

    @Test
    void theProtocolsFourLevelsByDefault() {
        assertThat(new LadderConfiguration().escalationLadder(new MockEnvironment()))
                .isEqualTo(EscalationLadder.standard());
    }

    @Test
    void indexedOrCommaSeparatedProperties() {
        assertThat(new LadderConfiguration()
                        .escalationLadder(new MockEnvironment()
                                .withProperty("desist.escalation.levels[0]", "Practitioners")
                                .withProperty("desist.escalation.levels[1]", "Team managers"))
                        .roles())
                .containsExactly("Practitioners", "Team managers");
        assertThat(new LadderConfiguration()
                        .escalationLadder(new MockEnvironment()
                                .withProperty("desist.escalation.levels", "Practitioners,Team managers,Director"))
                        .top())
                .isEqualTo(3);
    }

    @Test
    void environmentVariables() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "DESIST_ESCALATION_LEVELS_0_", "Workers",
                                        "DESIST_ESCALATION_LEVELS_1_", "Managers",
                                        "DESIST_ESCALATION_LEVELS_2_", "Assistant director")));
        assertThat(new LadderConfiguration().escalationLadder(environment).roles())
                .containsExactly("Workers", "Managers", "Assistant director");
    }
}
