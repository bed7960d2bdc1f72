package org.desist.contact;

import java.util.List;
import java.util.UUID;

/**
 * An intervention's contacts (upcoming first, soonest first; then past, latest first), its warnings and
 * compliance panels, the counts and the compliance stage.
 */
public record ContactLog(
        UUID interventionId,
        List<Contact> upcoming,
        List<Contact> past,
        long attended,
        long acceptableAbsences,
        long unacceptableAbsences,
        List<Warning> warnings,
        List<CompliancePanel> panels,
        ComplianceStage stage,
        ComplianceThresholds thresholds,
        List<Contact> awaitingWarning) {

    /** The latest compliance panel, if one was held on or after the latest warning (its prompt is answered). */
    public java.util.Optional<CompliancePanel> panelSinceLastWarning() {
        if (panels.isEmpty()) {
            return java.util.Optional.empty();
        }
        CompliancePanel latest = panels.get(panels.size() - 1);
        boolean answered = warnings.stream().noneMatch(w -> w.givenOn().isAfter(latest.heldOn()));
        return answered ? java.util.Optional.of(latest) : java.util.Optional.empty();
    }
}
