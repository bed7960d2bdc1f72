package org.desist.escalation;

import java.util.List;
import java.util.Optional;

/**
 * The levels of the escalation ladder, lowest first, by the role that holds a step at each. A typical local
 * safeguarding partnership's escalation protocol (Working Together to Safeguard Children 2023): the two workers, their
 * line managers, the heads of service, the director responsible for child protection. A local protocol may name them
 * differently or have more or fewer: {@code desist.escalation.levels}.
 */
public record EscalationLadder(List<String> roles) {

    public static final List<String> DEFAULT_ROLES = List.of(
            "The two workers",
            "Their line managers",
            "The heads of service",
            "The director responsible for child protection");

    public EscalationLadder {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("The escalation ladder needs at least one level");
        }
        if (roles.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("Every level of the escalation ladder needs a role name");
        }
        roles = roles.stream().map(String::trim).toList();
    }

    public static EscalationLadder standard() {
        return new EscalationLadder(DEFAULT_ROLES);
    }

    public int top() {
        return roles.size();
    }

    /** Who holds a step at level {@code level} (1 is the lowest). */
    public String roleAt(int level) {
        if (level < 1 || level > top()) {
            throw new IllegalArgumentException("No level " + level + " on a ladder of " + top());
        }
        return roles.get(level - 1);
    }

    /** The level above, if there is one. */
    public Optional<Integer> above(int level) {
        roleAt(level);
        return level < top() ? Optional.of(level + 1) : Optional.empty();
    }

    /** Who sees a step at this level once it stalls: the next level's role, or the top's own when at the top. */
    public String stalledVisibleTo(int level) {
        return roleAt(above(level).orElse(level));
    }
}
