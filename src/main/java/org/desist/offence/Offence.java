package org.desist.offence;

import java.time.LocalDate;
import java.util.UUID;

/** An offence on a child's record. Never carries victims' details: those are {@link Victim}s. */
public record Offence(
        UUID id,
        UUID serviceId,
        UUID childId,
        LocalDate offenceDate,
        String description,
        OffenceCategory category,
        Plea plea,
        String coAccused,
        boolean seriousYouthViolence,
        boolean weapon,
        GravityScore gravity,
        long victims) {}
