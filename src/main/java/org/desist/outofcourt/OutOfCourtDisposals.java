package org.desist.outofcourt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.outofcourt.Referral.Attendee;
import org.desist.outofcourt.Referral.SpecialistScreening;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Out-of-court disposals from the police referral to the end of the disposal (YJB case management guidance,
 * out-of-court disposals), within the user's services, every view and change audited: the module's API, which hands
 * each step to the service of its part — the referral itself ({@link Referrals}), its screening and assessment
 * ({@link ReferralScreenings}), the joint decision-making panel ({@link PanelDecisions}) and how the disposal ended
 * ({@link DisposalEndings}). The referral and its bail date raise their due items; the screening and telling the
 * police meet them; the panel's outcome starts the intervention the YOS delivers, and completion or non-compliance
 * closes it.
 */
@Service
@Transactional
public class OutOfCourtDisposals {

    public static final String RECORD_TYPE = "OOCD_REFERRAL";

    static final String REFERRAL_RECEIVED = "OOCD_REFERRAL_RECEIVED";
    static final String BAIL_DATE_SET = "OOCD_BAIL_DATE_SET";
    static final String ASSESSMENT = "OOCD_ASSESSMENT";
    static final String DECISION_SENT_TO_POLICE = "OOCD_DECISION_SENT_TO_POLICE";

    private final Referrals referrals;
    private final ReferralScreenings screenings;
    private final PanelDecisions panels;
    private final DisposalEndings endings;
    private final OutcomeNames names;
    private final ChildRecords children;
    private final Offences offences;
    private final Interventions interventions;
    private final int diversionMaxGravity;

    OutOfCourtDisposals(
            Referrals referrals,
            ReferralScreenings screenings,
            PanelDecisions panels,
            DisposalEndings endings,
            OutcomeNames names,
            ChildRecords children,
            Offences offences,
            Interventions interventions,
            @Value("${desist.outofcourt.diversion-max-gravity:3}") int diversionMaxGravity) {
        this.referrals = referrals;
        this.screenings = screenings;
        this.panels = panels;
        this.endings = endings;
        this.names = names;
        this.children = children;
        this.offences = offences;
        this.interventions = interventions;
        this.diversionMaxGravity = diversionMaxGravity;
    }

    /** What the police referral says. */
    public record NewReferral(
            LocalDate referralDate,
            String policeReference,
            String referringOfficer,
            LocalDate bailDate,
            UUID caseManagerId,
            List<UUID> offenceIds) {}

    /** The YOS screening and assessment, as recorded. */
    public record NewScreening(
            LocalDate completedOn,
            String summary,
            Set<SourceConsulted> sources,
            List<SpecialistScreening> specialistScreenings) {}

    /** The joint decision-making panel, as recorded. */
    public record NewPanelDecision(
            LocalDate panelDate,
            List<Attendee> attendees,
            Outcome recommendation,
            Outcome decision,
            String rationale,
            String conditions,
            LocalDate conditionsEndOn,
            LocalDate policeToldOn) {}

    /** The name people use for an outcome here: community resolution goes by its local name. */
    public String name(Outcome outcome) {
        return names.name(outcome);
    }

    /** The local name of community resolution (a setting), e.g. "Triage". */
    public String communityResolutionName() {
        return names.communityResolutionName();
    }

    /** What is wrong with a referral, by field, without recording it (for a page that found other problems). */
    @Transactional(readOnly = true)
    public Map<String, String> checkReferral(AccessibleChild child, NewReferral request) {
        return referrals.checkReferral(child, request);
    }

    /** The police referred the child (whose record the user must be responsible for). */
    public Referral refer(AccessibleChild child, NewReferral request) {
        return referrals.refer(child, request);
    }

    /** The bail date was wrong or has moved (or is now known): the decision's due item moves with it. */
    public Referral correctBailDate(UUID id, long version, LocalDate bailDate) {
        return referrals.correctBailDate(id, version, bailDate);
    }

