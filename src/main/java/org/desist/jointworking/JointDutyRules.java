package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What it takes to record a joint-protocol duty as done (domain reference 03, "Remands" and "Custody"): when,
 * by whom and how; every part of its checklist; the governor's sign-off of a detention placement plan for a
 * child not looked after before the remand. The local authority need not be told of a custodial sentence when
 * its social worker was at court.
 */
public final class JointDutyRules {

    private JointDutyRules() {}

    /** The duty as recorded. */
    public record Done(
            LocalDate doneOn,
            String doneBy,
            String how,
            List<String> checklist,
            LocalDate signedOffOn,
            boolean socialWorkerAtCourt) {}

    public static Map<String, String> problems(
            JointDuty duty, Done done, LocalDate triggeredOn, LocalDate today, boolean signOffNeeded) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean notNeeded = duty == JointDuty.CUSTODY_LA_NOTIFIED && done.socialWorkerAtCourt();
        if (done.doneOn() == null) {
            problems.put("doneOn", "Enter the date it was done");
        } else if (done.doneOn().isAfter(today)) {
            problems.put("doneOn", "The date it was done must be today or in the past");
        } else if (done.doneOn().isBefore(triggeredOn)) {
            problems.put("doneOn", "The date it was done cannot be before " + triggeredOn);
        }
        if (blank(done.doneBy())) {
            problems.put("doneBy", "Enter who did it");
        }
        if (!notNeeded && blank(done.how())) {
            problems.put("how", "Describe how it was done");
        }
        if (!notNeeded) {
            List<String> missing = duty.checklist().stream()
                    .filter(item ->
                            done.checklist() == null || !done.checklist().contains(item))
                    .toList();
            if (!missing.isEmpty()) {
                problems.put(
                        "checklist",
                        "Confirm every part has been covered. Still missing: " + String.join("; ", missing));
            }
        }
        if (duty == JointDuty.DETENTION_PLACEMENT_PLAN && signOffNeeded) {
            if (done.signedOffOn() == null) {
                problems.put(
                        "signedOffOn",
                        "Enter the date the governor, director or registered manager agreed and signed the plan:"
                                + " the child was not looked after before the remand");
            } else if (done.doneOn() != null && done.signedOffOn().isBefore(triggeredOn)) {
                problems.put("signedOffOn", "The plan cannot be signed off before the remand");
            } else if (done.signedOffOn().isAfter(today)) {
                problems.put("signedOffOn", "The date of sign-off must be today or in the past");
            }
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
