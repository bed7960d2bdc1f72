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
        String socialCareResponse) {

    /**
     * As stored: text trimmed (blank is none), and social care's part only once it was reported to social care.
     */
    public ConcernDetails normalised() {
        boolean toSocialCare = socialCareContact != null;
        return new ConcernDetails(
                identifiedOn,
                identifiedBy.trim(),
                concern.trim(),
                trimmed(managerName),
                managerToldOn,
                socialCareContact,
                toSocialCare ? trimmed(socialCareName) : null,
                toSocialCare ? socialCareToldOn : null,
                toSocialCare ? socialCareHow : null,
                toSocialCare ? trimmed(socialCareResponse) : null);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
