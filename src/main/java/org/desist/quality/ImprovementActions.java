package org.desist.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.quality.internal.ImprovementActionRepository;
import org.desist.quality.internal.ImprovementPlanRepository;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions of improvement plans: added and re-planned by those with {@code QUALITY_ASSURANCE}, moved on by their
 * owner (or them) through progress updates; the rules are {@link ImprovementAction}'s, each change audited from its states.
 */
@Service
@Transactional
public class ImprovementActions {

    public static final String RECORD_TYPE = "IMPROVEMENT_ACTION";

    private final ImprovementActionRepository actions;
    private final ImprovementPlanRepository plans;
    private final ImprovementPlans planService;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final AuditedFields<ImprovementAction> audited;

    ImprovementActions(
            ImprovementActionRepository actions,
            ImprovementPlanRepository plans,
            ImprovementPlans planService,
            Directory directory,
            AuditTrail audit,
            Clock clock) {
        this.actions = actions;
        this.plans = plans;
        this.planService = planService;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.audited = AuditedFields.<ImprovementAction>of()
                .field("Action", ImprovementAction::description)
                .field("Owner", ImprovementAction::ownerId, this::name)
                .field("Due date", ImprovementAction::dueDate)
                .field("Status", ImprovementAction::status)
                .field("Reason", ImprovementAction::statusReason)
                .field("Completed on", ImprovementAction::completedOn)
                .field(
                        "Progress updates",
                        a -> a.updates().isEmpty() ? null : a.updates().size());
    }

    /** An action added against one of the plan's recommendations, owned by a member of the service's staff. */
    public ImprovementAction add(
            UUID planId, UUID recommendationId, String description, UUID ownerId, LocalDate dueDate) {
        CurrentUser user = ImprovementPlans.requireQualityAssurance();
        ImprovementPlan plan = planService.get(planId);
        boolean staff =
                ownerId != null && possibleOwners(plan.serviceId()).stream().anyMatch(s -> s.id().equals(ownerId));
        Change<ImprovementAction> change =
                ImprovementAction.add(UUID.randomUUID(), plan, recommendationId, description, ownerId, staff, dueDate);
        ImprovementAction saved = actions.insert(change, user.username());
        audit.changed(
                plan.serviceId(),
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Added an action to the improvement plan " + plan.title() + ", owned by " + name(ownerId),
                audited.changes(null, saved));
        return saved;
    }

    /** Progress recorded against the action, as the person saw it at {@code version}: by its owner or a QA lead. */
    public ImprovementAction recordProgress(
            UUID actionId, long version, LocalDate on, String text, ImprovementAction.Status status, String reason) {
        CurrentUser user = CurrentUser.require();
        ImprovementAction before = actions.find(actionId).orElseThrow(() -> new NotFoundException("Action"));
        ImprovementPlan plan = planService.get(before.planId());
        if (!before.ownerId().equals(user.id()) && !user.can(Role.Capability.QUALITY_ASSURANCE)) {
            throw new AccessDeniedException("Only the action's owner or a QA lead records its progress");
        }
        actions.lock(actionId, version, () -> audit.staleRecord(RECORD_TYPE, actionId, version));
        Change<ImprovementAction> change = before.recordProgress(
                UUID.randomUUID(), on, text, status, reason, user.id(), plan.planDate(), LocalDate.now(clock));
        ImprovementAction saved =
                actions.save(change, user.username(), () -> audit.staleRecord(RECORD_TYPE, actionId, version));
        audit.changed(
                plan.serviceId(),
                null,
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                (before.isOpen() ? "Recorded progress: " : "Reopened the action: ")
                        + saved.status().label().toLowerCase(Locale.UK),
                audited.changes(before, saved));
        return saved;
    }

    /**
     * The action re-planned by a QA lead, as they saw it at {@code version}: what will be done, its owner or its due
     * date, with the reason kept in its timeline.
     */
    public ImprovementAction replan(
            UUID actionId, long version, String description, UUID ownerId, LocalDate dueDate, String reason) {
        CurrentUser user = ImprovementPlans.requireQualityAssurance();
        ImprovementAction before = get(actionId);
        ImprovementPlan plan = planService.get(before.planId());
        actions.lock(actionId, version, () -> audit.staleRecord(RECORD_TYPE, actionId, version));
        boolean staff =
                ownerId != null && possibleOwners(plan.serviceId()).stream().anyMatch(s -> s.id().equals(ownerId));
        Change<ImprovementAction> change = before.replan(
                UUID.randomUUID(),
                description,
                ownerId,
                staff,
                dueDate,
                reason,
                user.id(),
                plan.planDate(),
                LocalDate.now(clock));
        ImprovementAction saved =
                actions.save(change, user.username(), () -> audit.staleRecord(RECORD_TYPE, actionId, version));
        audit.changed(
                plan.serviceId(),
                null,
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Re-planned the action: " + saved.timeline().get(0).text().toLowerCase(Locale.UK),
                audited.changes(before, saved));
        return saved;
    }

    /** One action, to those who may read its plan. */
    @Transactional(readOnly = true)
    public ImprovementAction get(UUID actionId) {
        ImprovementAction action = actions.find(actionId).orElseThrow(() -> new NotFoundException("Action"));
        planService.get(action.planId());
        return action;
    }

    /**
     * Who may own an action: the service's staff who sign in to its casework (any agency, volunteers and the
     * Management Board aside), by name.
     */
    @Transactional(readOnly = true)
    public List<StaffMember> possibleOwners(UUID serviceId) {
        return Arrays.stream(Agency.values())
                .filter(a -> a != Agency.VOLUNTEER)
                .flatMap(a -> directory.staffOf(serviceId, a).stream())
                .filter(s -> s.roles().stream().anyMatch(r -> r.capabilities().contains(Role.Capability.CHILD_VIEW)))
                .sorted(Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    /** A person's open actions in these services, soonest due first, with their plans' titles. */
    @Transactional(readOnly = true)
    public List<Owned> openOwnedBy(UUID ownerId, Collection<UUID> serviceIds) {
        return withTitles(actions.openOwnedBy(ownerId, serviceIds));
    }

    /** Open actions overdue on {@code today} in these services, longest overdue first, with their plans' titles. */
    @Transactional(readOnly = true)
    public List<Owned> overdueIn(Collection<UUID> serviceIds, LocalDate today) {
        return withTitles(actions.overdueIn(serviceIds, today));
    }

    /** An action with its plan's title and its owner's name. */
    public record Owned(ImprovementAction action, String planTitle, String ownerName) {}

    private List<Owned> withTitles(List<ImprovementAction> list) {
        var titles = plans.titles(
                list.stream().map(ImprovementAction::planId).distinct().toList());
        var names = directory.displayNames(
                list.stream().map(ImprovementAction::ownerId).distinct().toList());
        return list.stream()
                .map(a -> new Owned(a, titles.get(a.planId()), names.getOrDefault(a.ownerId(), "Unknown")))
                .toList();
    }

    private String name(UUID staffId) {
        return staffId == null
                ? null
                : directory.staffMember(staffId).map(StaffMember::displayName).orElse(String.valueOf(staffId));
    }
}
