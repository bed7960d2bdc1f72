package org.desist.child;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.desist.security.CurrentUser;

/**
 * Which children a partner outside the youth justice service may see: a children's social care practitioner
 * or manager, who has {@code SHARED_CASE_VIEW} but not {@code CHILD_VIEW} (the joint protocol between children's social care and the YOS, issue 5 "Partner
 * access"). The module that knows who is allocated to a child implements it; without an implementation a
 * partner sees no child.
 */
public interface PartnerAccess {

    /** Of these children (already within the partner's services), the ones the partner may see. */
    Set<UUID> mayPartnerSee(CurrentUser partner, Collection<UUID> childIds);

    /** Whether the user is a partner: they see shared children's social-care side only, never the whole record. */
    static boolean isPartner(CurrentUser user) {
        return !user.can(org.desist.security.Role.Capability.CHILD_VIEW)
                && user.can(org.desist.security.Role.Capability.SHARED_CASE_VIEW);
    }
}
