package org.desist.deadline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The catalogue of due-item rules in force: the shipped rules with any local offsets applied. */
public final class DueItemRules {

    private final Map<String, DueItemRule> byId;
    private final List<DueItemRule> ordered;

    /**
     * @param shipped the rules as shipped
     * @param localOffsets rule id → amount, from settings; only rules a local protocol may change accept one
     */
    public DueItemRules(List<DueItemRule> shipped, Map<String, Integer> localOffsets) {
        Map<String, DueItemRule> rules = shipped.stream()
                .collect(Collectors.toMap(
                        DueItemRule::id,
                        r -> r,
                        (a, b) -> {
                            throw new IllegalArgumentException("Two rules have the id " + a.id());
                        },
                        java.util.LinkedHashMap::new));
        localOffsets.forEach((id, amount) -> {
            DueItemRule rule = rules.get(id);
            if (rule == null) {
                throw new IllegalArgumentException("A local offset names no rule: " + id);
            }
            if (!rule.locallyConfigurable()) {
                throw new IllegalArgumentException("The timescale of rule " + id + " is not a local choice");
            }
            rules.put(id, rule.withOffset(new Offset(amount, rule.offset().unit())));
        });
        this.byId = Map.copyOf(rules);
        this.ordered = List.copyOf(rules.values());
    }

    public List<DueItemRule> all() {
        return ordered;
    }

    public Optional<DueItemRule> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<DueItemRule> triggeredBy(String trigger) {
        return ordered.stream().filter(r -> r.trigger().equals(trigger)).toList();
    }

    public List<DueItemRule> fulfilledBy(String recordType) {
        return ordered.stream().filter(r -> r.fulfilledBy().equals(recordType)).toList();
    }
}
