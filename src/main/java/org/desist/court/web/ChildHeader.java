package org.desist.court.web;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.LookedAfterStatus;

/**
 * What the child's record header (templates/child/record-header.html) shows, so the Court tab carries the
 * same name bar and sub-navigation as the record's other tabs. Read only after the child module's
 * {@code ChildRecords.visible} has allowed it.
 */
public record ChildHeader(
        UUID id,
        String localReference,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        String pncNumber,
        LookedAfterStatus lookedAfterStatus,
        UUID caseManagerId) {}
