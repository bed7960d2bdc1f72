package org.desist.contact;

import java.time.LocalDate;
import java.util.UUID;

/** A compliance panel: the child's circumstances considered before any breach, and what it decided. */
public record CompliancePanel(
        UUID id,
        LocalDate heldOn,
        PanelDecision decision,
        String engagement,
        String motivation,
        String barriers,
        String notes) {}
