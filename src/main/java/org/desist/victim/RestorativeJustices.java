package org.desist.victim;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.desist.victim.RestorativeJustice.Decision;
import org.desist.victim.internal.RestorativeJusticeRepository;
import org.desist.victim.internal.VictimRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restorative justice with the victims of the user's services (Victims' Code 2021): read with VICTIM_VIEW, changed
 * with VICTIM_WORK, the risk assessment approved by a manager (COUNTERSIGN). Every view and change is audited on
 * the child's trail with states and dates only, never the victim's details.
 */
@Service
@Transactional
public class RestorativeJustices {

    /** The audit trail's entity type. */
    public static final String RECORD_TYPE = "RESTORATIVE_JUSTICE";

    private final RestorativeJusticeRepository repository;
    private final VictimRepository victims;
    private final ChildRecords children;
    private final Directory directory;
    private final RestorativeJusticeReparation reparation;
    private final AuditTrail audit;
    private final Clock clock;

    RestorativeJustices(
            RestorativeJusticeRepository repository,
            VictimRepository victims,
            ChildRecords children,
            Directory directory,
            RestorativeJusticeReparation reparation,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.victims = victims;
        this.children = children;
        this.directory = directory;
        this.reparation = reparation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A victim's RJ, if any has been offered; the victim must be of the user's services (else 404). Audited. */
    public Optional<RestorativeJustice> ofVictim(UUID victimId) {
        require(Role.Capability.VICTIM_VIEW);
        VictimRepository.Held victim = victim(victimId);
        audit.viewed(victim.serviceId(), victim.childId(), RECORD_TYPE, victimId, "Viewed restorative justice");
        return repository.ofVictim(victimId);
    }

    /** A victim (by name: for the victim capability only), the child's id and their RJ if any. */
    public record WithVictim(Victim victim, UUID childId, Optional<RestorativeJustice> rj) {}

    /** The victim of the user's services and their RJ, for a page: one audited view (404 for another service). */
    public WithVictim withVictim(UUID victimId) {
        require(Role.Capability.VICTIM_VIEW);
        VictimRepository.Held victim = victim(victimId);
        audit.viewed(victim.serviceId(), victim.childId(), RECORD_TYPE, victimId, "Viewed restorative justice");
        return new WithVictim(victim.victim(), victim.childId(), repository.ofVictim(victimId));
    }

    /** RJ offered to the victim (and the child) of a child the user's service is responsible for. */
    public RestorativeJustice offer(
            UUID victimId, LocalDate offeredOn, RestorativeJustice.OfferedHow how, LocalDate offeredToChildOn) {
        require(Role.Capability.VICTIM_WORK);
        VictimRepository.Held victim = victim(victimId);
        children.responsible(victim.childId());
        if (repository.ofVictim(victimId).isPresent()) {
            throw new InvalidRequestException(
                    Map.of("offeredOn", "Restorative justice has already been offered to this victim"));
        }
        Change<RestorativeJustice> change = RestorativeJustice.offer(
                UUID.randomUUID(),
                victimId,
                victim.victim().offenceId(),
                victim.serviceId(),
                victim.childId(),
                offeredOn,
                how,
                offeredToChildOn,
                today());
        RestorativeJustice saved =
                repository.insert(change, CurrentUser.require().username());
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                "Offered restorative justice to a victim (details held separately)",
                RestorativeJustice.AUDITED.changes(null, saved));
        return saved;
    }

    public RestorativeJustice victimDecides(UUID victimId, long version, Decision decision, LocalDate on) {
        return change(
                victimId, version, rj -> rj.victimDecides(decision, on, today()), "Recorded the victim's consent");
    }

    public RestorativeJustice childDecides(UUID victimId, long version, Decision decision, LocalDate on) {
        return change(victimId, version, rj -> rj.childDecides(decision, on, today()), "Recorded the child's consent");
    }

    public RestorativeJustice assessRisk(UUID victimId, long version, LocalDate on, String summary) {
        UUID assessor = CurrentUser.require().id();
        return change(
                victimId,
                version,
                rj -> rj.assessRisk(on, assessor, summary, today()),
                "Recorded the risk assessment for restorative justice");
    }

    /** A manager's approval of the risk assessment (COUNTERSIGN) today, never by the person who made it. */
    public RestorativeJustice approveRisk(UUID victimId, long version) {
        return approveRisk(victimId, version, today());
    }

    /** A manager's approval of the risk assessment on a date, not in the future (e.g. recorded the day after). */
    public RestorativeJustice approveRisk(UUID victimId, long version, LocalDate on) {
        CurrentUser user = CurrentUser.require();
        if (!user.can(Role.Capability.COUNTERSIGN)) {
            throw new AccessDeniedException("A risk assessment's approval needs COUNTERSIGN");
        }
        return change(
                victimId,
                version,
                rj -> rj.approveRisk(user.id(), true, on, today()),
                "Approved the risk assessment for restorative justice");
    }

    /** The kind and the facilitator, a member of the victim's service named as on their account. */
    public RestorativeJustice choose(UUID victimId, long version, RestorativeJustice.Kind kind, String facilitator) {
        return change(
                victimId,
                version,
                rj -> rj.choose(kind, facilitator(rj.serviceId(), facilitator)),
                "Recorded the kind of restorative justice and its facilitator");
    }

