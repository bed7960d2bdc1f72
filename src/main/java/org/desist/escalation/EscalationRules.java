package org.desist.escalation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What must be true to raise, escalate and resolve (Working Together to Safeguard Children 2023 and the local
 * safeguarding partnership's escalation protocol): each step has a date raised, who holds it and the outcome — a step
 * is escalated only with its outcome recorded, to the level above, and the ladder has a top. Messages are keyed by the
 * field they concern.
 */
public final class EscalationRules {

    static final int LONGEST_TEXT = 4000;

    private EscalationRules() {}

    public record Raise(
            EscalationKind kind, String about, RaisingService raisedBy, LocalDate raisedOn, String holder) {}

    public record Escalate(String outcome, LocalDate on, String holder) {}

    public record Resolve(String outcome, LocalDate on) {}

    public static Map<String, String> raising(Raise r, LocalDate today, LocalDate earliest) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (r.kind() == null) {
            problems.put("kind", "Select whether it is a disagreement about the case or a concern about a service");
        }
        text(problems, "about", r.about(), "Enter what it is about");
        if (r.raisedBy() == null) {
            problems.put("raisedBy", "Select which service raised it");
        }
        date(
                problems,
                "raisedOn",
                r.raisedOn(),
                "the date it was raised",
                earliest,
                "the child's date of birth",
                today);
        text(problems, "holder", r.holder(), "Enter who holds it at the first level");
        return problems;
    }

    /** Escalating the current step ({@code level}, started {@code stepStarted}) to the level above. */
    public static Map<String, String> escalating(
            Escalate e, int level, LocalDate stepStarted, LocalDate today, EscalationLadder ladder) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (ladder.above(level).isEmpty()) {
            problems.put(
                    "outcome",
                    "It is already with " + lower(ladder.roleAt(level))
                            + ", the last level: record how it was resolved");
            return problems;
        }
        text(problems, "outcome", e.outcome(), "Enter the outcome at this level before escalating it");
        date(problems, "on", e.on(), "the date it was escalated", stepStarted, "the day this level started", today);
        text(
                problems,
                "holder",
                e.holder(),
                "Enter who holds it now ("
                        + lower(ladder.roleAt(ladder.above(level).get())) + ")");
        return problems;
    }

    public static Map<String, String> resolving(Resolve r, LocalDate stepStarted, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        text(problems, "outcome", r.outcome(), "Enter the outcome: how it was resolved");
        date(problems, "on", r.on(), "the date it was resolved", stepStarted, "the day this level started", today);
        return problems;
    }

    /** A step stalls once its due date (the setting's working days after it started) has passed. */
    public static boolean stalled(LocalDate stepDue, LocalDate today) {
        return stepDue != null && today.isAfter(stepDue);
    }

    private static void text(Map<String, String> problems, String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            problems.put(field, missing);
        } else if (value.trim().length() > LONGEST_TEXT) {
            problems.put(field, "Keep it to " + LONGEST_TEXT + " characters or fewer");
        }
    }

    private static void date(
            Map<String, String> problems,
            String field,
            LocalDate date,
            String what,
            LocalDate earliest,
            String earliestWhat,
            LocalDate today) {
        if (date == null) {
            problems.put(field, "Enter " + what);
        } else if (date.isAfter(today)) {
            problems.put(field, capitalised(what) + " must be today or in the past");
        } else if (earliest != null && date.isBefore(earliest)) {
            problems.put(field, capitalised(what) + " must be on or after " + earliestWhat);
        }
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String role) {
        return role.isEmpty() ? role : Character.toLowerCase(role.charAt(0)) + role.substring(1);
    }
}
