package org.desist.assessment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A classification changed when an assessment was submitted ({@code from} is null on the first one): it can
 * trigger a review, a panel referral and notifications (YJB case management guidance, assessment).
 */
public record ClassificationChanged(
        UUID childId, UUID interventionId, Lens lens, Classification from, Classification to, LocalDate on) {}
