package org.desist.jointworking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.jointworking.internal.SocialCareAllocationRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The social worker and personal adviser children's social care allocates to a child: a change of worker is a new
 * allocation that ends the current one of its role, and may make the child's work a shared case.
 */
@Service
public class SocialCareAllocations {

    private final SocialCareAllocationRepository allocations;
    private final CaseSharing sharing;
    private final LookedAfterRecords lookedAfter;
    private final DueItems dueItems;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    SocialCareAllocations(
            SocialCareAllocationRepository allocations,
            CaseSharing sharing,
            LookedAfterRecords lookedAfter,
            DueItems dueItems,
            Directory directory,
            AuditTrail audit,
            Clock clock) {
        this.allocations = allocations;
        this.sharing = sharing;
        this.lookedAfter = lookedAfter;
        this.dueItems = dueItems;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A social worker or personal adviser is allocated from a date. A change is a new allocation: the current one
     * of that role ends that day ({@code currentVersion} must be the version the person saw, null when there was
     * none). The case may become shared; a change of worker on a case with YOS work in progress is a due item for
     * social care to tell the YOS.
     */
    @Transactional
    public SocialCareAllocation allocate(AccessibleChild child, SharedCaseRules.NewAllocation a, Long currentVersion) {
        Optional<SocialCareAllocation> seen = a.role() == null ? Optional.empty() : current(child.id(), a.role());
        CurrentRecordSeen.check(seen.map(SocialCareAllocation::version).orElse(null), currentVersion);
        Optional<SocialCareAllocation> current = seen.map(old -> {
            allocations.lock(old.id(), currentVersion);
            return allocations.find(old.id());
        });
        boolean socialCareStaff = a.userAccountId() == null
                || directory.staffOf(child.serviceId(), Agency.CHILDRENS_SOCIAL_CARE).stream()
                        .anyMatch(s -> s.id().equals(a.userAccountId()));
        Change<SocialCareAllocation> allocated = SocialCareAllocation.allocate(
                child.id(),
                a,
                current.orElse(null),
                lookedAfter.pictureOf(child.summary()).careLeaver().category(),
                LocalDate.now(clock),
                socialCareStaff,
                CurrentUser.require().username());
        current.ifPresent(old -> {
            Change<SocialCareAllocation> replaced = old.replacedFrom(a.from());
            SocialCareAllocation saved = allocations.save(replaced);
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CHANGED,
                    SocialCareAllocation.RECORD_TYPE,
                    old.id(),
                    old.version() + 1,
                    old.role().label() + " " + old.name() + " replaced from " + a.from(),
                    SocialCareAllocation.auditedFields(old.role()).changes(old, saved));
        });
        SocialCareAllocation saved = allocations.insert(allocated);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                SocialCareAllocation.RECORD_TYPE,
                saved.id(),
                0,
                "Allocated " + saved.role().label().toLowerCase() + " " + saved.name(),
                SocialCareAllocation.auditedFields(saved.role())
                        .changes(SocialCareAllocation.replacedWorker(current.orElse(null)), saved));
        List<Intervention> inProgress = sharing.inProgress(child.id());
        if (current.isPresent() && !inProgress.isEmpty()) {
            // Children's social care tells the YOS of its new worker "as soon as possible".
            dueItems.triggered(
                    new DueItems.Trigger(
                            SharedCases.WORKER_CHANGED,
                            child.serviceId(),
                            child.id(),
                            SocialCareAllocation.RECORD_TYPE,
                            saved.id(),
                            null),
                    a.from());
        }
        sharing.shareWhereDue(child.id(), inProgress);
        return saved;
    }

    /**
     * Social care's allocation ended with nobody taking over (e.g. their case closed). When nobody is allocated
     * any more the case is no longer shared: what is still due for it no longer applies.
     */
    @Transactional
    public void end(AccessibleChild child, UUID allocationId, long version, LocalDate endedOn) {
        SocialCareAllocation seen = allocations.ofChild(child.id()).stream()
                .filter(x -> x.id().equals(allocationId) && x.current())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No current allocation " + allocationId));
        allocations.lock(seen.id(), version);
        SocialCareAllocation a = allocations.find(seen.id());
        Change<SocialCareAllocation> ended = a.end(endedOn, LocalDate.now(clock));
        SocialCareAllocation saved = allocations.save(ended);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                SocialCareAllocation.RECORD_TYPE,
                a.id(),
                version + 1,
                a.role().label() + " " + a.name() + " no longer allocated",
                SocialCareAllocation.auditedFields(a.role()).changes(a, saved));
        sharing.endWhenNobodyAllocated(child.id(), endedOn);
    }

    /** The child's current allocation of that role. */
    Optional<SocialCareAllocation> current(UUID childId, SocialCareRole role) {
        return allocations.ofChild(childId).stream()
                .filter(x -> x.role() == role && x.current())
                .findFirst();
    }
}
