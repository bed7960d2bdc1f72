package org.desist.jointworking;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * the joint protocol between children's social care and the YOS "Remands" 7: at the end of a remand the child may remain looked after only with a head of
 * service's permission, given after an assessment and the independent reviewing officer's opinion.
 */
public final class StayingLookedAfterRules {

    private StayingLookedAfterRules() {}

    /** The remand's end, and the permission for the child to stay looked after. */
    public record Permission(
            LocalDate remandEndedOn,
            String headOfService,
            LocalDate permissionOn,
            LocalDate assessedOn,
            String iroName,
            LocalDate iroOpinionOn,
            String iroOpinion) {}

    /** What is missing or wrong, by field. */
    public static Map<String, String> problems(Permission p, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (p.remandEndedOn() == null) {
            problems.put("remandEndedOn", "Enter the date the remand ended");
        } else if (p.remandEndedOn().isAfter(today)) {
            problems.put("remandEndedOn", "The date the remand ended must be today or in the past");
        }
        if (blank(p.headOfService())) {
            problems.put("headOfService", "Enter the name of the head of service who gave permission");
        }
        if (p.permissionOn() == null) {
            problems.put("permissionOn", "Enter the date the head of service gave permission");
        } else if (p.permissionOn().isAfter(today)) {
            problems.put("permissionOn", "The date of the permission must be today or in the past");
        } else if (p.remandEndedOn() != null && p.permissionOn().isAfter(p.remandEndedOn())) {
            problems.put(
                    "permissionOn",
                    "Permission must be given by the day the remand ended: the child stays looked after only with it");
        } else if (p.assessedOn() != null && p.permissionOn().isBefore(p.assessedOn())) {
            problems.put("permissionOn", "Permission is given after the assessment");
        } else if (p.iroOpinionOn() != null && p.permissionOn().isBefore(p.iroOpinionOn())) {
            problems.put("permissionOn", "Permission is given after the independent reviewing officer's opinion");
        }
        if (p.assessedOn() == null) {
            problems.put("assessedOn", "Enter the date of the assessment");
        } else if (p.assessedOn().isAfter(today)) {
            problems.put("assessedOn", "The date of the assessment must be today or in the past");
        }
        if (blank(p.iroName())) {
            problems.put("iroName", "Enter the name of the independent reviewing officer");
        }
        if (p.iroOpinionOn() == null) {
            problems.put("iroOpinionOn", "Enter the date the independent reviewing officer gave their opinion");
        } else if (p.iroOpinionOn().isAfter(today)) {
            problems.put("iroOpinionOn", "The date of the IRO's opinion must be today or in the past");
        }
        if (blank(p.iroOpinion())) {
            problems.put("iroOpinion", "Enter the independent reviewing officer's opinion");
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
