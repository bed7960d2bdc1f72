package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The allocated social worker's invitation to a review or planning meeting (the joint protocol between children's social care and the YOS "Reviews and
 * meetings": the YOS case manager invites the allocated social worker to every review and planning meeting):
 * invited (when and how), no social worker allocated, or not invited (why). Required when the child is looked
 * after on the day of the review.
 */
public record SocialWorkerInvitation(SocialWorkerInvited invited, LocalDate on, String how, String reason) {

    public String summary() {
        return switch (invited) {
            case INVITED -> "Invited on " + on + " (" + how + ")";
            case NO_SOCIAL_WORKER -> invited.label();
            case NOT_INVITED -> "Not invited: " + reason;
        };
    }

    /** What is wrong with the invitation to a review (or its absence), keyed by field. */
    public static Map<String, String> problems(boolean lookedAfter, SocialWorkerInvitation i, LocalDate reviewedOn) {
        return problems(lookedAfter, i, reviewedOn, "review");
    }

    /**
     * What is wrong with the invitation to a meeting (a "review" or a "planning meeting") or its absence, keyed by
     * field.
     */
    public static Map<String, String> problems(
            boolean lookedAfter, SocialWorkerInvitation i, LocalDate reviewedOn, String meeting) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (i == null || i.invited() == null) {
            if (lookedAfter) {
                problems.put(
                        "socialWorkerInvited",
                        "Select whether the social worker was invited: the child is looked after, so the social "
                                + "worker is invited to every " + meeting);
            }
            return problems;
        }
        if (i.invited() == SocialWorkerInvited.INVITED) {
            if (i.on() == null) {
                problems.put("socialWorkerInvitedOn", "Enter the date the social worker was invited");
            } else if (reviewedOn != null && i.on().isAfter(reviewedOn)) {
                problems.put("socialWorkerInvitedOn", "The social worker must be invited on or before the " + meeting);
            }
            if (blank(i.how())) {
                problems.put("socialWorkerInvitedHow", "Enter how the social worker was invited");
            }
        }
        if (i.invited() == SocialWorkerInvited.NOT_INVITED && blank(i.reason())) {
            problems.put("socialWorkerNotInvitedReason", "Enter why the social worker was not invited");
        }
        return problems;
    }

    /** Only what applies to the answer is kept. */
    public SocialWorkerInvitation normalised() {
        return switch (invited) {
            case INVITED -> new SocialWorkerInvitation(invited, on, how.trim(), null);
            case NO_SOCIAL_WORKER -> new SocialWorkerInvitation(invited, null, null, null);
            case NOT_INVITED -> new SocialWorkerInvitation(invited, null, null, reason.trim());
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
