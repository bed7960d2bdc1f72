package org.desist.intervention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.internal.InterventionRepository;
import org.desist.offence.Offences;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intervention module's API: starting, correcting, reallocating and ending interventions, within the user's
 * services, audited; each step moves the intervention's due items with it (created, moved, cancelled). It checks
 * the child, loads and locks the intervention and asks the aggregate ({@link Intervention}) for the change;
 * {@link Allocations} and {@link Closures} carry out reallocation, caretaking and closure.
 */
@Service
@Transactional
public class Interventions {

    public static final String RECORD_TYPE = "INTERVENTION";

    private final InterventionRepository repository;
    private final Allocations allocations;
    private final Closures closures;
    private final InterventionTrail trail;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final Directory directory;
    private final Offences offenceRecords;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Interventions(
            InterventionRepository repository,
            Allocations allocations,
            Closures closures,
            InterventionTrail trail,
            ChildRecords children,
            DueItems dueItems,
            Directory directory,
            Offences offenceRecords,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.allocations = allocations;
        this.closures = closures;
        this.trail = trail;
        this.children = children;
        this.dueItems = dueItems;
        this.directory = directory;
        this.offenceRecords = offenceRecords;
        this.clock = clock;
        this.events = events;
    }

    public record NewIntervention(
            InterventionType type, LocalDate startDate, LocalDate endDate, UUID caseManagerId, List<UUID> offenceIds) {}

    /** A referral received: the work is recorded now and started later ({@link #activate}). */
    public record NewReferral(InterventionType type, LocalDate referredOn, UUID caseManagerId, List<UUID> offenceIds) {}

    /** Supervised work starts for a child the user is responsible for. */
    public Intervention start(AccessibleChild child, NewIntervention request) {
        List<UUID> offences = offences(request.offenceIds());
        Change<Intervention> change = Intervention.start(
                UUID.randomUUID(),
                child.serviceId(),
                child.id(),
                request.type(),
                request.startDate(),
                request.endDate(),
                request.caseManagerId(),
                holderAndOffences(child, request.caseManagerId(), offences));
        Intervention saved =
                created(change, offences, "Started " + request.type().label());
        triggerStart(saved);
        change.publish(events::publishEvent);
        return saved;
    }

    /**
     * Records a referral for a child the user is responsible for: the intervention exists (and can be allocated)
     * before the work starts.
     */
    public Intervention refer(AccessibleChild child, NewReferral request) {
        List<UUID> offences = offences(request.offenceIds());
        Change<Intervention> change = Intervention.refer(
                UUID.randomUUID(),
                child.serviceId(),
                child.id(),
                request.type(),
                request.referredOn(),
                request.caseManagerId(),
                holderAndOffences(child, request.caseManagerId(), offences),
                LocalDate.now(clock));
        return created(
                change, offences, "Referred for " + request.type().label().toLowerCase());
    }

    /** The referred work starts: it becomes active from {@code startDate}, and its due items begin. */
    public Intervention activate(UUID id, long version, LocalDate startDate) {
        return activate(id, version, startDate, null);
    }

    /** As {@link #activate(UUID, long, LocalDate)}, with the end date an order needs (e.g. a referral order). */
    public Intervention activate(UUID id, long version, LocalDate startDate, LocalDate endDate) {
        Intervention before = current(id, version);
        Change<Intervention> change = before.activate(startDate, endDate);
        Intervention saved = repository.save(change, () -> trail.stale(id, version));
        trail.changed(change, saved, "Started the " + before.type().label().toLowerCase(), List.of());
        triggerStart(saved);
        change.publish(events::publishEvent);
        return saved;
    }

    /** The start date was recorded wrongly: correct it, and its due items move. */
    public Intervention correctStartDate(UUID id, long version, LocalDate startDate) {
        Intervention before = current(id, version);
        Change<Intervention> change = before.correctStartDate(startDate);
        Intervention saved = repository.save(change, () -> trail.stale(id, version));
        trail.changed(
                change,
                saved,
                "Corrected the start date of the " + before.type().label().toLowerCase(),
                List.of());
        before.type().startTrigger().ifPresent(event -> dueItems.triggerDateCorrected(id, event, startDate));
        change.publish(events::publishEvent);
        return saved;
    }

