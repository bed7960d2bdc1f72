package org.desist.court;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;

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

    /**
     * The court's remand or bail decision at a "remanded" or "bailed" appearance, once; a remand to youth detention
     * names its establishment (Crime and Disorder Act 1998 s.38, YJB case management guidance: remand and bail).
     */
    public Change<CourtAppearance> decideRemandOrBail(
            RemandOrBail decision, EstablishmentType establishmentType, String establishmentName) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (remandOrBail() != null) {
            problems.put("decision", "Remand or bail is already recorded for this appearance");
        } else if (!outcome().decidesRemandOrBail()) {
            problems.put(
                    "decision", "Record remand or bail only for an appearance where the child was remanded or bailed");
        } else if (decision == null) {
            problems.put(
                    "decision",
                    outcome() == Outcome.REMANDED
                            ? "Select where the child is remanded to"
                            : "Select the kind of bail");
        } else if (decision.outcome() != outcome()) {
            problems.put(
                    "decision",
                    outcome() == Outcome.REMANDED
                            ? "The child was remanded: select a remand, or correct the outcome to bailed"
                            : "The child was bailed: select a kind of bail, or correct the outcome to remanded");
        }
        boolean detention = decision == RemandOrBail.REMAND_TO_YOUTH_DETENTION;
        if (detention && establishmentType == null) {
            problems.put("establishmentType", "Select the type of youth detention accommodation");
        }
        if (detention && (establishmentName == null || establishmentName.isBlank())) {
            problems.put("establishmentName", "Enter the name of the establishment");
        }
        InvalidRequestException.refuseIf(problems);
        return Change.of(
                this,
                new CourtAppearance(
                        id,
                        childId,
                        appearanceDate,
                        courtName,
                        courtKind,
                        hearingType,
                        offenceIds,
                        outcome,
                        outcomeDetail,
                        nextHearingDate,
                        informationToCourt,
                        decision,
                        detention ? establishmentType : null,
                        detention ? establishmentName.trim() : null,
                        remandInterventionId,
                        ended,
                        version));
    }
}
