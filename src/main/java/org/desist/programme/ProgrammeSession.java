package org.desist.programme;

import java.time.LocalDate;
import java.util.UUID;

/** A session of a programme the child was expected at, and how it went. */
public record ProgrammeSession(UUID id, LocalDate date, Attendance attendance, String notes, String recordedBy) {}
