package org.desist.security;

import java.util.Set;
import java.util.UUID;

/**
 * A team within a youth justice service and the operational manager who manages its members directly (HMIP
 * standards 2018, 1.2 Staff: oversight of work by managers). {@code managerId} is null while no manager is named.
 */
public record Team(UUID id, UUID serviceId, String name, UUID managerId, Set<UUID> memberIds) {

    public Team {
        memberIds = Set.copyOf(memberIds);
    }

    /** Whether this person manages the team's members directly. */
    public boolean managedBy(UUID userId) {
        return managerId != null && managerId.equals(userId);
    }

    public boolean hasMember(UUID userId) {
        return memberIds.contains(userId);
    }
}