    /**
     * Another case manager of the same service takes the intervention over from {@code from}, for the reason
     * given: the allocation history keeps who held it, and its open due items move to the new case manager.
     */
    public Intervention reallocate(UUID id, long version, UUID newCaseManagerId, LocalDate from, String reason) {
        return allocations.reallocate(current(id, version), newCaseManagerId, from, reason);
    }

    /**
     * The child lives in another area: that area's youth justice service (the host) delivers the work under
     * a caretaking arrangement from {@code from}, while this (home) service keeps responsibility (YJB National
     * Protocol for Case Responsibility). The host's staff may then see the child's record, but not change it.
     */
    public Intervention arrangeCaretaking(UUID id, long version, UUID hostServiceId, LocalDate from) {
        return allocations.arrangeCaretaking(current(id, version), hostServiceId, from);
    }

    /** The caretaking arrangement ended on {@code on}: the home service delivers again; the host loses access. */
    public Intervention endCaretaking(UUID id, long version, LocalDate on) {
        return allocations.endCaretaking(current(id, version), on);
    }

    /** One intervention for its page; the view is audited (host services' views included). */
    public Intervention view(UUID id) {
        Intervention intervention = get(id);
        trail.viewed(intervention);
        return intervention;
    }

    /** Who has held the intervention, oldest first. */
    @Transactional(readOnly = true)
    public List<Allocation> allocations(UUID id) {
        return allocations.of(get(id));
    }

    /** The offences the intervention responds to. */
    @Transactional(readOnly = true)
    public List<UUID> offenceIds(UUID id) {
        return repository.offenceIds(get(id).id());
    }

    /**
     * How a person closes an intervention (YJB case management guidance, ending an intervention): why, when, the exit strategy, the child's
     * and the parents' or carers' feedback, and, when due items would be left open, a manager's override reason.
     */
    public record Closing(
            ClosureReason reason,
            LocalDate closedOn,
            String exitStrategy,
            String childFeedback,
            String parentsFeedback,
            String overrideReason) {}

    /**
     * A person closes the intervention. Due items still open (other than what the ending meets, and none when
     * the order is withdrawn) are left undone: only a manager (COUNTERSIGN) may close it then, giving the
     * reason; the override (who, why, which items) is kept and audited, and the items are cancelled.
     */
    public Intervention close(UUID id, long version, Closing closing) {
        return closures.close(current(id, version), closing);
    }

    /**
     * What is wrong with closing the intervention so, for the signed-in person, without closing it: a page
     * shows these with what it found wrong itself (e.g. a date that is not a date).
     */
    @Transactional(readOnly = true)
    public Map<String, String> closureProblems(UUID id, Closing closing) {
        return closures.problems(get(id), closing);
    }

    /**
     * Ends the intervention because of what another record says happened (a court's decision ending a remand,
     * an out-of-court disposal concluded or not complied with, an order revoked on breach): the fact is
     * recorded where it happened, so no override is asked; revoked (or never started) orders cancel their open
     * due items, and what is still open for any other ending is cancelled with the reason.
     */
    public Intervention close(UUID id, long version, ClosureReason reason, String exitStrategy, LocalDate closedOn) {
        return closures.closeDecidedElsewhere(current(id, version), reason, exitStrategy, closedOn);
    }

    /** What closing the intervention now, for {@code reason}, would leave undone (soonest first). */
    @Transactional(readOnly = true)
    public List<DueItem> leftUndoneByClosing(UUID id, ClosureReason reason) {
        return closures.leftUndone(get(id), reason);
    }

    /** How the intervention was closed: feedback and any manager's override (empty while it is open). */
    @Transactional(readOnly = true)
    public Optional<ClosureDetails> closure(UUID id) {
        return closures.details(get(id));
    }

    /**
     * The interventions in progress (active) in the signed-in person's services, oldest start first: e.g. a
     * manager's view of which cases have had no recent oversight.
     */
    @Transactional(readOnly = true)
    public List<Intervention> inProgressInYourServices() {
        return repository.activeIn(CurrentUser.require().serviceIds());
    }

