package org.desist.court;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A report to court is being written where the court is considering a parenting order (the joint protocol between children's social care and the YOS
 * "Parenting": one of the triggers to consider a parenting assessment).
 */
public record ParentingOrderConsidered(UUID childId, UUID reportId, LocalDate on) {}
