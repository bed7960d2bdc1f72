package org.desist.child;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the name bar of a child's record shows ({@code child/record-header.html}), for tabs of the record
 * that other modules serve: the same property names as the child's details, so the shared header renders it.
 */
public record ChildHeading(
        UUID id,
        UUID serviceId,
        String localReference,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        String pncNumber,
        LookedAfterStatus lookedAfterStatus,
        UUID caseManagerId) {}
