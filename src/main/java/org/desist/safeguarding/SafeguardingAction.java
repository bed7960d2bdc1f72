package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.UUID;

/** An action agreed by a risk panel, in a VMP or at a meeting: what, which agency owns it and by when. */
public record SafeguardingAction(
        UUID id, String recordType, UUID recordId, String action, String ownerAgency, LocalDate dueOn) {}
