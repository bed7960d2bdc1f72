package org.desist.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.desist.deadline.DueItemRule;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class RulesConfigurationTest {

    @Test
    void shipsTheCaseJourneyRulesEachWithItsSource() throws IOException {
        var rules = new RulesConfiguration().dueItemRules(new MockEnvironment());
        assertThat(rules.all())
                .extracting(DueItemRule::id)
                .contains(
                        "oocd-assessment",
                        "oocd-decision",
                        "referral-order-initial-panel",
                        "referral-order-progress-panel",
                        "court-report",
                        "conditional-caution-conditions-end");
        assertThat(rules.all()).allSatisfy(rule -> assertThat(rule.source()).isNotBlank());
        assertThat(rules.byId("oocd-assessment").orElseThrow().offset().amount())
                .isEqualTo(10);
    }

    @Test
    void aLocalTimescaleCanBeSetFromAnEnvironmentVariable() throws IOException {
        MockEnvironment environment = new MockEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "systemEnvironment", Map.of("DESIST_DEADLINE_OFFSETS_REFERRAL_ORDER_INITIAL_PANEL", "15")));
        var rules = new RulesConfiguration().dueItemRules(environment);
        assertThat(rules.byId("referral-order-initial-panel")
                        .orElseThrow()
                        .offset()
                        .amount())
                .isEqualTo(15);
    }
}
