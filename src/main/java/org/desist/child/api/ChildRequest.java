package org.desist.child.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.child.EteStatus;
import org.desist.child.Ethnicity;
import org.desist.child.Gender;
import org.desist.child.LookedAfterStatus;
import org.desist.child.domain.ChildDetails;

/** A child's details as sent to the API to create or update a record. */
@Schema(name = "ChildRequest")
record ChildRequest(
        @Schema(description = "The youth justice service; needed only for users of more than one service")
        UUID serviceId,

        @Schema(description = "The version read; required to update (stale versions get 409)")
        Long version,

        String localReference,
        String givenName,
        String familyName,
        String preferredName,
        LocalDate dateOfBirth,
        Gender gender,
        Ethnicity ethnicity,
        String addressLine1,
        String addressLine2,
        String town,
        String postcode,
        String localAuthority,
        boolean placedOutOfBorough,
        @Schema(example = "2012/0345678H") String pncNumber,
        String nhsNumber,
        String uniquePupilNumber,
        LookedAfterStatus lookedAfterStatus,
        EteStatus eteStatus,
        BigDecimal eteHours,
        String eteProvider,
        boolean send,
        String sendDetails,
        boolean excludedFromSchool,
        boolean mentalHealthConcern,
        boolean substanceMisuse,
        boolean speechLanguageNeeds,
        boolean criminalExploitation,
        boolean countyLines,
        boolean childSexualExploitation,
        boolean gangInvolvement,
        boolean childProtectionPlan,
        boolean childInNeedPlan,
        UUID caseManagerId) {

    ChildDetails details() {
        return new ChildDetails(
                localReference,
                givenName,
                familyName,
                preferredName,
                dateOfBirth,
                gender,
                ethnicity,
                addressLine1,
                addressLine2,
                town,
                postcode,
                localAuthority,
                placedOutOfBorough,
                pncNumber,
                nhsNumber,
                uniquePupilNumber,
                lookedAfterStatus == null ? LookedAfterStatus.NOT_LOOKED_AFTER : lookedAfterStatus,
                eteStatus,
                eteHours,
                eteProvider,
                send,
                sendDetails,
                excludedFromSchool,
                mentalHealthConcern,
                substanceMisuse,
                speechLanguageNeeds,
                criminalExploitation,
                countyLines,
                childSexualExploitation,
                gangInvolvement,
                childProtectionPlan,
                childInNeedPlan,
                caseManagerId);
    }
}
