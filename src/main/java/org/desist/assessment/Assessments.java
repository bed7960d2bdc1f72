package org.desist.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.desist.assessment.internal.AssessmentRepository;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of interventions (YJB case management guidance, assessment): written as a draft, submitted when
 * complete, and countersigned by a manager when a classification is high or very high. Scoped through the
 * intervention: reads see what the user may see of the child; changes need the child's home service. The rules are
 * the {@link Assessment}'s; this service checks the child, loads, locks, saves, audits and publishes.
 */
@Service
@Transactional
public class Assessments {

    public static final String RECORD_TYPE = "ASSESSMENT";
    /** The due-item trigger an intervention's start raises, and what meets it (deadline/rules.json). */
    public static final String DUE_TRIGGER = "INTERVENTION_STARTED";

    public static final String SUBMITTED = "ASSESSMENT_SUBMITTED";

    private final AssessmentRepository repository;
    private final Interventions interventions;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(
            AssessmentRepository repository,
            Interventions interventions,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.interventions = interventions;
        this.children = children;
        this.dueItems = dueItems;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a draft for the intervention: the first, or a later one replacing the current one when things
     * change (it begins as a copy of the current one).
     */
    public Assessment start(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        ChildSummary child = children.responsible(intervention.childId());
        Optional<Assessment> current = repository.currentOf(interventionId);
        UUID id = UUID.randomUUID();
        Change<Assessment> change = Assessment.start(
                id, interventionId, child.id(), current, CurrentUser.require().username());
        Assessment saved = repository.insert(change, stale(id, 0));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                saved.version(),
                current.isPresent()
                        ? "Started a new assessment of the " + label(intervention) + " to replace the current one"
                        : "Started the assessment of the " + label(intervention),
                AssessmentTrail.changes(null, saved));
        return saved;
    }

