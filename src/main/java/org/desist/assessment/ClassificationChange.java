package org.desist.assessment;

import java.time.Instant;
import java.time.LocalDate;

/** One change of a classification, as kept in the history. */
public record ClassificationChange(
        Lens lens, Classification from, Classification to, LocalDate on, String by, Instant at) {}
