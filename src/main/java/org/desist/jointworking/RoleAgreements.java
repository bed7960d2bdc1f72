package org.desist.jointworking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.jointworking.internal.RoleAgreementRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role agreement of a shared case, with its lead professional: a new one supersedes the current one and meets
 * the role-agreement due items of the child's work in progress.
 */
@Service
public class RoleAgreements {

    private final RoleAgreementRepository agreements;
    private final SocialCareAllocations allocations;
    private final CaseSharing sharing;
    private final LookedAfterRecords lookedAfter;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;

    RoleAgreements(
            RoleAgreementRepository agreements,
            SocialCareAllocations allocations,
            CaseSharing sharing,
            LookedAfterRecords lookedAfter,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock) {
        this.agreements = agreements;
        this.allocations = allocations;
        this.sharing = sharing;
        this.lookedAfter = lookedAfter;
        this.dueItems = dueItems;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The role agreement is recorded; it supersedes the current one ({@code currentVersion} as the person saw it,
     * null when there was none) and meets the role-agreement due items of the child's work in progress.
     */
    @Transactional
    public RoleAgreement agree(AccessibleChild child, SharedCaseRules.Agreement a, Long currentVersion) {
        Optional<RoleAgreement> seen = current(child.id());
        CurrentRecordSeen.check(seen.map(RoleAgreement::version).orElse(null), currentVersion);
        Optional<RoleAgreement> current = seen.map(old -> {
            agreements.lock(old.id(), currentVersion);
            return agreements.find(old.id());
        });
        Change<RoleAgreement> agreed = RoleAgreement.agree(
                child.id(),
                a,
                current.orElse(null),
                allocations.current(child.id(), SocialCareRole.SOCIAL_WORKER).isPresent(),
                lookedAfter.pictureOf(child.summary()).careLeaver().category(),
                LocalDate.now(clock),
                CurrentUser.require().username());
        current.ifPresent(old -> {
            RoleAgreement saved = agreements.save(old.supersededOn(a.agreedOn()));
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CHANGED,
                    RoleAgreement.RECORD_TYPE,
                    old.id(),
                    old.version() + 1,
                    "Role agreement of " + old.agreedOn() + " superseded",
                    RoleAgreement.AUDITED.changes(old, saved));
        });
        RoleAgreement saved = agreements.insert(agreed);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RoleAgreement.RECORD_TYPE,
                saved.id(),
                0,
                "Recorded the role agreement",
                RoleAgreement.AUDITED_RECORDED.changes(RoleAgreement.supersededLead(current.orElse(null)), saved));
        for (Intervention i : sharing.inProgress(child.id())) {
            dueItems.fulfilled(i.id(), RoleAgreement.RECORD_TYPE, saved.id(), saved.agreedOn());
        }
        return saved;
    }

    /** The YOS told the child that their social worker is the lead professional, on that day. */
    @Transactional
    public RoleAgreement childTold(AccessibleChild child, UUID agreementId, long version, LocalDate on) {
        RoleAgreement seen = current(child.id())
                .filter(x -> x.id().equals(agreementId))
                .orElseThrow(() -> new NotFoundException("No current role agreement " + agreementId));
        agreements.lock(seen.id(), version);
        RoleAgreement a = agreements.find(seen.id());
        Change<RoleAgreement> told = a.childTold(on, LocalDate.now(clock));
        RoleAgreement saved = agreements.save(told);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RoleAgreement.RECORD_TYPE,
                a.id(),
                version + 1,
                "Told the child who is the lead professional",
                RoleAgreement.AUDITED.changes(a, saved));
        return saved;
    }

    private Optional<RoleAgreement> current(UUID childId) {
        return agreements.ofChild(childId).stream()
                .filter(RoleAgreement::current)
                .findFirst();
    }
}
