package org.desist.quality;

import static org.desist.quality.EvidenceText.date;
import static org.desist.quality.EvidenceText.gap;
import static org.desist.quality.EvidenceText.notApplicable;
import static org.desist.quality.EvidenceText.shown;

import java.util.UUID;
import org.desist.quality.CaseFacts.PlanFacts;

/** Whether children's social care took part in planning (HMIP standards 2018, 2.2.2b: other agencies involved). */
public final class JointWorkingEvidence {

    public static final String SOCIAL_WORKER_INVITED = "jointworking.social-worker-invited";

    private static final String LINK = "See the plan";

    private JointWorkingEvidence() {}

    /**
     * The joint protocol between children's social care and the YOS, "Reviews and meetings": the case manager invites
     * the allocated social worker to every review and planning meeting.
     */
    public static Evidence socialWorkerInvited(UUID interventionId, PlanFacts plan) {
        String href = PlanEvidence.href(interventionId);
        if (!plan.agreed() || plan.invitation() == null) {
            return notApplicable(
                    SOCIAL_WORKER_INVITED, "No planning meeting with an allocated social worker to invite is recorded");
        }
        return switch (plan.invitation()) {
            case NO_SOCIAL_WORKER -> notApplicable(SOCIAL_WORKER_INVITED, "The child has no allocated social worker");
            case INVITED ->
                shown(
                        SOCIAL_WORKER_INVITED,
                        "The social worker was invited to the planning meeting on " + date(plan.invitedOn()),
                        href,
                        LINK);
            case NOT_INVITED ->
                gap(
                        SOCIAL_WORKER_INVITED,
                        "The social worker was not invited to the planning meeting"
                                + (plan.notInvitedReason() == null ? "" : ": " + plan.notInvitedReason()),
                        href,
                        LINK);
        };
    }
}
