package org.desist.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.assessment.Assessment;
import org.desist.assessment.AssessmentDetails;
import org.desist.assessment.AssessmentStatus;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.oversight.internal.OversightRepository;
import org.desist.platform.Change;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management oversight of interventions (YJB case management guidance): recorded by a manager who does not
 * case-manage the intervention, corrected by that manager from the version read (the rules are {@link Oversight}'s),
 * each audited with the child from its states; and the cases in the manager's services without recent oversight.
 * Reads go through {@link Interventions#get} (visible exactly when the intervention is); changes first through
 * {@link ChildRecords#responsibleChild} (a caretaking host service may not record it).
 */
@Service
@Transactional
public class ManagementOversight {

    public static final String RECORD_TYPE = "OVERSIGHT";

    /** What the trail shows of a record of oversight when it is recorded or corrected: its states, diffed. */
    static final AuditedFields<Oversight> AUDITED = AuditedFields.<Oversight>of()
            .field("Date", Oversight::recordedOn)
            .field("Looked at", Oversight::areas, ManagementOversight::areas)
            .field("Judgement", Oversight::judgement)
            .field("Direction", Oversight::direction)
            .field("Actions", Oversight::actions)
            .field("Actions due", Oversight::actionsDue)
            .field("Next oversight due", Oversight::nextDue);

    private final OversightRepository repository;
    private final Interventions interventions;
    private final Assessments assessments;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Directory directory;
    private final Clock clock;
    private final Period recentWithin;

    ManagementOversight(
            OversightRepository repository,
            Interventions interventions,
            Assessments assessments,
            ChildRecords children,
            AuditTrail audit,
            Directory directory,
            Clock clock,
            @Value("${desist.oversight.recent-within:P3M}") String recentWithin) {
        this.repository = repository;
        this.interventions = interventions;
        this.assessments = assessments;
        this.children = children;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
        this.recentWithin = Period.parse(recentWithin);
    }

    /** How recent oversight must be (the setting {@code desist.oversight.recent-within}). */
    public Period recentWithin() {
        return recentWithin;
    }

    /** The signed-in manager records oversight of the intervention. */
    public Oversight record(UUID interventionId, OversightDetails details) {
        Intervention intervention = interventions.get(interventionId);
        AccessibleChild child = children.responsibleChild(intervention.childId());
        CurrentUser manager = CurrentUser.require();
        Change<Oversight> change = Oversight.record(
                UUID.randomUUID(),
                work(intervention, child),
                details,
                manager.id(),
                name(manager.id()),
                manager.username(),
                LocalDate.now(clock));
        Oversight recorded = repository.insert(change);
        audit.changed(
                intervention.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                recorded.id(),
                0,
                "Recorded management oversight of the "
                        + intervention.type().label().toLowerCase() + ": "
                        + recorded.judgement().label().toLowerCase(),
                AUDITED.changes(null, recorded));
        return recorded;
    }

    /** The manager who recorded it corrects it, from the version they read. */
    public Oversight amend(UUID id, long version, OversightDetails details) {
        Oversight before = repository.find(id);
        Intervention intervention = interventions.get(before.interventionId());
        AccessibleChild child = children.responsibleChild(intervention.childId());
        repository.lock(id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        Change<Oversight> change = before.correct(
                work(intervention, child), details, CurrentUser.require().id(), LocalDate.now(clock));
        Oversight after = repository.save(change, () -> audit.staleRecord(RECORD_TYPE, id, version));
        audit.changed(
                intervention.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                id,
                after.version(),
                "Changed the management oversight of " + before.recordedOn(),
                AUDITED.changes(change.before(), after));
        return after;
    }

    /** The intervention's oversight, newest first. */
    @Transactional(readOnly = true)
    public List<Oversight> ofIntervention(UUID interventionId) {
        return repository.ofIntervention(interventions.get(interventionId).id());
    }

    /** As {@link #ofIntervention}, for a page or API answer: the view is audited. */
    public List<Oversight> viewed(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        List<Oversight> all = repository.ofIntervention(intervention.id());
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                "Viewed the management oversight of the "
                        + intervention.type().label().toLowerCase());
        return all;
    }

    /** One record of oversight, visible exactly when its intervention is. */
    @Transactional(readOnly = true)
    public Oversight get(UUID id) {
        Oversight oversight = repository.find(id);
        interventions.get(oversight.interventionId());
        return oversight;
    }

    /**
     * Every intervention in progress in the signed-in manager's services whose last oversight is older than
     * the setting, or which was never overseen: oldest oversight first (never overseen first, longest running
     * first).
     */
    @Transactional(readOnly = true)
    public List<CaseWithoutRecentOversight> withoutRecentOversight() {
        LocalDate today = LocalDate.now(clock);
        List<Intervention> inProgress = interventions.inProgressInYourServices();
        if (inProgress.isEmpty()) {
            return List.of();
        }
        Map<UUID, LocalDate> last = repository.lastRecordedOn(
                inProgress.stream().map(Intervention::id).toList());
        List<Intervention> stale = inProgress.stream()
                .filter(i -> !OversightRules.recent(last.get(i.id()), today, recentWithin))
                .toList();
        Map<UUID, ChildSummary> childrenOf =
                children.visible(stale.stream().map(Intervention::childId).collect(Collectors.toSet()));
        List<CaseWithoutRecentOversight> cases = new ArrayList<>();
        for (Intervention i : stale) {
            ChildSummary child = childrenOf.get(i.childId());
            if (child == null) {
                continue;
            }
            Optional<AssessmentDetails> assessed = assessments
                    .currentOf(i.id())
                    .filter(a -> a.status() != AssessmentStatus.DRAFT)
                    .map(Assessment::details);
            cases.add(new CaseWithoutRecentOversight(
                    i.id(),
                    i.type().label(),
                    i.startDate(),
                    child.id(),
                    child.name(),
                    child.localReference(),
                    i.caseManagerId() == null ? "Not allocated" : name(i.caseManagerId()),
                    assessed.map(d -> d.safetyAndWellbeing() == null
                                    ? null
                                    : label(d.safetyAndWellbeing().classification()))
                            .orElse(null),
                    assessed.map(d -> d.riskOfHarm() == null
                                    ? null
                                    : label(d.riskOfHarm().classification()))
                            .orElse(null),
                    last.get(i.id()),
                    OversightRules.daysSince(last.get(i.id()), i.startDate(), today)));
        }
        cases.sort(Comparator.comparing(CaseWithoutRecentOversight::never)
                .reversed()
                .thenComparing(Comparator.comparingLong(CaseWithoutRecentOversight::daysSince)
                        .reversed()));
        return cases;
    }

    /**
     * What is wrong with the details for the signed-in manager, without recording anything: a page shows these
     * with what it found wrong itself (e.g. a date that is not a date).
     */
    @Transactional(readOnly = true)
    public Map<String, String> problems(UUID interventionId, OversightDetails details) {
        Intervention intervention = interventions.get(interventionId);
        return Oversight.problemsRecording(
                work(intervention, intervention.childId()),
                details,
                CurrentUser.require().id(),
                LocalDate.now(clock));
    }

    /** The intervention as the rules see it: its child, when the work began, its case manager. */
    private static Oversight.Work work(Intervention intervention, AccessibleChild child) {
        return work(intervention, child.id());
    }

    private static Oversight.Work work(Intervention intervention, UUID childId) {
        LocalDate began = intervention.startDate() != null ? intervention.startDate() : intervention.referredOn();
        return new Oversight.Work(intervention.id(), childId, began, intervention.caseManagerId());
    }

    private static String areas(List<OversightArea> areas) {
        return areas.stream().map(OversightArea::label).collect(Collectors.joining(", "));
    }

    private static String label(Classification classification) {
        return classification == null ? null : classification.label();
    }

    private String name(UUID staffId) {
        return directory.staffMember(staffId).map(StaffMember::displayName).orElse("Unknown");
    }
}
