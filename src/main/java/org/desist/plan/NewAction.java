package org.desist.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An action to add to a plan: owned by a person of the service or by a named agency, not both. */
public record NewAction(Strand strand, String description, UUID ownerStaffId, String ownerAgency, LocalDate dueDate) {

    /** What is missing, keyed by field. Source: YJB case management guidance (actions with owner, due date, status). */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (strand == null) {
            problems.put("strand", "Select the strand the action belongs to");
        }
        if (description == null || description.isBlank()) {
            problems.put("description", "Describe the action");
        }
        boolean agency = ownerAgency != null && !ownerAgency.isBlank();
        if (ownerStaffId == null && !agency) {
            problems.put("ownerStaffId", "Choose who in the service owns the action, or name the agency that does");
        } else if (ownerStaffId != null && agency) {
            problems.put("ownerAgency", "Choose a person of the service or name an agency, not both");
        }
        if (dueDate == null) {
            problems.put("dueDate", "Enter the date the action is due");
        }
        return problems;
    }
}
