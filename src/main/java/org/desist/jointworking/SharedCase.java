package org.desist.jointworking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A shared case as dashboards see it: the child, who holds it in each service, the lead professional, the date
 * of the current role agreement (null: none, the case is flagged) and its shared-case due items.
 */
public record SharedCase(
        UUID childId,
        String childName,
        LocalDate sharedFrom,
        List<String> yosCaseManagers,
        String socialWorker,
        String personalAdviser,
        String leadProfessional,
        LocalDate roleAgreedOn,
        int openDueItems,
        int overdueDueItems) {

    /** A shared case without a current role agreement is flagged (the joint protocol between children's social care and the YOS). */
    public boolean flagged() {
        return roleAgreedOn == null;
    }
}
