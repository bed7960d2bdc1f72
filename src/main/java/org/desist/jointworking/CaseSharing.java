package org.desist.jointworking;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.jointworking.internal.RoleAgreementRepository;
import org.desist.jointworking.internal.SharedCaseRepository;
import org.desist.jointworking.internal.SocialCareAllocationRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a child's work becomes a shared case and stops being one (the joint protocol, "Roles on a shared case"): a
 * YOS case manager holds work in progress and children's social care has someone allocated. Each is a due item on
 * the intervention — the role agreement, the first joint home visit, the joint meeting before closure — and a new
 * YOS case manager on a shared case is one for the YOS to tell social care. Runs in the caller's transaction.
 */
@Component
class CaseSharing {

    static final String CASE_SHARED = "CASE_SHARED";
    static final String FIRST_VISIT_HELD = "FIRST_JOINT_HOME_VISIT_HELD";
    static final String CLOSURE_MEETING_DUE = "JOINT_CLOSURE_MEETING_DUE";
    static final String CASE_MANAGER_CHANGED = "CASE_MANAGER_CHANGED_ON_SHARED_CASE";

    private final Interventions interventions;
    private final DueItems dueItems;
    private final SocialCareAllocationRepository allocations;
    private final RoleAgreementRepository agreements;
    private final SharedCaseRepository sharedCases;
    private final int closureMeetingMonths;
    private final ChildRecords children;

    CaseSharing(
            Interventions interventions,
            ChildRecords children,
            DueItems dueItems,
            SocialCareAllocationRepository allocations,
            RoleAgreementRepository agreements,
            SharedCaseRepository sharedCases,
            @Value("${desist.jointworking.closure-meeting-months-without-end-date:6}") int closureMeetingMonths) {
        this.interventions = interventions;
        this.children = children;
        this.dueItems = dueItems;
        this.allocations = allocations;
        this.agreements = agreements;
        this.sharedCases = sharedCases;
        this.closureMeetingMonths = closureMeetingMonths;
    }

    /** The child's interventions in progress with a YOS case manager (for a child the user may see). */
    List<Intervention> inProgress(UUID childId) {
        return interventions.ofChild(children.accessible(childId)).stream()
                .filter(i -> i.status() == Intervention.Status.ACTIVE && i.caseManagerId() != null)
                .filter(i -> i.startDate() != null)
                .toList();
    }

    /** When the child's work in progress became a shared case (the earliest, of what is still in progress). */
    Optional<LocalDate> sharedFrom(UUID childId, List<Intervention> inProgress) {
        return sharedCases.sharedFrom(
                childId, inProgress.stream().map(Intervention::id).toList());
    }

    /**
     * Each intervention in progress with a case manager becomes a shared case once social care has someone
     * allocated (from the later of the two dates): its role agreement, first joint home visit and joint meeting
     * before closure fall due. A current role agreement already meets the new one.
     */
    void shareWhereDue(UUID childId, List<Intervention> inProgress) {
        List<SocialCareAllocation> current = allocations.ofChild(childId).stream()
                .filter(SocialCareAllocation::current)
                .toList();
        if (current.isEmpty()) {
            return;
        }
        LocalDate allocatedFrom = current.stream()
                .map(SocialCareAllocation::from)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        Optional<RoleAgreement> agreement = agreements.ofChild(childId).stream()
                .filter(RoleAgreement::current)
                .findFirst();
        for (Intervention i : inProgress) {
            if (sharedCases.isShared(i.id())) {
                continue;
            }
            LocalDate from = i.startDate().isAfter(allocatedFrom) ? i.startDate() : allocatedFrom;
            sharedCases.insert(childId, i.id(), from);
            dueItems.triggered(trigger(CASE_SHARED, i), from);
            dueItems.triggered(
                    trigger(CLOSURE_MEETING_DUE, i),
                    SharedCaseRules.closureMeetingDue(i.endDate(), from, closureMeetingMonths));
            agreement.ifPresent(a -> dueItems.fulfilled(
                    i.id(), RoleAgreement.RECORD_TYPE, a.id(), a.agreedOn().isAfter(from) ? a.agreedOn() : from));
        }
    }

    /** Nobody from social care is allocated any more: what is still due for the shared case no longer applies. */
    void endWhenNobodyAllocated(UUID childId, LocalDate endedOn) {
        if (allocations.ofChild(childId).stream().anyMatch(SocialCareAllocation::current)) {
            return;
        }
        String reason = "No longer a shared case: nobody from children's social care is allocated";
        for (UUID intervention : sharedCases.sharedInterventions(childId)) {
            for (String event : List.of(CASE_SHARED, FIRST_VISIT_HELD, CLOSURE_MEETING_DUE, CASE_MANAGER_CHANGED)) {
                dueItems.triggerWithdrawn(intervention, event, reason);
            }
        }
        sharedCases.endAll(childId, endedOn);
    }

    /** An intervention started (in its transaction): with social care already allocated, the case is shared. */
    void interventionStarted(UUID childId, UUID interventionId) {
        shareWhereDue(
                childId,
                inProgress(childId).stream()
                        .filter(i -> i.id().equals(interventionId))
                        .toList());
    }

    /** A new YOS case manager on a shared case: the YOS tells children's social care "as soon as possible". */
    void caseManagerChanged(UUID childId, UUID interventionId, LocalDate from) {
        if (allocations.ofChild(childId).stream().noneMatch(SocialCareAllocation::current)) {
            return;
        }
        inProgress(childId).stream()
                .filter(i -> i.id().equals(interventionId))
                .findFirst()
                .ifPresent(i -> dueItems.triggered(trigger(CASE_MANAGER_CHANGED, i), from));
    }

    static DueItems.Trigger trigger(String event, Intervention i) {
        return new DueItems.Trigger(
                event, i.serviceId(), i.childId(), Interventions.RECORD_TYPE, i.id(), i.caseManagerId());
    }
}