    /** A child's interventions, latest begun first. */
    @Transactional(readOnly = true)
    public List<Intervention> ofChild(AccessibleChild child) {
        return repository.ofChild(child.id());
    }

    /**
     * Each of a child's interventions with its type, oldest first, for other modules' chronology entries; no audit
     * row (the chronology's view is audited).
     */
    @Transactional(readOnly = true)
    public Map<UUID, InterventionType> typesOfChild(AccessibleChild child) {
        return repository.typesOfChild(child.id());
    }

    /** Which of these interventions belong to (are homed in) one of these services: ids only, no record content. */
    @Transactional(readOnly = true)
    public Set<UUID> homedIn(Collection<UUID> interventionIds, Collection<UUID> serviceIds) {
        return repository.homedIn(interventionIds, serviceIds);
    }

    /**
     * Those of these interventions homed in the signed-in person's services, in no order: one read for many cases
     * (e.g. the evidence from the record). No audit row: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public List<Intervention> inYourServices(Collection<UUID> ids) {
        return repository.findAll(ids, CurrentUser.require().serviceIds());
    }

    /**
     * The interventions of one of the user's services, of one kind (e.g. court orders), that started between the two
     * dates, inclusive, oldest first, whatever their status now: e.g. the eligible population of an inspection
     * sample (HMIP inspection methodology). One query; no audit row (the caller's page that shows a child is audited).
     */
    @Transactional(readOnly = true)
    public List<Intervention> startedBetween(UUID serviceId, InterventionType.Kind kind, LocalDate from, LocalDate to) {
        if (!CurrentUser.require().belongsTo(serviceId)) {
            throw new NotFoundException("Youth justice service");
        }
        return repository.startedBetween(
                serviceId,
                java.util.Arrays.stream(InterventionType.values())
                        .filter(t -> t.kind() == kind)
                        .toList(),
                from,
                to);
    }

    /**
     * The interventions linked to each of these offences, homed in the signed-in person's services, oldest start
     * first (offences with none are absent): e.g. when a disposal started or an order ended, for the victim module's
     * prompts to a victim worker. No audit row: the caller shows no child.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Intervention>> onOffences(Collection<UUID> offenceIds) {
        return repository.onOffences(offenceIds, CurrentUser.require().serviceIds());
    }

    @Transactional(readOnly = true)
    public Intervention get(UUID id) {
        Intervention intervention = repository.find(id).orElseThrow(() -> new NotFoundException("Intervention"));
        children.visible(intervention.childId());
        return intervention;
    }

    /** The intervention as the person saw it, locked: they are responsible for the child, and it is unchanged. */
    private Intervention current(UUID id, long version) {
        Intervention intervention = get(id);
        children.responsible(intervention.childId());
        repository.lock(id, version, () -> trail.stale(id, version));
        return intervention;
    }

    private Intervention created(Change<Intervention> change, List<UUID> offences, String summary) {
        Intervention saved = repository.insert(
                change.after(), offences, CurrentUser.require().username());
        allocations.firstAllocation(saved);
        trail.changed(change, saved, summary, List.of());
        return saved;
    }

    private void triggerStart(Intervention started) {
        started.type()
                .startTrigger()
                .ifPresent(event -> dueItems.triggered(
                        new DueItems.Trigger(
                                event,
                                started.serviceId(),
                                started.childId(),
                                RECORD_TYPE,
                                started.id(),
                                started.caseManagerId()),
                        started.startDate()));
    }

    private Map<String, String> holderAndOffences(AccessibleChild child, UUID caseManagerId, List<UUID> offences) {
        boolean holder = caseManagerId == null
                || directory.caseHolders(child.serviceId()).stream().anyMatch(s -> s.id().equals(caseManagerId));
        boolean ofChild = offences.stream().allMatch(offence -> offenceRecords.isOffenceOf(offence, child));
        return Intervention.problemsOfHolderAndOffences(holder, ofChild);
    }

    private static List<UUID> offences(List<UUID> offenceIds) {
        return offenceIds == null ? List.of() : offenceIds;
    }
}
