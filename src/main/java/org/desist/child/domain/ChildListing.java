package org.desist.child.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.LookedAfterStatus;

/** A child as a row in a list: search results, caseloads. */
public record ChildListing(
        UUID id,
        String localReference,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        int age,
        String pncNumber,
        LookedAfterStatus lookedAfterStatus,
        UUID caseManagerId,
        String caseManagerName) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