    /**
     * Records an assessment completed before it came into Desist (e.g. in AssetPlus in the previous case management
     * system), as it stood on the day it was submitted: its classifications join the intervention's history on that
     * day and its due item is met on that day. Marked as recorded afterwards, by the signed-in person, today.
     */
    public Assessment recordEarlier(UUID interventionId, EarlierAssessment earlier) {
        Intervention intervention = interventions.get(interventionId);
        ChildSummary child = children.responsible(intervention.childId());
        Optional<Assessment> current = repository.currentOf(interventionId);
        UUID id = UUID.randomUUID();
        CurrentUser user = CurrentUser.require();
        String by = user.username();
        Change<Assessment> change = Assessment.recordEarlier(
                id,
                interventionId,
                child.id(),
                current,
                earlier,
                intervention.startDate(),
                child.dateOfBirth(),
                LocalDate.now(clock),
                by,
                user.displayName());
        Assessment saved = repository.insert(change, stale(id, 0));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                saved.version(),
                "Recorded an assessment of the " + label(intervention) + " completed earlier in "
                        + saved.recordedAfterwards().completedIn() + ": submitted on "
                        + EarlierAssessment.date(saved.submittedOn()) + " by " + saved.submittedBy()
                        + (saved.countersignedOn() == null
                                ? ""
                                : ", countersigned on " + EarlierAssessment.date(saved.countersignedOn()) + " by "
                                        + saved.countersignedBy()),
                AssessmentTrail.changes(null, saved));
        change.events().stream()
                .filter(ClassificationChanged.class::isInstance)
                .map(ClassificationChanged.class::cast)
                .forEach(c -> repository.insertClassificationChange(saved, c, by));
        dueItems.fulfilled(interventionId, SUBMITTED, id, saved.submittedOn());
        change.publish(events::publishEvent);
        return saved;
    }

    /** Edits a draft (any part may still be empty). */
    public Assessment update(UUID id, long version, AssessmentDetails details) {
        return changed(id, version, a -> a.edit(details), saved -> "Changed the draft assessment");
    }

    /**
     * Submits a complete draft: its due item is met today; a high or very high classification waits for a
     * manager's countersignature. Changed classifications are kept and published.
     */
    public Assessment submit(UUID id, long version) {
        Assessment before = locked(id, version);
        LocalDate today = LocalDate.now(clock);
        String by = CurrentUser.require().username();
        Change<Assessment> change = before.submit(today, by, repository.previousSubmitted(before));
        Assessment saved = saveAndAudit(
                change,
                after -> after.countersignatureRequired()
                        ? "Submitted the assessment for a manager's countersignature"
                        : "Submitted the assessment");
        change.events().stream()
                .filter(ClassificationChanged.class::isInstance)
                .map(ClassificationChanged.class::cast)
                .forEach(c -> repository.insertClassificationChange(saved, c, by));
        dueItems.fulfilled(before.interventionId(), SUBMITTED, id, today);
        change.publish(events::publishEvent);
        return saved;
    }

    /** A manager, not the author, countersigns a high or very high assessment (management oversight). */
    public Assessment countersign(UUID id, long version) {
        String by = CurrentUser.require().username();
        LocalDate today = LocalDate.now(clock);
        return changed(id, version, a -> a.countersign(by, today), saved -> "Countersigned the assessment");
    }

    /** The intervention's current (latest) assessment, if any. */
    @Transactional(readOnly = true)
    public Optional<Assessment> currentOf(UUID interventionId) {
        return repository.currentOf(interventions.get(interventionId).id());
    }

    /**
     * The current (latest) assessment of each of these interventions homed in the signed-in person's services, by
     * intervention (none: absent): one read for many cases. No audit row: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Assessment> currentOf(Collection<UUID> interventionIds) {
        return repository.currentOf(
                interventions.homedIn(interventionIds, CurrentUser.require().serviceIds()));
    }

    /** All the intervention's assessments, newest first. */
    @Transactional(readOnly = true)
    public List<Assessment> ofIntervention(UUID interventionId) {
        return repository.ofIntervention(interventions.get(interventionId).id());
    }

    /** Every change of the intervention's classifications, oldest first. */
    @Transactional(readOnly = true)
    public List<ClassificationChange> history(UUID interventionId) {
        return repository.history(interventions.get(interventionId).id());
    }

    /**
     * The safety-and-wellbeing and ROSH classifications of those of these interventions homed in the user's
     * services, as they stood on {@code on} (the latest submitted on or before it), by intervention; one without a
     * submitted classification is absent (not yet assessed). Bulk, for counts across children (e.g. an inspection
     * sample's strata); no audit row.
     */
    @Transactional(readOnly = true)
    public Map<UUID, Map<Lens, Classification>> classificationsAsAt(Collection<UUID> interventionIds, LocalDate on) {
        Set<UUID> yours =
                interventions.homedIn(interventionIds, CurrentUser.require().serviceIds());
        return repository.classificationsAsAt(yours, on);
    }

    /** One assessment, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public Assessment get(UUID id) {
        Assessment assessment = repository.find(id).orElseThrow(() -> new NotFoundException("Assessment"));
        interventions.get(assessment.interventionId());
        return assessment;
    }

    /** An assessment awaiting countersignature, with where it belongs, for a manager's queue. */
    public record AwaitingCountersignature(Assessment assessment, Intervention intervention, ChildSummary child) {}

    /** Submitted high or very high assessments awaiting a countersignature, in the user's services, oldest first. */
    @Transactional(readOnly = true)
    public List<AwaitingCountersignature> awaitingCountersignature() {
        Collection<UUID> services = CurrentUser.require().serviceIds();
        if (services.isEmpty()) {
            return List.of();
        }
        // A work queue (countersigning moves an assessment on), so all services' waiting ones are few.
        List<Assessment> submitted = repository.awaitingCountersignature();
        Set<UUID> ours = interventions.homedIn(
                submitted.stream().map(Assessment::interventionId).collect(Collectors.toSet()), services);
        List<Assessment> waiting = submitted.stream()
                .filter(a -> ours.contains(a.interventionId()))
                .toList();
        Map<UUID, ChildSummary> visible =
                children.visible(waiting.stream().map(Assessment::childId).collect(Collectors.toSet()));
        List<AwaitingCountersignature> result = new ArrayList<>();
        for (Assessment assessment : waiting) {
            ChildSummary child = visible.get(assessment.childId());
            if (child != null) {
                result.add(new AwaitingCountersignature(
                        assessment, interventions.get(assessment.interventionId()), child));
            }
        }
        return result;
    }

    /**
     * One change of an assessment from the version the person saw: the child checked, its row locked (stale before
     * any rule reads its state), the aggregate's rule applied, saved and audited.
     */
    Assessment changed(
            UUID id,
            long version,
            Function<Assessment, Change<Assessment>> rule,
            Function<Assessment, String> summary) {
        Assessment before = locked(id, version);
        return saveAndAudit(rule.apply(before), summary);
    }

    private Assessment locked(UUID id, long version) {
        Assessment assessment = get(id);
        children.responsible(assessment.childId());
        repository.lock(id, version, stale(id, version));
        return assessment;
    }

    private Assessment saveAndAudit(Change<Assessment> change, Function<Assessment, String> summary) {
        Assessment before = change.before();
        Assessment saved = repository.save(change, stale(before.id(), before.version()));
        ChildSummary child = children.responsible(before.childId());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary.apply(saved),
                AssessmentTrail.changes(before, saved));
        return saved;
    }

    private Supplier<StaleRecordException> stale(UUID id, long version) {
        return () -> audit.staleRecord(RECORD_TYPE, id, version);
    }

    private static String label(Intervention intervention) {
        return intervention.type().label().toLowerCase();
    }
}
