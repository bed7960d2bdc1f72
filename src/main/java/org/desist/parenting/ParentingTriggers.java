package org.desist.parenting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When a parenting assessment is to be considered (YJB case management guidance): for a child aged 17 or under,
 * when the family and personal relationships part of the YOS assessment is rated 3 or above on the 0–4 scale, a
 * recent early-help assessment shows unmet parenting need, a recent CAMHS assessment has been completed, or a
 * court report is being written where a parenting order is considered. "Recent" is a setting
 * ({@code desist.parenting.recent-months}, default 3: the guidance gives no number).
 */
public final class ParentingTriggers {

    public static final int RATING_THRESHOLD = 3;

    private ParentingTriggers() {}

    /** Aged 17 or under on the day. */
    public static boolean childAge(LocalDate dateOfBirth, LocalDate on) {
        return on.isBefore(dateOfBirth.plusYears(18));
    }

    public static boolean familyRelationships(Integer rating) {
        return rating != null && rating >= RATING_THRESHOLD;
    }

    public static boolean earlyHelp(LocalDate completedOn, Boolean unmetParentingNeed, LocalDate today, int months) {
        return Boolean.TRUE.equals(unmetParentingNeed) && recent(completedOn, today, months);
    }

    public static boolean camhs(LocalDate completedOn, LocalDate today, int months) {
        return recent(completedOn, today, months);
    }

    /** Completed on or before today, and no more than {@code months} calendar months ago. */
    public static boolean recent(LocalDate completedOn, LocalDate today, int months) {
        return completedOn != null && !completedOn.isAfter(today) && !completedOn.isBefore(today.minusMonths(months));
    }

    /** The trigger fires for this child on this day (the parenting-order trigger needs only the child's age). */
    public static boolean fires(
            ParentingTrigger trigger,
            LocalDate dateOfBirth,
            LocalDate today,
            Integer rating,
            LocalDate completedOn,
            Boolean unmetParentingNeed,
            int recentMonths) {
        if (!childAge(dateOfBirth, today)) {
            return false;
        }
        return switch (trigger) {
            case FAMILY_RELATIONSHIPS -> familyRelationships(rating);
            case EARLY_HELP -> earlyHelp(completedOn, unmetParentingNeed, today, recentMonths);
            case CAMHS -> camhs(completedOn, today, recentMonths);
            case PARENTING_ORDER_CONSIDERED -> true;
        };
    }

    /**
     * What another agency's assessment the case manager records needs: early help or CAMHS, completed on a date
     * that has come, and for early help whether it shows unmet parenting need. Messages keyed by field.
     */
    public static Map<String, String> otherAssessmentProblems(
            ParentingTrigger kind, LocalDate completedOn, Boolean unmetParentingNeed, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind != ParentingTrigger.EARLY_HELP && kind != ParentingTrigger.CAMHS) {
            problems.put("kind", "Select an early-help assessment or a CAMHS assessment");
        }
        if (completedOn == null) {
            problems.put("completedOn", "Enter the date the assessment was completed");
        } else if (completedOn.isAfter(today)) {
            problems.put("completedOn", "The date the assessment was completed must be today or in the past");
        }
        if (kind == ParentingTrigger.EARLY_HELP && unmetParentingNeed == null) {
            problems.put("unmetParentingNeed", "Select whether the early-help assessment shows unmet parenting need");
        }
        return problems;
    }
}
