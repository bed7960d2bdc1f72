package org.desist.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.jointworking.SocialWorkerInvitation;

/**
 * A review of an intervention (domain reference 02 §7): what changed, the views of the child, of parents or
 * carers and of other agencies, whether the plan was changed (how, or why not), whether the assessment needs
 * updating, and the triggers it answered.
 */
public record Review(
        UUID id,
        UUID interventionId,
        LocalDate reviewedOn,
        String whatChanged,
        String childViews,
        String parentsViews,
        String agencies,
        String agencyInformation,
        boolean planChanged,
        String planChange,
        String planUnchangedReason,
        boolean assessmentNeedsUpdating,
        List<ReviewTrigger> answered,
        String recordedBy,
        Instant recordedAt,
        SocialWorkerInvitation socialWorkerInvitation) {}
