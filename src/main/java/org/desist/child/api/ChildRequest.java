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
        Boolean placedOutOfBorough,
        @Schema(example = "2012/0345678H") String pncNumber,
        String nhsNumber,
        String uniquePupilNumber,
        LookedAfterStatus lookedAfterStatus,
        EteStatus eteStatus,
        BigDecimal eteHours,
        String eteProvider,
        Boolean send,
        String sendDetails,
        Boolean excludedFromSchool,
        Boolean mentalHealthConcern,
        Boolean substanceMisuse,
        Boolean speechLanguageNeeds,
        Boolean criminalExploitation,
        Boolean countyLines,
        Boolean childSexualExploitation,
        Boolean gangInvolvement,
        Boolean childProtectionPlan,
        Boolean childInNeedPlan,
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
                yes(placedOutOfBorough),
                pncNumber,
                nhsNumber,
                uniquePupilNumber,
                lookedAfterStatus == null ? LookedAfterStatus.NOT_LOOKED_AFTER : lookedAfterStatus,
                eteStatus,
                eteHours,
                eteProvider,
                yes(send),
                sendDetails,
                yes(excludedFromSchool),
                yes(mentalHealthConcern),
                yes(substanceMisuse),
                yes(speechLanguageNeeds),
                yes(criminalExploitation),
                yes(countyLines),
                yes(childSexualExploitation),
                yes(gangInvolvement),
                yes(childProtectionPlan),
                yes(childInNeedPlan),
                caseManagerId);
    }

    /** An absent yes/no answer means no. */
    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }
}
