package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.security.Agency;

/**
 * What it takes to record a joint-protocol duty as done (the joint protocol between children's social care and the YOS, "Remands", "Custody" and "Care
 * leavers"): when, by whom and how; every part of its checklist; the governor's sign-off of a detention
 * placement plan for a child not looked after before the remand. The local authority need not be told of a
 * custodial sentence when its social worker was at court. An authority representative is a qualified social
 * worker, never a YOS worker, and the child's IRO is told; a care leaver's first visit in custody is not by the
 * YOS worker.
 */
public final class JointDutyRules {

    private JointDutyRules() {}

    /**
     * The duty as recorded. For the authority representative: {@code doneOn} is the day of the appointment and
     * {@code doneBy} the representative's name. {@code noAllocatedSocialWorker} on the local authority's
     * notification says the child has no allocated social worker, which calls for a representative.
     */
    public record Done(
            LocalDate doneOn,
            String doneBy,
            String how,
            List<String> checklist,
            LocalDate signedOffOn,
            boolean socialWorkerAtCourt,
            Agency agency,
            boolean qualifiedSocialWorker,
            LocalDate iroToldOn,
            boolean noAllocatedSocialWorker) {

        public Done(
                LocalDate doneOn,
                String doneBy,
                String how,
                List<String> checklist,
                LocalDate signedOffOn,
                boolean socialWorkerAtCourt) {
            this(doneOn, doneBy, how, checklist, signedOffOn, socialWorkerAtCourt, null, false, null, false);
        }
    }

    public static Map<String, String> problems(
            JointDuty duty, Done done, LocalDate triggeredOn, LocalDate today, boolean signOffNeeded) {
        return problems(duty, done, triggeredOn, today, signOffNeeded, null);
    }

    /**
     * @param notBefore the earliest day it can have been done (the trigger), or null when it may be done any time
     *     before it is due (the duties before a care leaver's release)
     * @param yosWorkerNamed when the person named is a YOS worker, who they are (e.g. "the YOS case manager")
     */
    public static Map<String, String> problems(
            JointDuty duty,
            Done done,
            LocalDate notBefore,
            LocalDate today,
            boolean signOffNeeded,
            String yosWorkerNamed) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean notNeeded = duty == JointDuty.CUSTODY_LA_NOTIFIED && done.socialWorkerAtCourt();
        boolean representative = duty == JointDuty.AUTHORITY_REPRESENTATIVE;
        String when = representative ? "the date they were appointed" : "the date it was done";
        if (done.doneOn() == null) {
            problems.put("doneOn", "Enter " + when);
        } else if (done.doneOn().isAfter(today)) {
            problems.put("doneOn", capitalised(when) + " must be today or in the past");
        } else if (notBefore != null && done.doneOn().isBefore(notBefore)) {
            problems.put("doneOn", capitalised(when) + " cannot be before " + notBefore);
        }
        if (blank(done.doneBy())) {
            problems.put("doneBy", representative ? "Enter the representative's name" : "Enter who did it");
        } else if (yosWorkerNamed != null && representative) {
            // 03 "Custody": the authority representative is never a YOS worker.
            problems.put(
                    "doneBy",
                    "The authority representative must not be a YOS worker: " + nameOf(done.doneBy()) + " is "
                            + yosWorkerNamed);
        } else if (yosWorkerNamed != null && duty == JointDuty.CARE_LEAVER_FIRST_VISIT) {
            // 03 "Care leavers": the first visit in custody is not by the YOS worker.
            problems.put(
                    "doneBy",
                    "The first visit must be by the personal adviser, not the YOS worker: " + nameOf(done.doneBy())
                            + " is " + yosWorkerNamed);
        }
        if (representative) {
            if (done.agency() == null) {
                problems.put("agency", "Select the representative's agency");
            } else if (done.agency() == Agency.YOUTH_JUSTICE_SERVICE) {
                problems.put("agency", "The authority representative must not be a YOS worker");
            }
            if (!done.qualifiedSocialWorker()) {
                problems.put("qualifiedSocialWorker", "Confirm the representative is a qualified social worker");
            }
            if (done.iroToldOn() == null) {
                problems.put("iroToldOn", "Enter the date the child's independent reviewing officer was told");
            } else if (done.iroToldOn().isAfter(today)) {
                problems.put("iroToldOn", "The date the IRO was told must be today or in the past");
            } else if (done.doneOn() != null && done.iroToldOn().isBefore(done.doneOn())) {
                problems.put("iroToldOn", "The IRO cannot be told before the representative was appointed");
            }
            return problems;
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
            } else if (done.doneOn() != null
                    && notBefore != null
                    && done.signedOffOn().isBefore(notBefore)) {
                problems.put("signedOffOn", "The plan cannot be signed off before the remand");
            } else if (done.signedOffOn().isAfter(today)) {
                problems.put("signedOffOn", "The date of sign-off must be today or in the past");
            }
        }
        return problems;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The name in "Name, role". */
    private static String nameOf(String typed) {
        return typed.split(",")[0].trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
