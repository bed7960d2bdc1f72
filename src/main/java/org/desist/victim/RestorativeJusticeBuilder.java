package org.desist.victim;

import java.time.LocalDate;
import java.util.UUID;

/** A copy of a {@link RestorativeJustice} with some fields changed: for its own methods only. */
final class RestorativeJusticeBuilder {

    private final RestorativeJustice from;
    RestorativeJustice.Decision victimConsent;
    LocalDate victimConsentOn;
    RestorativeJustice.Decision childConsent;
    LocalDate childConsentOn;
    LocalDate offeredToChildOn;
    LocalDate riskAssessedOn;
    UUID riskAssessedBy;
    String riskSummary;
    LocalDate riskApprovedOn;
    UUID riskApprovedBy;
    RestorativeJustice.Kind kind;
    UUID facilitatorId;
    LocalDate plannedOn;
    LocalDate heldOn;
    RestorativeJustice.Outcome outcome;
    String outcomeNote;
    RestorativeJustice.Satisfaction satisfaction;
    RestorativeJustice.Reparation reparation;

    RestorativeJusticeBuilder(RestorativeJustice r) {
        this.from = r;
        victimConsent = r.victimConsent();
        victimConsentOn = r.victimConsentOn();
        childConsent = r.childConsent();
        childConsentOn = r.childConsentOn();
        offeredToChildOn = r.offeredToChildOn();
        riskAssessedOn = r.riskAssessedOn();
        riskAssessedBy = r.riskAssessedBy();
        riskSummary = r.riskSummary();
        riskApprovedOn = r.riskApprovedOn();
        riskApprovedBy = r.riskApprovedBy();
        kind = r.kind();
        facilitatorId = r.facilitatorId();
        plannedOn = r.plannedOn();
        heldOn = r.heldOn();
        outcome = r.outcome();
        outcomeNote = r.outcomeNote();
        satisfaction = r.satisfaction();
        reparation = r.reparation();
    }

    RestorativeJustice build() {
        return new RestorativeJustice(
                from.id(),
                from.victimId(),
                from.offenceId(),
                from.serviceId(),
                from.childId(),
                from.offeredOn(),
                from.offeredHow(),
                offeredToChildOn,
                victimConsent,
                victimConsentOn,
                childConsent,
                childConsentOn,
                riskAssessedOn,
                riskAssessedBy,
                riskSummary,
                riskApprovedOn,
                riskApprovedBy,
                kind,
                facilitatorId,
                plannedOn,
                heldOn,
                outcome,
                outcomeNote,
                satisfaction,
                reparation,
                from.version());
    }
}
