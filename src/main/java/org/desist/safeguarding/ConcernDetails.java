package org.desist.safeguarding;

import java.time.LocalDate;

/**
 * A child protection concern as recorded: when and by whom it was identified, the concern, whom it was reported
 * to in the YOS (the manager) and in children's social care, when and how, and social care's response.
 */
public record ConcernDetails(
        LocalDate identifiedOn,
        String identifiedBy,
        String concern,
        String managerName,
        LocalDate managerToldOn,
        SocialCareContact socialCareContact,
        String socialCareName,
        LocalDate socialCareToldOn,
        ReportMethod socialCareHow,
        String socialCareResponse) {}