    /** The police withdrew the referral before a decision: its due items are cancelled with the reason. */
    public Referral withdraw(UUID id, long version, LocalDate on, String reason) {
        return referrals.withdraw(id, version, on, reason);
    }

    /** The YOS screening and assessment is complete: it meets the assessment's due item. */
    public Referral recordScreening(UUID id, long version, NewScreening screening) {
        return screenings.recordScreening(id, version, screening);
    }

    /** What is wrong with a panel's record, by field, without recording it (for a page that found other problems). */
    @Transactional(readOnly = true)
    public Map<String, String> checkPanelDecision(UUID id, NewPanelDecision panel) {
        return panels.checkPanelDecision(id, panel);
    }

    /**
     * The joint decision-making panel decided. The panel is joint: police and YOS must both attend, and the
     * rationale is required. Cautions and community resolutions start the intervention the YOS delivers;
     * telling the police meets the decision's due item.
     */
    public Referral recordPanelDecision(UUID id, long version, NewPanelDecision panel) {
        return panels.recordPanelDecision(id, version, panel);
    }

    /** The police were told of the panel's decision: it meets the decision's due item. */
    public Referral policeTold(UUID id, long version, LocalDate on) {
        return panels.policeTold(id, version, on);
    }

    /** The child completed the disposal: its intervention closes as completed. */
    public Referral complete(UUID id, long version, LocalDate on, String exitStrategy) {
        return endings.complete(id, version, on, exitStrategy);
    }

    /**
     * The child did not comply with the disposal: its intervention closes as breached, and the referral
     * records what happened and whether it went back to the police (who may prosecute the original offence).
     */
    public Referral notComplied(UUID id, long version, LocalDate on, String what, Boolean referredBackToPolice) {
        return endings.notComplied(id, version, on, what, referredBackToPolice);
    }

    /** The child's referrals, newest first; the view is audited. */
    public List<Referral> ofChild(AccessibleChild child) {
        return referrals.ofChild(child);
    }

    /** One referral; the view is audited. */
    public Referral get(UUID id) {
        return referrals.get(id);
    }

    /** The offences a referral concerns (only this child's). */
    @Transactional(readOnly = true)
    public List<Offence> offencesOf(Referral referral) {
        return referral.offenceIds().stream().map(offences::get).toList();
    }

    /** Whether to prompt an assessment for the local diversion scheme (a prompt, never a gate). */
    public DiversionEligibility eligibility(Referral referral) {
        AccessibleChild child = children.accessible(referral.childId());
        List<Offence> all = offences.ofChild(child);
        List<Offence> referred =
                all.stream().filter(o -> referral.offenceIds().contains(o.id())).toList();
        List<LocalDate> formalOutcomes = interventions.ofChild(child).stream()
                .filter(i -> FirstTimeEntrant.formal(i.type()))
                .filter(i -> i.closureReason() != ClosureReason.NOT_STARTED)
                .filter(i -> !i.id().equals(referral.interventionId()))
                .map(Intervention::startDate)
                .toList();
        return DiversionEligibility.assess(
                referred, all, formalOutcomes, referral.referralDate(), offences.scale(), diversionMaxGravity);
    }

    /** The highest gravity score eligible for diversion (a setting). */
    public int diversionMaxGravity() {
        return diversionMaxGravity;
    }

    /** Whether, and since when, the child is a first-time entrant to the youth justice system. */
    @Transactional(readOnly = true)
    public FirstTimeEntrant firstTimeEntrant(AccessibleChild child) {
        return FirstTimeEntrant.from(interventions.ofChild(child));
    }

    /** Whether the child of a referral the user has seen is a first-time entrant, and since when. */
    @Transactional(readOnly = true)
    public FirstTimeEntrant firstTimeEntrant(Referral referral) {
        return FirstTimeEntrant.from(interventions.ofChild(children.accessible(referral.childId())));
    }

    /** The intervention delivering the referral's outcome, if one was started. */
    @Transactional(readOnly = true)
    public Intervention intervention(Referral referral) {
        return referral.interventionId() == null ? null : interventions.get(referral.interventionId());
    }
}
