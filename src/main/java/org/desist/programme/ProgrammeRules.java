package org.desist.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What enrolments, sessions, completions and referrals need (YJB case management guidance): dates that have
 * happened and follow each other, a reason when a programme was not completed, the organisation when the
 * partner is "other". Messages keyed by field, GOV.UK wording.
 */
public final class ProgrammeRules {

    private ProgrammeRules() {}

    /**
     * A completion: completed or not (with the reason), on a date that is not in the future, not before the
     * enrolment started, nor before the last session recorded ({@code lastSession} may be null).
     */
    public static Map<String, String> completionProblems(
            Completion completion,
            LocalDate on,
            String reason,
            LocalDate started,
            LocalDate lastSession,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (completion == null) {
            problems.put("completion", "Select whether the child completed the programme");
        } else if (completion == Completion.NOT_COMPLETED && blank(reason)) {
            problems.put("reason", "Enter why the child did not complete the programme");
        }
        if (on == null) {
            problems.put("completedOn", "Enter the date the programme ended for the child");
        } else if (on.isAfter(today)) {
            problems.put("completedOn", "The date the programme ended must be today or in the past");
        } else if (started != null && on.isBefore(started)) {
            problems.put("completedOn", "The date the programme ended cannot be before it started (" + started + ")");
        } else if (lastSession != null && on.isBefore(lastSession)) {
            problems.put(
                    "completedOn",
                    "The date the programme ended cannot be before its last session (" + lastSession + ")");
        }
        return problems;
    }

    /** A session: on a date that has happened, not before the enrolment started, with how it went. */
    public static Map<String, String> sessionProblems(
            LocalDate on, Attendance attendance, LocalDate started, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (on == null) {
            problems.put("date", "Enter the date of the session");
        } else if (on.isAfter(today)) {
            problems.put("date", "A session can only be recorded once it has happened");
        } else if (started != null && on.isBefore(started)) {
            problems.put("date", "The session cannot be before the child started the programme (" + started + ")");
        }
        if (attendance == null) {
            problems.put("attendance", "Select whether the child attended");
        }
        return problems;
    }

    /** A referral: to whom (the organisation's name when "other"), when (not in the future) and why. */
    public static Map<String, String> referralProblems(
            ReferralAgency agency, String organisation, LocalDate referredOn, String reason, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (agency == null) {
            problems.put("agency", "Select whom the child was referred to");
        } else if (agency == ReferralAgency.OTHER && blank(organisation)) {
            problems.put("organisation", "Enter the name of the organisation");
        }
        if (referredOn == null) {
            problems.put("referredOn", "Enter the date of the referral");
        } else if (referredOn.isAfter(today)) {
            problems.put("referredOn", "The date of the referral must be today or in the past");
        }
        if (blank(reason)) {
            problems.put("reason", "Enter the reason for the referral");
        }
        return problems;
    }

    /** A referral's outcome: an answer (not "awaiting"), known on a date from the referral to today. */
    public static Map<String, String> outcomeProblems(
            ReferralOutcome outcome, LocalDate on, LocalDate referredOn, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null || outcome == ReferralOutcome.AWAITING) {
            problems.put("outcome", "Select the outcome of the referral");
        }
        if (on == null) {
            problems.put("outcomeOn", "Enter the date of the outcome");
        } else if (on.isAfter(today)) {
            problems.put("outcomeOn", "The date of the outcome must be today or in the past");
        } else if (referredOn != null && on.isBefore(referredOn)) {
            problems.put("outcomeOn", "The outcome cannot be before the referral (" + referredOn + ")");
        }
        return problems;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
