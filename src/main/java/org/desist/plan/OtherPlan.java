package org.desist.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Another agency's plan the plan aligns with: its kind, reference, the agency that owns it and its date. */
public record OtherPlan(OtherPlanKind kind, String reference, String agency, LocalDate dated) {

    /** What is missing or wrong, keyed by field; the date is optional but cannot be in the future. */
    public Map<String, String> problems(LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Select the kind of plan");
        }
        if (reference == null || reference.isBlank()) {
            problems.put("reference", "Enter the plan's reference");
        }
        if (agency == null || agency.isBlank()) {
            problems.put("agency", "Enter the agency that owns the plan");
        }
        if (dated != null && dated.isAfter(today)) {
            problems.put("dated", "The date of the plan must be today or in the past");
        }
        return problems;
    }
}
