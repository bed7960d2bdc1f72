package org.desist.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assessment was submitted on {@code submittedOn} (YJB case management guidance: a plan follows each assessment).
 */
public record AssessmentSubmitted(UUID childId, UUID interventionId, UUID assessmentId, LocalDate submittedOn) {}
