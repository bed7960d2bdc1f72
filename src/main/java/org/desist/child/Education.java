package org.desist.child;

import java.math.BigDecimal;

/**
 * The child's education, training or employment (ETE) as recorded on their details: the status (null when not
 * yet recorded), the hours a week and the provider, for summaries of the case.
 */
public record Education(EteStatus status, BigDecimal hours, String provider) {}
