package org.desist.contact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

/** A compliance panel: the child's circumstances considered before any breach, and what it decided. */
public record CompliancePanel(
        UUID id,
        LocalDate heldOn,
        PanelDecision decision,
        String engagement,
        String motivation,
        String barriers,
        String notes) {

    /**
     * A panel held on {@code heldOn}: not in the future, nor before the work {@code began}; with the child's
     * engagement, motivation, what got in the way, and its decision (YJB case management guidance, contact and
     * compliance: the panel considers the child's circumstances before any breach, a last resort).
     */
    public static Change<CompliancePanel> hold(
            UUID id,
            LocalDate heldOn,
            PanelDecision decision,
            String engagement,
            String motivation,
            String barriers,
            String notes,
            LocalDate began,
            LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (heldOn == null) {
            problems.put("heldOn", "Enter the date of the compliance panel");
        } else if (heldOn.isAfter(today)) {
            problems.put("heldOn", "The date of the compliance panel must be today or in the past");
        } else if (began != null && heldOn.isBefore(began)) {
            problems.put("heldOn", "The compliance panel cannot be before the work began");
        }
        if (decision == null) {
            problems.put("decision", "Select what the panel decided");
        }
        if (ContactRules.blank(engagement)) {
            problems.put("engagement", "Describe the child’s engagement");
        }
        if (ContactRules.blank(motivation)) {
            problems.put("motivation", "Describe the child’s motivation");
        }
        if (ContactRules.blank(barriers)) {
            problems.put("barriers", "Describe what got in the way");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.created(new CompliancePanel(
                id,
                heldOn,
                decision,
                engagement.trim(),
                motivation.trim(),
                barriers.trim(),
                ContactRules.trimmed(notes)));
    }
}
