package org.desist.oversight;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a record of management oversight needs, and when a case's oversight is no longer recent, keyed by the
 * field each rule concerns, in the words the person reads (YJB case management guidance, management
 * oversight; HM Inspectorate of Probation's youth justice standards ask whether it was sufficient).
 */
public final class OversightRules {

    private OversightRules() {}

    /**
     * Recent: the last oversight was at most {@code within} (calendar months, clamped at month ends: 30 November
     * plus 3 months is 28 February) before {@code today}. A case never overseen has no recent oversight.
     */
    public static boolean recent(LocalDate lastOversight, LocalDate today, Period within) {
        return lastOversight != null && !lastOversight.plus(within).isBefore(today);
    }

    /** Days since the last oversight or, when never overseen, since the work started. */
    public static long daysSince(LocalDate lastOversight, LocalDate started, LocalDate today) {
        LocalDate from = lastOversight != null ? lastOversight : started;
        return from == null ? 0 : ChronoUnit.DAYS.between(from, today);
    }

    /**
     * A manager other than the case's own case manager records it (oversight is independent of the work); it
     * is dated between the start of the work and today; says what was looked at and the judgement; gives the
     * direction and actions (with their due date) when the work needs action; and says when oversight is next
     * due, after this one.
     */
    public static Map<String, String> check(
            OversightDetails details, LocalDate workBegan, UUID caseManagerId, UUID managerId, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (managerId != null && managerId.equals(caseManagerId)) {
            problems.put(
                    "manager",
                    "You are the case manager of this intervention: another manager must record oversight of it");
        }
        LocalDate on = details.recordedOn();
        if (on == null) {
            problems.put("recordedOn", "Enter the date of the oversight");
        } else if (on.isAfter(today)) {
            problems.put("recordedOn", "The date of the oversight must be today or in the past");
        } else if (workBegan != null && on.isBefore(workBegan)) {
            problems.put("recordedOn", "The date of the oversight must be on or after the intervention began");
        }
        if (details.areas() == null || details.areas().isEmpty()) {
            problems.put("areas", "Select what you looked at");
        }
        if (details.judgement() == null) {
            problems.put("judgement", "Select whether the work is sufficient or needs action");
        }
        boolean needsAction = details.judgement() == Judgement.NEEDS_ACTION;
        if (needsAction && blank(details.direction())) {
            problems.put("direction", "Enter the direction you gave the case manager");
        }
        if (needsAction && blank(details.actions())) {
            problems.put("actions", "Enter the actions the case manager must take");
        }
        if (!blank(details.actions()) && details.actionsDue() == null) {
            problems.put("actionsDue", "Enter when the actions are due");
        } else if (details.actionsDue() != null
                && on != null
                && details.actionsDue().isBefore(on)) {
            problems.put("actionsDue", "The actions must be due on or after the date of the oversight");
        }
        if (details.nextDue() == null) {
            problems.put("nextDue", "Enter when oversight is next due");
        } else if (on != null && !details.nextDue().isAfter(on)) {
            problems.put("nextDue", "The next oversight must be due after this one");
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
