package org.desist.outofcourt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItems;
import org.desist.offence.Offences;
import org.desist.outofcourt.OutOfCourtDisposals.NewReferral;
import org.desist.outofcourt.internal.ReferralRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The police referral itself: recording it, its bail date, its withdrawal, and reading a child's referrals. The
 * referral and its bail date raise their due items; a withdrawal cancels them.
 */
@Service
@Transactional
class Referrals {

    private final ReferralRepository repository;
    private final ReferralTrail trail;
    private final ChildRecords children;
    private final Offences offences;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;

    Referrals(
            ReferralRepository repository,
            ReferralTrail trail,
            ChildRecords children,
            Offences offences,
            DueItems dueItems,
            AuditTrail audit,
            Directory directory,
            Clock clock) {
        this.repository = repository;
        this.trail = trail;
        this.children = children;
        this.offences = offences;
        this.dueItems = dueItems;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Map<String, String> checkReferral(AccessibleChild child, NewReferral request) {
        return Referral.problemsReferring(
                request,
                LocalDate.now(clock),
                caseHolders(child),
                offence -> offence != null && offences.isOffenceOf(offence, child));
    }

    Referral refer(AccessibleChild child, NewReferral request) {
        AccessibleChild responsible = child.responsible() ? child : children.responsibleChild(child.id());
        Change<Referral> change = Referral.refer(
                UUID.randomUUID(),
                responsible.serviceId(),
                responsible.id(),
                request,
                LocalDate.now(clock),
                caseHolders(responsible),
                offence -> offence != null && offences.isOffenceOf(offence, responsible));
        Referral saved = repository.insert(change, CurrentUser.require().username());
        trail.created(saved, "Recorded a police referral for an out-of-court disposal");
        dueItems.triggered(
                new DueItems.Trigger(
                        OutOfCourtDisposals.REFERRAL_RECEIVED,
                        saved.serviceId(),
                        saved.childId(),
                        OutOfCourtDisposals.RECORD_TYPE,
                        saved.id(),
                        saved.caseManagerId()),
                saved.referralDate());
        if (saved.bailDate() != null) {
            dueItems.triggered(bailDateSet(saved), saved.bailDate());
        }
        return saved;
    }

    /** The bail date was wrong or has moved (or is now known): the decision's due item moves with it. */
    Referral correctBailDate(UUID id, long version, LocalDate bailDate) {
        Change<Referral> change = current(id, version).correctBailDate(bailDate);
        Referral saved = repository.save(change);
        Referral before = change.before();
        trail.changed(change, saved, before.bailDate() == null ? "Recorded the bail date" : "Corrected the bail date");
        if (before.bailDate() == null) {
            dueItems.triggered(bailDateSet(saved), bailDate);
        } else {
            dueItems.triggerDateCorrected(id, OutOfCourtDisposals.BAIL_DATE_SET, bailDate);
        }
        return saved;
    }

    /** The police withdrew the referral before a decision: its due items are cancelled with the reason. */
    Referral withdraw(UUID id, long version, LocalDate on, String reason) {
        Change<Referral> change = current(id, version).withdraw(on, reason, LocalDate.now(clock));
        Referral saved = repository.save(change);
        trail.changed(change, saved, "The police withdrew the out-of-court referral");
        String cancelled = "Referral withdrawn by the police: " + saved.withdrawnReason();
        dueItems.triggerWithdrawn(id, OutOfCourtDisposals.REFERRAL_RECEIVED, cancelled);
        dueItems.triggerWithdrawn(id, OutOfCourtDisposals.BAIL_DATE_SET, cancelled);
        return saved;
    }

    /** The child's referrals, newest first; the view is audited. */
    List<Referral> ofChild(AccessibleChild child) {
        audit.viewed(
                child.serviceId(), child.id(), OutOfCourtDisposals.RECORD_TYPE, null, "Viewed out-of-court referrals");
        return repository.ofChild(child.id());
    }

    /** One referral; the view is audited. */
    Referral get(UUID id) {
        Referral referral = find(id);
        trail.viewed(referral);
        return referral;
    }

    /** A referral the user may see (not found otherwise). */
    @Transactional(readOnly = true)
    Referral find(UUID id) {
        Referral referral = repository.find(id).orElseThrow(() -> new NotFoundException("Out-of-court referral"));
        children.visible(referral.childId());
        return referral;
    }

    /** The referral as the person saw it, locked for their save (stale when someone saved since). */
    Referral current(UUID id, long version) {
        Referral referral = find(id);
        children.responsible(referral.childId());
        repository.lock(id, version);
        return referral;
    }

    private Set<UUID> caseHolders(AccessibleChild child) {
        return directory.caseHolders(child.serviceId()).stream()
                .map(StaffMember::id)
                .collect(Collectors.toSet());
    }

    private static DueItems.Trigger bailDateSet(Referral referral) {
        return new DueItems.Trigger(
                OutOfCourtDisposals.BAIL_DATE_SET,
                referral.serviceId(),
                referral.childId(),
                OutOfCourtDisposals.RECORD_TYPE,
                referral.id(),
                referral.caseManagerId());
    }
}
