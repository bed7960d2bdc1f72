package org.desist.plan;

import java.time.LocalDate;
import java.util.UUID;

/** A plan was agreed on {@code agreedOn}; {@code superseded} is the plan it replaced, or null. */
public record PlanAgreed(UUID childId, UUID interventionId, UUID planId, UUID superseded, LocalDate agreedOn) {}