    public RestorativeJustice plan(UUID victimId, long version, LocalDate on) {
        return change(victimId, version, rj -> rj.plan(on), "Planned restorative justice");
    }

    public RestorativeJustice hold(UUID victimId, long version, LocalDate on) {
        return change(victimId, version, rj -> rj.hold(on, today()), "Recorded that restorative justice was held");
    }

    public RestorativeJustice recordOutcome(
            UUID victimId,
            long version,
            RestorativeJustice.Outcome outcome,
            String note,
            RestorativeJustice.Satisfaction satisfaction) {
        return change(
                victimId,
                version,
                rj -> rj.recordOutcome(outcome, note, satisfaction),
                "Recorded the outcome of restorative justice");
    }

    /** Reparation hours, against one of the child's orders' contract or requirement, or none (out of court). */
    public RestorativeJustice recordReparation(
            UUID victimId, long version, String against, Integer hoursPlanned, Integer hoursDone) {
        return change(
                victimId,
                version,
                rj -> rj.recordReparation(reparation.hours(rj.childId(), against, hoursPlanned, hoursDone)),
                "Recorded reparation hours");
    }

    /** What the reparation may count against: the child's orders' contracts and requirements with hours. */
    @Transactional(readOnly = true)
    public List<RestorativeJusticeReparation.Against> reparationOptions(RestorativeJustice rj) {
        return reparation.options(rj.childId());
    }

    /** One waiting approval: the RJ, its victim's name and the child's. */
    public record Waiting(RestorativeJustice rj, String victimName, String childName, String assessorName) {}

    /** The risk assessments of the user's services waiting for a manager's approval. The list is audited. */
    public List<Waiting> waitingForApproval() {
        require(Role.Capability.VICTIM_VIEW);
        CurrentUser user = CurrentUser.require();
        List<RestorativeJustice> waiting = repository.waitingForApproval(user.serviceIds());
        Map<UUID, ChildSummary> visible = children.visible(
                waiting.stream().map(RestorativeJustice::childId).toList());
        Map<UUID, String> names = directory.displayNames(
                waiting.stream().map(RestorativeJustice::riskAssessedBy).toList());
        List<Waiting> list = waiting.stream()
                .filter(rj -> visible.containsKey(rj.childId()))
                .map(rj -> new Waiting(
                        rj,
                        victims.find(rj.victimId()).map(h -> h.victim().name()).orElse(""),
                        visible.get(rj.childId()).name(),
                        names.getOrDefault(rj.riskAssessedBy(), "")))
                .toList();
        audit.viewedEach(list.stream()
                .map(w -> new AuditTrail.View(
                        w.rj().serviceId(),
                        w.rj().childId(),
                        RECORD_TYPE,
                        w.rj().victimId(),
                        "Viewed restorative justice waiting for approval"))
                .toList());
        return list;
    }

    /** People's names by account, for pages (the facilitator, the assessor, the approver). */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(RestorativeJustice rj) {
        return directory.displayNames(
                java.util.stream.Stream.of(rj.facilitatorId(), rj.riskAssessedBy(), rj.riskApprovedBy())
                        .filter(java.util.Objects::nonNull)
                        .toList());
    }

    private RestorativeJustice change(
            UUID victimId,
            long version,
            Function<RestorativeJustice, Change<RestorativeJustice>> step,
            String summary) {
        require(Role.Capability.VICTIM_WORK);
        VictimRepository.Held victim = victim(victimId);
        children.responsible(victim.childId());
        RestorativeJustice current =
                repository.ofVictim(victimId).orElseThrow(() -> new NotFoundException("Restorative justice"));
        repository.lock(current.id(), version, () -> audit.staleRecord(RECORD_TYPE, current.id(), version));
        Change<RestorativeJustice> change = step.apply(current);
        RestorativeJustice saved = repository.save(
                change, CurrentUser.require().username(), () -> audit.staleRecord(RECORD_TYPE, current.id(), version));
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CHANGED,
                RECORD_TYPE,
                saved.id(),
                saved.version(),
                summary,
                RestorativeJustice.AUDITED.changes(change.before(), saved));
        return saved;
    }

    private UUID facilitator(UUID serviceId, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        List<StaffMember> named = directory.membersNamed(serviceId, name.strip());
        if (named.size() != 1) {
            throw new InvalidRequestException(Map.of(
                    "facilitator",
                    named.isEmpty()
                            ? "Enter the name of a member of the service, as on their account"
                            : "More than one member of the service has that name: ask an administrator"));
        }
        return named.get(0).id();
    }

    private VictimRepository.Held victim(UUID victimId) {
        return victims.find(victimId)
                .filter(h -> CurrentUser.require().belongsTo(h.serviceId()))
                .orElseThrow(() -> new NotFoundException("Victim"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void require(Role.Capability capability) {
        if (!CurrentUser.require().can(capability)) {
            throw new AccessDeniedException("Restorative justice needs " + capability);
        }
    }
}
