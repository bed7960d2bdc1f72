package org.desist.review;

import java.time.LocalDate;

/** Recorded by the case manager: the child's release from custody, or a serious incident, and what happened. */
public record NewIncident(TriggerKind kind, LocalDate on, String whatHappened) {}
