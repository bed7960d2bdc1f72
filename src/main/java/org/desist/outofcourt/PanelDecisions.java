package org.desist.outofcourt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Interventions;
import org.desist.outofcourt.OutOfCourtDisposals.NewPanelDecision;
import org.desist.outofcourt.internal.ReferralRepository;
import org.desist.platform.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint decision-making panel's decision and telling the police of it. Cautions and community resolutions
 * start the intervention the YOS delivers; telling the police meets the decision's due item.
 */
@Service
@Transactional
class PanelDecisions {

    private final Referrals referrals;
    private final ReferralRepository repository;
    private final ReferralTrail trail;
    private final Interventions interventions;
    private final org.desist.deadline.DueItems dueItems;
    private final OutcomeNames names;
    private final ChildRecords children;
    private final Clock clock;

    PanelDecisions(
            Referrals referrals,
            ReferralRepository repository,
            ReferralTrail trail,
            Interventions interventions,
            org.desist.deadline.DueItems dueItems,
            OutcomeNames names,
            ChildRecords children,
            Clock clock) {
        this.referrals = referrals;
        this.repository = repository;
        this.trail = trail;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.names = names;
        this.children = children;
        this.clock = clock;
    }

    /** What is wrong with a panel's record, by field, without recording it (for a page that found other problems). */
    @Transactional(readOnly = true)
    Map<String, String> checkPanelDecision(UUID id, NewPanelDecision panel) {
        return referrals.find(id).problemsRecordingPanel(typed(panel), LocalDate.now(clock));
    }

    Referral recordPanelDecision(UUID id, long version, NewPanelDecision panel) {
        Change<Referral> change =
                referrals.current(id, version).recordPanelDecision(typed(panel), LocalDate.now(clock));
        // The referral first: its row lock makes a concurrent decision wait, then find it stale.
        Referral saved = repository.save(change);
        Referral.PanelDecision decided = saved.panel();
        var delivered = decided.decision().delivered();
        if (delivered.isPresent()) {
            var started = interventions.start(
                    children.responsibleChild(saved.childId()),
                    new Interventions.NewIntervention(
                            delivered.get(),
                            decided.panelDate(),
                            decided.conditionsEndOn(),
                            saved.caseManagerId(),
                            saved.offenceIds()));
            saved = repository.linkIntervention(saved, started.id());
        }
        trail.changed(
                change,
                saved,
                "Recorded the joint decision-making panel: " + names.name(decided.decision())
                        + (decided.departsFromRecommendation() ? " (departs from the YOS recommendation)" : ""));
        if (decided.policeToldOn() != null) {
            dueItems.fulfilled(id, OutOfCourtDisposals.DECISION_SENT_TO_POLICE, id, decided.policeToldOn());
        }
        return saved;
    }

    /** The police were told of the panel's decision: it meets the decision's due item. */
    Referral policeTold(UUID id, long version, LocalDate on) {
        Change<Referral> change = referrals.current(id, version).tellPolice(on, LocalDate.now(clock));
        Referral saved = repository.save(change);
        trail.changed(change, saved, "Told the police of the out-of-court decision");
        dueItems.fulfilled(id, OutOfCourtDisposals.DECISION_SENT_TO_POLICE, id, on);
        return saved;
    }

    private static Referral.PanelDecision typed(NewPanelDecision panel) {
        return new Referral.PanelDecision(
                panel.panelDate(),
                panel.attendees(),
                panel.recommendation(),
                panel.decision(),
                panel.rationale(),
                panel.conditions(),
                panel.conditionsEndOn(),
                panel.policeToldOn());
    }
}
