package org.desist.deadline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.DueItemRules;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The due-item rules shipped in deadline/rules.json, with local offsets from settings, e.g.
 * {@code desist.deadline.offsets.referral-order-initial-panel=15} (DESIST_DEADLINE_OFFSETS_…).
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    DueItemRules dueItemRules(Environment environment) throws IOException {
        List<DueItemRule> shipped;
        try (InputStream in = new ClassPathResource("deadline/rules.json").getInputStream()) {
            shipped = JsonMapper.builder().build().readValue(in, new TypeReference<List<DueItemRule>>() {});
        }
        Map<String, Integer> local = Binder.get(environment)
                .bind("desist.deadline.offsets", Bindable.mapOf(String.class, Integer.class))
                .orElse(Map.of());
        // From an environment variable a key arrives as referral.order.initial.panel: rule ids use dashes.
        Map<String, Integer> byRuleId = new java.util.HashMap<>();
        local.forEach((key, amount) ->
                byRuleId.put(key.toLowerCase(java.util.Locale.ROOT).replaceAll("[._]", "-"), amount));
        return new DueItemRules(shipped, byRuleId);
    }
}
