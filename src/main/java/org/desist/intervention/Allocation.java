package org.desist.intervention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of an intervention's allocation history: who holds it from when, who allocated it and why. No
 * case manager means it was left unallocated (e.g. when the case moved to another service).
 */
public record Allocation(UUID caseManagerId, LocalDate from, String allocatedBy, String reason, Instant recordedAt) {}
