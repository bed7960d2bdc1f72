package org.desist.court;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's appearance at court: the hearing, what the YOS told the court, the outcome and, when the court
 * remanded or bailed the child, where they wait for the next hearing.
 */
public record CourtAppearance(
        UUID id,
        UUID childId,
        LocalDate appearanceDate,
        String courtName,
        CourtKind courtKind,
        HearingType hearingType,
        List<UUID> offenceIds,
        Outcome outcome,
        String outcomeDetail,
        LocalDate nextHearingDate,
        String informationToCourt,
        RemandOrBail remandOrBail,
        EstablishmentType establishmentType,
        String establishmentName,
        UUID remandInterventionId,
        List<Ended> ended,
        long version) {

    /** An intervention (a remand or bail support) this appearance brought to an end. */
    public record Ended(UUID interventionId, String summary) {}

    /** The court remanded or bailed the child but the decision is not recorded yet. */
    public boolean awaitsRemandOrBail() {
        return outcome.decidesRemandOrBail() && remandOrBail == null;
    }
}
