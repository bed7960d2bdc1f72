package org.desist.jointworking;

import java.util.Optional;
import java.util.UUID;
import org.desist.child.ChildSummary;
import org.desist.security.Agency;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Whether a person named on a duty is a YOS worker (the joint protocol between children's social care and the YOS, "Custody" and "Care leavers": the
 * authority representative is never a YOS worker; a care leaver's first visit in custody is not by the YOS
 * worker): the child's case manager, or a Desist account of the child's youth justice service whose agency is
 * not children's social care. Names are typed as "Name" or "Name, role".
 */
@Component
class YosWorkers {

    private final Directory directory;

    YosWorkers(Directory directory) {
        this.directory = directory;
    }

    /** Who the named person is, when they are a YOS worker; empty otherwise. */
    Optional<String> named(ChildSummary child, UUID caseManagerId, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String name = typed.split(",")[0].trim();
        if (caseManagerId != null) {
            Optional<StaffMember> caseManager = directory.staffMember(caseManagerId);
            if (caseManager.isPresent() && caseManager.get().displayName().equalsIgnoreCase(name)) {
                return Optional.of("the YOS case manager");
            }
        }
        return directory.membersNamed(child.serviceId(), name).stream()
                .filter(s -> s.agency() != Agency.CHILDRENS_SOCIAL_CARE)
                .findFirst()
                .map(s -> "a member of the youth justice service (" + s.agency().label() + ")");
    }
}
