package org.desist.escalation.internal;

import java.util.List;
import org.desist.escalation.EscalationLadder;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The escalation ladder's levels from settings, lowest first: {@code desist.escalation.levels[0]=…} (or
 * {@code DESIST_ESCALATION_LEVELS_0_=…}, or a comma-separated list); by default the four of a typical local
 * escalation protocol.
 */
@Configuration(proxyBeanMethods = false)
class LadderConfiguration {

    @Bean
    EscalationLadder escalationLadder(Environment environment) {
        List<String> roles = Binder.get(environment)
                .bind("desist.escalation.levels", Bindable.listOf(String.class))
                .orElse(EscalationLadder.DEFAULT_ROLES);
        return new EscalationLadder(roles);
    }
}
