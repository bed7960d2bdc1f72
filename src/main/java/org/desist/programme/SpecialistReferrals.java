package org.desist.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.intervention.Intervention;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.programme.internal.SpecialistReferralRepository;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An intervention's referrals to specialists and partners and their outcomes: each change on an open intervention
 * of a child the user's service is responsible for, by the {@link SpecialistReferral}'s rules, audited with the
 * child in the same transaction; an outcome from the version read (optimistic locking).
 */
@Service
@Transactional
public class SpecialistReferrals {

    private final ChangeableInterventions interventions;
    private final SpecialistReferralRepository referrals;
    private final AuditTrail audit;
    private final Clock clock;

    SpecialistReferrals(
            ChangeableInterventions interventions,
            SpecialistReferralRepository referrals,
            AuditTrail audit,
            Clock clock) {
        this.interventions = interventions;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    /** One referral, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public SpecialistReferral get(UUID referralId) {
        UUID interventionId = referrals.interventionOf(referralId).orElseThrow(() -> new NotFoundException("Referral"));
        interventions.visible(interventionId);
        return referrals.find(referralId).orElseThrow(() -> new NotFoundException("Referral"));
    }

    /** A referral to a specialist or partner, awaiting its outcome. */
    public SpecialistReferral refer(UUID interventionId, Programmes.NewReferral request) {
        Intervention intervention = interventions.open(interventionId);
        Change<SpecialistReferral> change = SpecialistReferral.refer(
                UUID.randomUUID(),
                intervention.id(),
                request.agency(),
                request.organisation(),
                request.referredOn(),
                request.reason(),
                CurrentUser.require().username(),
                LocalDate.now(clock));
        SpecialistReferral saved = referrals.insert(change);
        audited(
                intervention,
                AuditAction.CREATED,
                0,
                "Referred to " + saved.to() + " on " + saved.referredOn(),
                change,
                saved);
        return saved;
    }

    /** The referral's outcome (or a later one: accepted, then engaged…), from the version read (409 when stale). */
    public SpecialistReferral recordOutcome(UUID referralId, long version, Programmes.NewOutcome request) {
        Intervention intervention = interventions.open(get(referralId).interventionId());
        referrals.lock(referralId, version);
        Change<SpecialistReferral> change = get(referralId)
                .recordOutcome(
                        request.outcome(),
                        request.on(),
                        request.notes(),
                        CurrentUser.require().username(),
                        LocalDate.now(clock));
        SpecialistReferral saved = referrals.save(change);
        audited(
                intervention,
                AuditAction.CHANGED,
                saved.version(),
                "Outcome of the referral to " + saved.to() + ": "
                        + saved.outcome().label().toLowerCase() + " on " + saved.outcomeOn(),
                change,
                saved);
        return saved;
    }

    private void audited(
            Intervention intervention,
            AuditAction action,
            long version,
            String summary,
            Change<SpecialistReferral> change,
            SpecialistReferral saved) {
        audit.changed(
                intervention.serviceId(),
                intervention.childId(),
                action,
                Programmes.REFERRAL,
                saved.id(),
                version,
                summary,
                SpecialistReferral.AUDITED.changes(change.before(), saved));
    }
}
