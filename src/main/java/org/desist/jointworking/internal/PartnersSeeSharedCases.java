package org.desist.jointworking.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.PartnerAccess;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.DueItemRules;
import org.desist.deadline.DueItems;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which children a partner from children's social care may see (issue 5 §12, ADR 10): a social worker or personal
 * adviser the children they are currently allocated to; a social care manager every child of their services that
 * social care shares with the YOS — one with a current social worker or personal adviser, or one for whom the
 * joint protocol gives social care a duty (a remand, a custodial sentence…).
 */
@Component
class PartnersSeeSharedCases implements PartnerAccess {

    private final JdbcClient jdbc;
    private final DueItems dueItems;
    private final List<String> socialCareRules;

    PartnersSeeSharedCases(JdbcClient jdbc, DueItems dueItems, DueItemRules rules) {
        this.jdbc = jdbc;
        this.dueItems = dueItems;
        this.socialCareRules = rules.all().stream()
                .filter(DueItemRule::ownedBySocialCare)
                .map(DueItemRule::id)
                .toList();
    }

    @Override
    public Set<UUID> mayPartnerSee(CurrentUser partner, Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        boolean manager = partner.can(Role.Capability.JOINT_WORKING_OVERSIGHT);
        Set<UUID> seen = new HashSet<>(jdbc.sql("""
                        select distinct child_id from social_care_allocation
                         where child_id in (:children) and until_date is null
                           and (:manager or user_account_id = :me)
                        """)
                .param("children", childIds)
                .param("manager", manager)
                .param("me", partner.id())
                .query(UUID.class)
                .list());
        if (manager && seen.size() < childIds.size()) {
            seen.addAll(dueItems.childrenWithItemsOf(
                    childIds.stream().filter(id -> !seen.contains(id)).toList(), socialCareRules));
        }
        return seen;
    }
}
