package org.desist.safeguarding;

import java.util.UUID;

/** A child protection concern with how promptly it was reported. Investigations are always social care's. */
public record ChildProtectionConcern(
        UUID id,
        UUID childId,
        ConcernDetails details,
        ReportingTimeliness reporting,
        String recordedBy,
        long version) {}
