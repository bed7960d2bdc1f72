package org.desist.intervention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What must hold before an intervention changes hands or is delivered by another service: each rule keyed
 * by the field it concerns, in the words the person reads.
 */
public final class AllocationRules {

    private AllocationRules() {}

    /** The date the work began: its start, or, while it is only referred, the referral. */
    static LocalDate begun(Intervention intervention) {
        return intervention.startDate() != null ? intervention.startDate() : intervention.referredOn();
    }

    /**
     * Reallocation to another case manager of the same service, from a date not before the work began, with
     * the reason recorded (HMIP standards: the case manager is known and changes are explained).
     */
    public static Map<String, String> reallocation(
            Intervention intervention, UUID newCaseManagerId, Set<UUID> caseHolders, LocalDate from, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (intervention.status() == Intervention.Status.CLOSED) {
            problems.put("caseManagerId", "This intervention is closed: it cannot be reallocated");
            return problems;
        }
        if (newCaseManagerId == null) {
            problems.put("caseManagerId", "Select the new case manager");
        } else if (!caseHolders.contains(newCaseManagerId)) {
            problems.put("caseManagerId", "Select a case manager from this youth justice service");
        } else if (newCaseManagerId.equals(intervention.caseManagerId())) {
            problems.put("caseManagerId", "Select a different case manager: this one already holds it");
        }
        if (from == null) {
            problems.put("from", "Enter the date the new case manager takes over");
        } else if (begun(intervention) != null && from.isBefore(begun(intervention))) {
            problems.put("from", "The date must be on or after the intervention began");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "Enter why the intervention is being reallocated");
        }
        return problems;
    }

    /**
     * A caretaking arrangement (YJB National Protocol for Case Responsibility: caretaking): another, existing service hosts the
     * work of an open intervention from a date not before it began, one host at a time.
     */
    public static Map<String, String> caretaking(
            Intervention intervention, UUID hostServiceId, boolean hostExists, LocalDate from) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (intervention.status() == Intervention.Status.CLOSED) {
            problems.put("hostServiceId", "This intervention is closed: nobody can deliver it now");
            return problems;
        }
        if (intervention.hostServiceId() != null) {
            problems.put("hostServiceId", "A caretaking arrangement is already in place: end it first");
        } else if (hostServiceId == null) {
            problems.put("hostServiceId", "Select the youth justice service that will deliver the work");
        } else if (!hostExists) {
            problems.put("hostServiceId", "Select a youth justice service that exists");
        } else if (hostServiceId.equals(intervention.serviceId())) {
            problems.put("hostServiceId", "Select another service: this is the child's home service");
        }
        if (from == null) {
            problems.put("caretakingFrom", "Enter the date caretaking starts");
        } else if (begun(intervention) != null && from.isBefore(begun(intervention))) {
            problems.put("caretakingFrom", "Caretaking cannot start before the intervention began");
        }
        return problems;
    }

    /** Ending caretaking: there is an arrangement, and it ends on or after it started. */
    public static Map<String, String> endOfCaretaking(Intervention intervention, LocalDate on) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (intervention.hostServiceId() == null) {
            problems.put("caretakingTo", "There is no caretaking arrangement to end");
            return problems;
        }
        if (on == null) {
            problems.put("caretakingTo", "Enter the date caretaking ended");
        } else if (intervention.caretakingFrom() != null && on.isBefore(intervention.caretakingFrom())) {
            problems.put("caretakingTo", "Caretaking cannot end before it started");
        }
        return problems;
    }
}
