package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A referral to the YOS risk panel; the panel's date and decisions are added when it sits. */
public record PanelReferral(
        UUID id,
        UUID childId,
        LocalDate referredOn,
        String reason,
        LocalDate panelDate,
        String decisions,
        String recordedBy,
        long version,
        List<SafeguardingAction> actions) {}
