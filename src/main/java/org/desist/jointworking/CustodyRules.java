package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rules for a child in custody (the joint protocol between children's social care and the YOS, "Custody" and "Care leavers"): when a care leaver's
 * pathway plan review and release arrangements fall due from the expected release date, and what a decision to
 * stop support needs.
 */
public final class CustodyRules {

    private CustodyRules() {}

    /** 03 "Care leavers": a pathway plan review at least {@code months} (1) month before release. */
    public static LocalDate pathwayReviewBy(LocalDate releaseOn, int months) {
        return releaseOn.minusMonths(months);
    }

    /** 03 "Care leavers": the release arrangements known at least {@code days} (14) days before release. */
    public static LocalDate releaseArrangementsBy(LocalDate releaseOn, int days) {
        return releaseOn.minusDays(days);
    }

    /** Why this expected release date cannot be recorded for a sentence passed on {@code sentencedOn}. */
    public static Map<String, String> releaseProblems(LocalDate releaseOn, LocalDate sentencedOn) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (releaseOn == null) {
            problems.put("releaseOn", "Enter the expected release date");
        } else if (!releaseOn.isAfter(sentencedOn)) {
            problems.put("releaseOn", "The expected release date must be after the sentence on " + sentencedOn);
        }
        return problems;
    }

    /** A recommendation to stop support, the senior manager's agreement and who was told when. */
    public record StopSupport(
            LocalDate recommendedOn,
            String reason,
            String seniorManager,
            LocalDate agreedOn,
            LocalDate caseManagerToldOn,
            LocalDate establishmentToldOn,
            LocalDate childToldOn,
            LocalDate parentsToldOn) {}

    /**
     * 03 "Custody": a recommendation to stop support needs a named senior manager's agreement, and the YOS case
     * manager, the establishment, the child and the parents are told.
     */
    public static Map<String, String> stopSupportProblems(StopSupport s, LocalDate sentencedOn, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        date(problems, "recommendedOn", "the date of the recommendation", s.recommendedOn(), sentencedOn, today);
        if (blank(s.reason())) {
            problems.put("reason", "Enter why support should stop");
        }
        if (blank(s.seniorManager())) {
            problems.put("seniorManager", "Enter the name of the senior manager who agreed");
        }
        date(problems, "agreedOn", "the date the senior manager agreed", s.agreedOn(), sentencedOn, today);
        if (!problems.containsKey("agreedOn")
                && !problems.containsKey("recommendedOn")
                && s.agreedOn().isBefore(s.recommendedOn())) {
            problems.put("agreedOn", "The senior manager cannot agree before the recommendation");
        }
        told(problems, "caseManagerToldOn", "the YOS case manager", s.caseManagerToldOn(), s.agreedOn(), today);
        told(problems, "establishmentToldOn", "the establishment", s.establishmentToldOn(), s.agreedOn(), today);
        told(problems, "childToldOn", "the child", s.childToldOn(), s.agreedOn(), today);
        told(problems, "parentsToldOn", "the parents", s.parentsToldOn(), s.agreedOn(), today);
        return problems;
    }

    private static void told(
            Map<String, String> problems, String field, String who, LocalDate on, LocalDate agreedOn, LocalDate today) {
        if (on == null) {
            problems.put(field, "Enter the date " + who + " " + (who.equals("the parents") ? "were" : "was") + " told");
        } else if (on.isAfter(today)) {
            problems.put(field, "The date " + who + " told must be today or in the past");
        } else if (agreedOn != null && on.isBefore(agreedOn)) {
            problems.put(
                    field, "Support stops only once the senior manager agreed: tell " + who + " after " + agreedOn);
        }
    }

    private static void date(
            Map<String, String> problems,
            String field,
            String what,
            LocalDate on,
            LocalDate notBefore,
            LocalDate today) {
        if (on == null) {
            problems.put(field, "Enter " + what);
        } else if (on.isAfter(today)) {
            problems.put(
                    field, Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be today or in the past");
        } else if (on.isBefore(notBefore)) {
            problems.put(
                    field,
                    Character.toUpperCase(what.charAt(0)) + what.substring(1) + " cannot be before the sentence on "
                            + notBefore);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
