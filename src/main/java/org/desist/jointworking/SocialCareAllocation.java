package org.desist.jointworking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A social worker or personal adviser allocated to a child from {@code from} until {@code until} (exclusive: the
 * day the next one took over; null while current), with their own Desist account when they have one.
 */
public record SocialCareAllocation(
        UUID id,
        UUID childId,
        SocialCareRole role,
        String name,
        String team,
        String phone,
        String email,
        LocalDate from,
        LocalDate until,
        UUID userAccountId,
        long version,
        String recordedBy) {

    public boolean current() {
        return until == null;
    }
}
