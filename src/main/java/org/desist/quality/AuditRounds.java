package org.desist.quality;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.desist.assessment.Assessments;
import org.desist.assessment.Classification;
import org.desist.assessment.Lens;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.ChildRecords;
import org.desist.child.Gender;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.quality.Framework.CaseWork;
import org.desist.quality.internal.AuditRoundRepository;
import org.desist.quality.internal.AuditRoundRepository.Listing;
import org.desist.security.Agency;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit rounds of the user's services: created with their sample drawn from the records at the fieldwork date,
 * then cases replaced, allocated to auditors and the organisational standards judged — the rules are
 * {@link AuditRound}'s. Each change audited; each view of the sampled cases audited for each child shown.
 */
@Service
@Transactional
public class AuditRounds {

    public static final String RECORD_TYPE = "AUDIT_ROUND";

    private static final SecureRandom SEEDS = new SecureRandom();

    private final AuditRoundRepository rounds;
    private final Frameworks frameworks;
    private final Interventions interventions;
    private final ChildRecords children;
    private final Assessments assessments;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final SampleWindows windows;

    AuditRounds(
            AuditRoundRepository rounds,
            Frameworks frameworks,
            Interventions interventions,
            ChildRecords children,
            Assessments assessments,
            Directory directory,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.quality.sample.court-months:6-9}") String courtMonths,
            @Value("${desist.quality.sample.out-of-court-months:3-5}") String outOfCourtMonths) {
        this.rounds = rounds;
        this.frameworks = frameworks;
        this.interventions = interventions;
        this.children = children;
        this.assessments = assessments;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.windows = new SampleWindows(SampleWindow.parse(courtMonths), SampleWindow.parse(outOfCourtMonths));
    }

    /** The eligibility windows in force. */
    public SampleWindows windows() {
        return windows;
    }

    /** What is wrong with a plan, before its check-answers page. */
    @Transactional(readOnly = true)
    public Map<String, String> problems(RoundPlan plan) {
        return plan.problems(framework(plan.frameworkId()), windows, LocalDate.now(clock));
    }

    /** A round of one of the user's services, its sample drawn now from a new seed. */
    public AuditRound create(UUID serviceId, RoundPlan plan) {
        return create(serviceId, plan, SEEDS.nextInt(1_000_000_000));
    }

    /** A round whose sample is drawn from {@code seed} (the same seed and population give the same sample). */
    public AuditRound create(UUID serviceId, RoundPlan plan, long seed) {
        CurrentUser user = CurrentUser.require();
        if (serviceId == null || !user.belongsTo(serviceId)) {
            throw new InvalidRequestException(Map.of("serviceId", "Select one of your services"));
        }
        LocalDate today = LocalDate.now(clock);
        InvalidRequestException.refuseIf(plan.problems(framework(plan.frameworkId()), windows, today));
        Change<AuditRound> change = AuditRound.draw(
                UUID.randomUUID(),
                serviceId,
                plan,
                framework(plan.frameworkId()).orElseThrow(),
                population(serviceId, plan.scopeDrawn(), plan.fieldworkDate()),
                windows,
                seed,
                today);
        AuditRound saved = rounds.insert(change, user.username());
        audit.changed(
                serviceId,
                null,
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Drew the sample of " + saved.title(),
                AuditRound.AUDITED.changes(null, saved));
        return saved;
    }

    /**
     * The service's eligible cases at the fieldwork date, each with its stratum: the interventions of each kind of work
     * that started in its window (intervention module), the child's gender (child module), the ROSH and safety and
     * wellbeing classifications as they stood on the fieldwork date (assessment module; "not yet assessed" when none
     * had been submitted). Three bulk queries per kind of work.
     */
    @Transactional(readOnly = true)
    public List<AuditRound.EligibleCase> population(UUID serviceId, RoundPlan.Scope scope, LocalDate fieldwork) {
        List<AuditRound.EligibleCase> eligible = new ArrayList<>();
        for (CaseWork work : scope.works()) {
            SampleWindow window = windows.of(work);
            List<Intervention> started = interventions.startedBetween(
                    serviceId,
                    work == CaseWork.COURT ? InterventionType.Kind.COURT_ORDER : InterventionType.Kind.OUT_OF_COURT,
                    window.earliestStart(fieldwork),
                    window.latestStart(fieldwork));
            Map<UUID, Gender> genders =
                    children.genders(started.stream().map(Intervention::childId).collect(Collectors.toSet()));
            Map<UUID, Map<Lens, Classification>> classified = assessments.classificationsAsAt(
                    started.stream().map(Intervention::id).toList(), fieldwork);
            for (Intervention i : started) {
                Map<Lens, Classification> c = classified.getOrDefault(i.id(), Map.of());
                eligible.add(new AuditRound.EligibleCase(
                        i.id(),
                        i.childId(),
                        work,
                        i.startDate(),
                        i.caseManagerId(),
                        new SampleDraw.Stratum(
                                genders.getOrDefault(i.childId(), Gender.NOT_KNOWN)
                                        .name(),
                                i.type().name(),
                                classification(c.get(Lens.RISK_OF_HARM)),
                                classification(c.get(Lens.SAFETY_AND_WELLBEING)))));
            }
        }
        return eligible;
    }

    /** The user's services' rounds, latest fieldwork first: titles, dates and sample sizes, no case. */
    @Transactional(readOnly = true)
    public List<Listing> mine() {
        return rounds.ofServices(CurrentUser.require().serviceIds());
    }

    /**
     * One of the user's services' rounds, for reading its figures (no child is shown from it, so no view is audited):
     * Board members may see its title, dates, sample sizes and ratings, never its cases.
     */
    @Transactional(readOnly = true)
    public AuditRound get(UUID id) {
        AuditRound round = rounds.find(id).orElseThrow(() -> new NotFoundException("Audit round"));
        if (!CurrentUser.require().belongsTo(round.serviceId())) {
            throw new NotFoundException("Audit round");
        }
        return round;
    }

    /** A round's sample as shown: the children's names and the people's, by id. */
    public record SampleView(AuditRound round, Map<UUID, String> children, Map<UUID, String> people) {
        public String child(UUID id) {
            return children.getOrDefault(id, "A child no longer in your service");
        }

        public String person(UUID id) {
            return id == null ? null : people.getOrDefault(id, "Unknown");
        }

        /** The name of the child of one of the round's cases. */
        public String childOfCase(UUID interventionId) {
            return round.cases().stream()
                    .filter(c -> c.interventionId().equals(interventionId))
                    .findFirst()
                    .map(c -> child(c.childId()))
                    .orElse("");
        }

        /** How a stratum value reads. */
        public String label(String code) {
            return SampleProportions.label(code);
        }
    }

    /**
     * A round with its sampled and replaced cases by name, for those who audit cases: each child shown is a view of
     * the child's record, audited.
     */
    public SampleView sample(UUID id) {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.QUALITY_ASSURANCE)) {
            throw new AccessDeniedException("Only those who audit cases see a round's cases");
        }
        AuditRound round = get(id);
        List<RoundCase> shown = new ArrayList<>(round.sample());
        shown.addAll(round.replaced());
        var summaries = children.visible(shown.stream().map(RoundCase::childId).collect(Collectors.toSet()));
        Map<UUID, String> names = new HashMap<>();
        summaries.values().forEach(child -> {
            names.put(child.id(), child.name());
            audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, round.id(), "Audit round: " + round.title());
        });
        Set<UUID> people = new java.util.HashSet<>();
        shown.forEach(c -> {
            people.add(c.caseManagerId());
            people.add(c.auditorId());
        });
        auditors(round.serviceId()).forEach(a -> people.add(a.id()));
        people.remove(null);
        return new SampleView(round, names, directory.displayNames(people));
    }

    /** Replaces a sampled case found unsuitable by a like case, for the reason given. */
    public AuditRound replace(UUID id, long version, UUID interventionId, String reason) {
        AuditRound round = forChange(id, version);
        Change<AuditRound> change = round.replace(interventionId, reason);
        UUID child = round.cases().stream()
                .filter(c -> c.interventionId().equals(interventionId))
                .map(RoundCase::childId)
                .findFirst()
                .orElse(null);
        return saved(change, version, child, "Replaced a case in the sample of " + round.title() + ": " + reason);
    }

    /** Allocates sampled cases to auditors (case → auditor; null takes an allocation off). */
    public AuditRound allocate(UUID id, long version, Map<UUID, UUID> auditors) {
        AuditRound round = forChange(id, version);
        List<StaffMember> staff = auditors(round.serviceId());
        Set<UUID> people =
                new java.util.HashSet<>(staff.stream().map(StaffMember::id).toList());
        round.cases().forEach(c -> people.add(c.caseManagerId()));
        people.remove(null);
        Map<UUID, String> names = directory.displayNames(people);
        Change<AuditRound> change = round.allocate(
                auditors,
                staff.stream().map(StaffMember::id).collect(Collectors.toSet()),
                (auditor, caseManager) -> directory.managesDirectly(round.serviceId(), auditor, caseManager),
                person -> names.getOrDefault(person, "This person"));
        return saved(change, version, null, "Allocated the sample of " + round.title() + " to auditors");
    }

    /** Records the organisational standards' judgements and their evidence. */
    public AuditRound judge(UUID id, long version, Map<String, AuditRound.Judgement> judgements) {
        AuditRound round = forChange(id, version);
        Framework framework = framework(round.frameworkId()).orElseThrow();
        return saved(
                round.judge(framework, judgements),
                version,
                null,
                "Recorded the organisational judgements of " + round.title());
    }

    /** Staff of the service who audit cases (QA leads and managers: the quality assurance capability), by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> auditors(UUID serviceId) {
        return Arrays.stream(Agency.values())
                .flatMap(a -> directory.staffOf(serviceId, a).stream())
                .filter(s ->
                        s.roles().stream().anyMatch(r -> r.capabilities().contains(Role.Capability.QUALITY_ASSURANCE)))
                .sorted(java.util.Comparator.comparing(StaffMember::displayName))
                .toList();
    }

    public Optional<Framework> framework(String frameworkId) {
        return frameworkId == null || frameworkId.isBlank() ? Optional.empty() : frameworks.find(frameworkId);
    }

    public List<Framework> frameworks() {
        return frameworks.all();
    }

    /** The round as the person saw it, locked: they audit cases, and it is unchanged since {@code version}. */
    private AuditRound forChange(UUID id, long version) {
        if (!CurrentUser.require().can(Role.Capability.QUALITY_ASSURANCE)) {
            throw new AccessDeniedException("Only those who audit cases change a round");
        }
        get(id);
        rounds.lock(id, version, () -> audit.staleRecord(RECORD_TYPE, id, version));
        return get(id);
    }

    private AuditRound saved(Change<AuditRound> change, long version, UUID childId, String summary) {
        Change<AuditRound> seen = new Change<>(change.before().atVersion(version), change.after(), change.events());
        AuditRound saved = rounds.save(
                seen,
                CurrentUser.require().username(),
                () -> audit.staleRecord(RECORD_TYPE, change.after().id(), version));
        audit.changed(
                saved.serviceId(),
                childId,
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                AuditRound.AUDITED.changes(change.before(), saved));
        return saved;
    }

    private static String classification(Classification c) {
        return c == null ? AuditRound.NOT_YET_ASSESSED : c.name();
    }
}
