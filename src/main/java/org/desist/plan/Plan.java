package org.desist.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;

/** One plan of an intervention, following one submitted assessment; the latest is the current one. */
public record Plan(
        UUID id,
        UUID interventionId,
        UUID childId,
        UUID assessmentId,
        PlanStatus status,
        PlanContent content,
        List<PlanAction> actions,
        LocalDate agreedOn,
        String agreedBy,
        Boolean childInvolved,
        Boolean parentsInvolved,
        LocalDate supersededOn,
        UUID supersededBy,
        String createdBy,
        long version,
        /** The allocated social worker's invitation to the meeting that agreed the plan (03), once agreed. */
        SocialWorkerInvitation socialWorkerInvitation) {

    public List<PlanAction> actionsOf(Strand strand) {
        return actions.stream().filter(a -> a.strand() == strand).toList();
    }

    /** Actions can still be added and moved on: a draft or the agreed plan, not a superseded one. */
    public boolean open() {
        return status != PlanStatus.SUPERSEDED;
    }
}
