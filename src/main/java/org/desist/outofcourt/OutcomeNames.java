package org.desist.outofcourt;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The names people use for the panel's outcomes here: community resolution goes by its local name (a setting). */
@Component
class OutcomeNames {

    private final String communityResolutionName;

    OutcomeNames(@Value("${desist.outofcourt.community-resolution-name:Triage}") String communityResolutionName) {
        this.communityResolutionName = communityResolutionName;
    }

    String name(Outcome outcome) {
        return outcome == Outcome.COMMUNITY_RESOLUTION ? communityResolutionName : outcome.genericName();
    }

    String communityResolutionName() {
        return communityResolutionName;
    }
}
