package org.desist.victim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.desist.victim.RestorativeJustice.Decision;
import org.desist.victim.RestorativeJustice.Kind;
import org.desist.victim.RestorativeJustice.Outcome;

/**
 * The preconditions of restorative justice as plain rules (Victims' Code 2021, right 7; Restorative Justice Council
 * practice): informed consent of both parties, a risk assessment approved by a manager before any direct meeting,
 * and an outcome only once the work took place. Each answers the problems, by field, of one step.
 */
public final class RestorativeJusticeRules {

    private RestorativeJusticeRules() {}

    /**
     * What a kind of work needs before it is planned or held: a direct meeting both consents and an approved risk
     * assessment; indirect work (a letter, shuttle communication) and reparation to the victim both consents;
     * reparation to the community, done when the victim wants none, the child's consent only.
     */
    public static Map<String, String> preconditions(
            Kind kind, Decision victimConsent, Decision childConsent, boolean riskApproved) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select the kind of restorative justice");
            return problems;
        }
        if (kind.needsVictimConsent() && victimConsent != Decision.GIVEN) {
            problems.put("victimConsent", "The victim's informed consent is needed first");
        }
        if (childConsent != Decision.GIVEN) {
            problems.put("childConsent", "The child's informed consent is needed first");
        }
        if (kind.direct() && !riskApproved) {
            problems.put("riskAssessment", "A direct meeting needs a risk assessment approved by a manager first");
        }
        return problems;
    }

    /** A risk assessment's approval: by a manager (COUNTERSIGN) who is not its assessor, on or after it. */
    public static Map<String, String> approval(
            boolean assessed,
            boolean approverIsManager,
            boolean approverIsAssessor,
            LocalDate assessedOn,
            LocalDate on) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!assessed) {
            problems.put("riskAssessment", "There is no risk assessment to approve");
        } else if (!approverIsManager) {
            problems.put("approvedBy", "A manager approves the risk assessment");
        } else if (approverIsAssessor) {
            problems.put("approvedBy", "Another manager approves the risk assessment: not the person who made it");
        } else if (on != null && on.isBefore(assessedOn)) {
            problems.put("approvedOn", "The approval must be on or after the date of the risk assessment");
        }
        return problems;
    }

    /**
     * An outcome: one that took place needs the date held, and is recorded on or after it; one that did not go
     * ahead needs the reason; the victim's satisfaction is asked only of work that took place with them.
     */
    public static Map<String, String> outcome(
            Kind kind, LocalDate heldOn, Outcome outcome, String reason, boolean satisfactionGiven) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (outcome == null) {
            problems.put("outcome", "Select the outcome");
            return problems;
        }
        if (outcome.tookPlace()) {
            if (heldOn == null) {
                problems.put("outcome", "Record the date it was held before its outcome");
            } else if (kind != null && !outcome.fits(kind)) {
                problems.put(
                        "outcome", "That outcome is not one of " + kind.label().toLowerCase());
            }
            if (!satisfactionGiven && kind != null && kind.needsVictimConsent()) {
                problems.put("satisfaction", "Select how satisfied the victim was, or that they declined to say");
            }
        } else {
            if (reason == null || reason.isBlank()) {
                problems.put("note", "Say why it did not go ahead");
            }
            if (satisfactionGiven) {
                problems.put("satisfaction", "The victim's satisfaction is asked only when it went ahead");
            }
        }
        return problems;
    }

    /** A date of a step: given, not in the future, not before the offer. */
    public static void date(
            Map<String, String> problems,
            String field,
            String what,
            LocalDate date,
            LocalDate offeredOn,
            LocalDate today) {
        if (date == null) {
            problems.put(field, "Enter the date " + what);
        } else if (date.isAfter(today)) {
            problems.put(field, "The date " + what + " must be today or in the past");
        } else if (offeredOn != null && date.isBefore(offeredOn)) {
            problems.put(field, "The date " + what + " must be on or after the date restorative justice was offered");
        }
    }

    /** A consent decision: given, refused or withdrawn (only consent given can be withdrawn), dated. */
    static Map<String, String> decision(
            Decision decision, LocalDate on, LocalDate today, Decision earlier, LocalDate offeredOn) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (decision == null) {
            problems.put("decision", "Select whether consent was given, refused or withdrawn");
        } else if (decision == Decision.WITHDRAWN && earlier != Decision.GIVEN) {
            problems.put("decision", "Only consent that was given can be withdrawn");
        }
        date(problems, "on", "of the decision", on, offeredOn, today);
        return problems;
    }

    /** Reparation hours: for reparation only, more than 0 planned, done between 0 and the hours planned. */
    static Map<String, String> reparation(Kind kind, RestorativeJustice.Reparation hours) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null || !kind.reparation()) {
            problems.put("kind", "Reparation hours are for reparation to the victim or the community");
        }
        if (hours.hoursPlanned() <= 0) {
            problems.put("hoursPlanned", "Enter the hours of reparation planned, more than 0");
        }
        if (hours.hoursDone() < 0 || hours.hoursDone() > hours.hoursPlanned()) {
            problems.put("hoursDone", "The hours done must be between 0 and the hours planned");
        }
        return problems;
    }
}
