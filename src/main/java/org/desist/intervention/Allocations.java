package org.desist.intervention;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.audit.AuditedFields;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItems;
import org.desist.intervention.internal.AllocationRepository;
import org.desist.intervention.internal.InterventionRepository;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.desist.security.YouthJusticeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds an intervention and who delivers it: reallocation to another case manager (its open due items move
 * with it) and caretaking by another service. Called by {@link Interventions} with the intervention locked at the
 * version the person saw.
 */
@Service
@Transactional
class Allocations {

    /** What a reallocation records beside the intervention's state: the date the new case manager takes over. */
    static final AuditedFields<Allocation> ALLOCATION =
            AuditedFields.<Allocation>of().field("From", Allocation::from);

    /** What ending caretaking records beside the intervention's state: the day it ended. */
    static final AuditedFields<LocalDate> CARETAKING_ENDED =
            AuditedFields.<LocalDate>of().field("Caretaking to", on -> on);

    private final InterventionRepository repository;
    private final AllocationRepository allocations;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final Directory directory;
    private final InterventionTrail trail;
    private final ApplicationEventPublisher events;

    Allocations(
            InterventionRepository repository,
            AllocationRepository allocations,
            ChildRecords children,
            DueItems dueItems,
            Directory directory,
            InterventionTrail trail,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.allocations = allocations;
        this.children = children;
        this.dueItems = dueItems;
        this.directory = directory;
        this.trail = trail;
        this.events = events;
    }

    /** The first case manager, from the day the work began (or was referred). */
    void firstAllocation(Intervention created) {
        if (created.caseManagerId() != null) {
            allocations.allocate(
                    created.id(),
                    created.caseManagerId(),
                    AllocationRules.begun(created),
                    CurrentUser.require().username(),
                    null);
        }
    }

    Intervention reallocate(Intervention before, UUID newCaseManagerId, LocalDate from, String reason) {
        Set<UUID> caseHolders = directory.caseHolders(before.serviceId()).stream()
                .map(StaffMember::id)
                .collect(Collectors.toSet());
        Change<Intervention> change = before.reallocate(newCaseManagerId, caseHolders, from, reason);
        Intervention saved = repository.save(change, () -> trail.stale(before.id(), before.version()));
        Allocation allocation =
                new Allocation(newCaseManagerId, from, CurrentUser.require().username(), reason.trim(), null);
        allocations.allocate(
                before.id(),
                allocation.caseManagerId(),
                allocation.from(),
                allocation.allocatedBy(),
                allocation.reason());
        trail.changed(
                change,
                saved,
                "Reallocated the " + before.type().label().toLowerCase() + ": " + reason.trim(),
                ALLOCATION.changes(null, allocation));
        dueItems.reassigned(before.id(), newCaseManagerId);
        change.publish(events::publishEvent);
        return saved;
    }

    Intervention arrangeCaretaking(Intervention before, UUID hostServiceId, LocalDate from) {
        Optional<YouthJusticeService> host =
                hostServiceId == null ? Optional.empty() : directory.service(hostServiceId);
        Change<Intervention> change = before.arrangeCaretaking(hostServiceId, host.isPresent(), from);
        Intervention saved = repository.save(change, () -> trail.stale(before.id(), before.version()));
        children.grantCaretaking(
                before.childId(),
                hostServiceId,
                Interventions.RECORD_TYPE,
                before.id(),
                "Delivers the " + before.type().label().toLowerCase() + " from " + from);
        trail.changed(
                change,
                saved,
                host.orElseThrow().name() + " delivers the "
                        + before.type().label().toLowerCase() + " under caretaking",
                java.util.List.of());
        change.publish(events::publishEvent);
        return saved;
    }

    Intervention endCaretaking(Intervention before, LocalDate on) {
        Change<Intervention> change = before.endCaretaking(on);
        Intervention saved = repository.save(change, () -> trail.stale(before.id(), before.version()));
        children.revokeCaretaking(before.childId(), before.hostServiceId(), before.id());
        trail.changed(
                change,
                saved,
                "Caretaking by " + trail.serviceName(before.hostServiceId()) + " ended on " + on,
                CARETAKING_ENDED.changes(null, on));
        change.publish(events::publishEvent);
        return saved;
    }

    java.util.List<Allocation> of(Intervention intervention) {
        return allocations.of(intervention.id());
    }
}
