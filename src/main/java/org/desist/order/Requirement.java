package org.desist.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.desist.audit.AuditedFields;

/** A requirement of a youth rehabilitation order, with its own dates and quantities. */
public record Requirement(
        UUID id,
        RequirementType type,
        LocalDate startDate,
        LocalDate endDate,
        Integer hours,
        Integer days,
        boolean extended,
        LocalTime curfewFrom,
        LocalTime curfewUntil,
        String details,
        boolean conditionsConfirmed) {

    /** What the trail shows of a requirement. */
    static final AuditedFields<Requirement> AUDITED = AuditedFields.<Requirement>of()
            .field("Requirement", r -> r.type().label() + " (" + r.type().statutoryReference() + ")")
            .field("Dates", r -> r.startDate() + " to " + r.endDate())
            .field("Quantity", Requirement::quantity)
            .field("Details", Requirement::details);

    /** What it amounts to, in words: "120 hours", "19:00 to 07:00 (12 hours a day)". */
    @JsonProperty("quantity")
    public String quantity() {
        StringBuilder s = new StringBuilder();
        if (hours != null) {
            s.append(hours).append(hours == 1 ? " hour" : " hours");
        }
        if (days != null) {
            s.append(days).append(days == 1 ? " day" : " days");
            if (extended) {
                s.append(" (extended activity requirement)");
            }
        }
        if (curfewFrom != null && curfewUntil != null) {
            double h = RequirementRules.curfewHours(curfewFrom, curfewUntil);
            s.append(curfewFrom)
                    .append(" to ")
                    .append(curfewUntil)
                    .append(" (")
                    .append(h == Math.floor(h) ? String.valueOf((int) h) : String.format("%.1f", h))
                    .append(" hours a day)");
        }
        return s.isEmpty() ? null : s.toString();
    }
}
