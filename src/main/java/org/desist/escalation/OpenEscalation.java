package org.desist.escalation;

import java.time.LocalDate;
import java.util.UUID;

/** An open escalation in a service's list (and the lead's dashboard): the child, the level, who holds it, stalled. */
public record OpenEscalation(
        UUID escalationId,
        UUID childId,
        String childName,
        String localReference,
        EscalationKind kind,
        String about,
        int level,
        String levelRole,
        String holder,
        LocalDate raisedOn,
        LocalDate stepDue,
        boolean stalled,
        String stalledVisibleTo) {}
