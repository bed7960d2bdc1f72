package org.desist.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.quality.internal.ImprovementActionRepository;
import org.desist.quality.internal.ImprovementPlanRepository;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service's improvement plans: started from a published inspection, an audit round or neither, their
 * recommendations and the Board's reviews; the rules are {@link ImprovementPlan}'s, each change audited from its
 * states. Those with the quality capabilities read every plan of their services; an action's owner reads the plans
 * they own actions in.
 */
@Service
@Transactional
public class ImprovementPlans {

    public static final String RECORD_TYPE = "IMPROVEMENT_PLAN";

    static final AuditedFields<ImprovementPlan> AUDITED = AuditedFields.<ImprovementPlan>of()
            .field("Title", ImprovementPlan::title)
            .field("Date of the plan", ImprovementPlan::planDate)
            .field("From", ImprovementPlan::source)
            .field(
                    "Recommendations",
                    p -> p.recommendations().isEmpty()
                            ? null
                            : p.recommendations().size())
            .field(
                    "Board reviews",
                    p -> p.lastBoardReview()
                            .map(r -> p.boardReviews().size() + ", the last on " + r.reviewedOn())
                            .orElse(null));

    private final ImprovementPlanRepository plans;
    private final ImprovementActionRepository actions;
    private final PublishedInspections inspections;
    private final AuditTrail audit;
    private final Clock clock;

    ImprovementPlans(
            ImprovementPlanRepository plans,
            ImprovementActionRepository actions,
            PublishedInspections inspections,
            AuditTrail audit,
            Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.inspections = inspections;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan with its progress: actions complete of all, and how many are overdue. */
    public record Summary(ImprovementPlan plan, int actions, int complete, int overdue) {}

    /**
     * A plan of one of the user's services: from the published inspection {@code inspectionId} (its service's), from
     * the audit round {@code roundId}, or from neither ({@code serviceId} then names the service, or the user's only
     * one).
     */
    public ImprovementPlan start(UUID serviceId, String title, LocalDate planDate, UUID inspectionId, UUID roundId) {
        CurrentUser user = requireQualityAssurance();
        PublishedInspection inspection = inspectionId == null ? null : inspections.get(inspectionId);
        UUID service = inspection != null ? inspection.serviceId() : serviceId != null ? serviceId : onlyService(user);
        if (service == null || !user.belongsTo(service)) {
            throw new InvalidRequestException(Map.of("serviceId", "Select one of your services"));
        }
        Change<ImprovementPlan> change = ImprovementPlan.start(
                UUID.randomUUID(), service, title, planDate, inspection, roundId, LocalDate.now(clock));
        ImprovementPlan saved = plans.insert(change, user.username());
        audit.changed(
                service,
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Started the improvement plan " + saved.title(),
                AUDITED.changes(null, saved));
        return saved;
    }

    /** A recommendation added to the plan, as the person saw it at {@code version}. */
    public ImprovementPlan addRecommendation(
            UUID planId,
            long version,
            String text,
            ImprovementPlan.AddressedTo to,
            ImprovementPlan.Partner partner,
            String partnerName) {
        requireQualityAssurance();
        ImprovementPlan before = current(planId, version);
        Change<ImprovementPlan> change = before.addRecommendation(UUID.randomUUID(), text, to, partner, partnerName);
        ImprovementPlan.Recommendation added =
                change.after().recommendations().get(before.recommendations().size());
        return save(change, "Added recommendation " + added.position() + " (to " + added.addressee() + ")");
    }

    /** The Board's review of the plan at its meeting on {@code on}. */
    public ImprovementPlan recordBoardReview(UUID planId, long version, LocalDate on, String notes) {
        CurrentUser user = requireQualityAssurance();
        ImprovementPlan before = current(planId, version);
        return save(
                before.recordBoardReview(UUID.randomUUID(), on, notes, user.id(), LocalDate.now(clock)),
                "Recorded the Board's review of " + on);
    }

    /** The user's services' plans with their progress, newest first (read by those with the quality capabilities). */
    @Transactional(readOnly = true)
    public List<Summary> mine() {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.QUALITY_RATINGS)) {
            throw new AccessDeniedException("Improvement plans need QUALITY_RATINGS");
        }
        List<ImprovementPlan> all = plans.ofServices(user.serviceIds());
        LocalDate today = LocalDate.now(clock);
        var byPlan = actions.ofPlans(all.stream().map(ImprovementPlan::id).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(ImprovementAction::planId));
        return all.stream()
                .map(p -> {
                    List<ImprovementAction> its = byPlan.getOrDefault(p.id(), List.of());
                    return new Summary(
                            p,
                            its.size(),
                            (int) its.stream()
                                    .filter(a -> a.status().isComplete())
                                    .count(),
                            (int) its.stream().filter(a -> a.overdueOn(today)).count());
                })
                .toList();
    }

    /** The plans of one of the user's services' published inspections (its page links to them). */
    @Transactional(readOnly = true)
    public List<ImprovementPlan> fromInspection(UUID inspectionId) {
        return plans.ofServices(CurrentUser.require().serviceIds()).stream()
                .filter(p -> inspectionId.equals(p.inspectionId()))
                .toList();
    }

    /** One plan, to someone with the quality capabilities in its service or the owner of one of its actions. */
    @Transactional(readOnly = true)
    public ImprovementPlan get(UUID id) {
        ImprovementPlan plan = plans.find(id).orElseThrow(() -> new NotFoundException("Improvement plan"));
        CurrentUser user = CurrentUser.require();
        boolean reader = user.can(Role.Capability.QUALITY_RATINGS) || actions.ownsActionIn(id, user.id());
        if (!user.belongsTo(plan.serviceId()) || !reader) {
            throw new NotFoundException("Improvement plan");
        }
        return plan;
    }

    /** The plan's actions, in the order they were added (to those who may read the plan). */
    @Transactional(readOnly = true)
    public List<ImprovementAction> actionsOf(UUID planId) {
        return actions.ofPlans(List.of(get(planId).id()));
    }

    private ImprovementPlan current(UUID id, long version) {
        ImprovementPlan plan = get(id);
        plans.lock(id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return plan;
    }

    private ImprovementPlan save(Change<ImprovementPlan> change, String summary) {
        ImprovementPlan before = change.before();
        ImprovementPlan saved = plans.save(
                change,
                CurrentUser.require().username(),
                () -> audit.staleRecord(RECORD_TYPE, before.id(), before.version()));
        audit.changed(
                saved.serviceId(),
                null,
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                AUDITED.changes(before, saved));
        return saved;
    }

    static CurrentUser requireQualityAssurance() {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.QUALITY_ASSURANCE)) {
            throw new AccessDeniedException("Improvement plans are changed with QUALITY_ASSURANCE");
        }
        return user;
    }

    private static UUID onlyService(CurrentUser user) {
        return user.serviceIds().size() == 1 ? user.serviceIds().iterator().next() : null;
    }
}
