package org.desist.contact;

import java.time.LocalDate;
import java.util.UUID;

/** A warning given for an unacceptable absence: when, by whom and how. */
public record Warning(UUID id, UUID contactId, LocalDate givenOn, String givenBy, WarningMethod method) {}
