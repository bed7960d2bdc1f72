package org.desist.victim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A referral of a victim to a support service (Victims' Code 2021, right 4), e.g. the local victim support hub. */
public record VictimSupportReferral(
        UUID id, String service, LocalDate referredOn, String note, Instant recordedAt, String recordedBy) {}
