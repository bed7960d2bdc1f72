package org.desist.programme;

/** A programme as a manager adds or changes it. */
public record ProgrammeDetails(
        String name,
        Delivery delivery,
        ProgrammeTopic topic,
        Integer sessionsPlanned,
        String description,
        Boolean active) {}
