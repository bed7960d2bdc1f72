package org.desist.child;

import java.time.LocalDate;
import java.util.UUID;

/** A child as other modules see them: enough to name and link to the record. */
public record ChildSummary(UUID id, UUID serviceId, String localReference, String name, LocalDate dateOfBirth) {}
