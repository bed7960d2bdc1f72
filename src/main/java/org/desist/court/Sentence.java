package org.desist.court;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sentence made at an appearance for the YOS to supervise, and the intervention it started.
 * {@code withoutReport}: it needs a report and none was submitted (or reused) in the proceedings.
 */
public record Sentence(
        UUID id,
        UUID appearanceId,
        UUID childId,
        SentenceType type,
        LocalDate madeOn,
        LocalDate endDate,
        UUID interventionId,
        UUID caseManagerId,
        boolean withoutReport) {}
