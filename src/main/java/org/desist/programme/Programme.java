package org.desist.programme;

import java.util.UUID;

/** A programme in a youth justice service's catalogue; a withdrawn one takes no new enrolments. */
public record Programme(
        UUID id,
        UUID serviceId,
        String name,
        Delivery delivery,
        ProgrammeTopic topic,
        int sessionsPlanned,
        String description,
        boolean active,
        long version) {}
