package org.desist.victim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Directory;
import org.desist.security.Role;
import org.desist.security.StaffMember;
import org.desist.victim.internal.VictimWorkRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The victim worker's work with victims (Victims' Code 2021): read with {@code VICTIM_VIEW} within the user's
 * services (another service's victim is not found), changed with {@code VICTIM_WORK} as the person saw it (one
 * versioned save; stale when someone saved since). The audit rows name what changed, never who the victim is.
 */
@Service
@Transactional
public class VictimWorks {

    /**
     * What the trail shows of a victim's work: states, counts and dates only — never a name, contact, wish, need or
     * note (the child's history page shows this trail).
     */
    static final AuditedFields<VictimWork> AUDITED = AuditedFields.<VictimWork>of()
            .field("Allocated to a victim worker", w -> w.workerId() == null ? "No" : "Yes")
            .field("Offences", w -> w.offenceIds().size())
            .field("Contacts and attempts", w -> w.contacts().size())
            .field("Consent to contact", w -> w.contactConsent().label())
            .field("Consent to sharing", w -> w.sharingConsent().label())
            .field("Wishes to share recorded", w -> w.sharedWishes() == null ? "No" : "Yes")
            .field("Victims' Code offers", w -> w.offers().size())
            .field("Support referrals", w -> w.supportReferrals().size())
            .field("Updates given", w -> w.updates().size())
            .field("Referred to the Victim Liaison Unit on", VictimWork::vluReferredOn)
            .field("Closed on", VictimWork::closedOn);

    private final VictimWorkRepository works;
    private final VictimWorkFacts facts;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VictimWorks(
            VictimWorkRepository works,
            VictimWorkFacts facts,
            Directory directory,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.works = works;
        this.facts = facts;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A victim in a list: their work, the worker's name and when a first contact attempt is due (null: none). */
    public record Entry(VictimWork work, String workerName, LocalDate firstContactDue, boolean overdue) {}

    /** The signed-in victim worker's open victims, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> mine() {
        CurrentUser user = require(Role.Capability.VICTIM_VIEW);
        return entries(works.openOfWorker(user.id(), user.serviceIds()));
    }

    /** The victims of the user's services (open first), or only those of one worker of theirs. */
    @Transactional(readOnly = true)
    public List<Entry> ofServices(UUID workerId) {
        CurrentUser user = require(Role.Capability.VICTIM_VIEW);
        return entries(
                workerId == null
                        ? works.ofServices(user.serviceIds())
                        : works.openOfWorker(workerId, user.serviceIds()));
    }

    private List<Entry> entries(List<VictimWork> list) {
        var names = directory.displayNames(list.stream()
                .map(VictimWork::workerId)
                .filter(java.util.Objects::nonNull)
                .toList());
        LocalDate today = LocalDate.now(clock);
        var firstContact = facts.firstContactDue(list);
        return list.stream()
                .map(w -> {
                    LocalDate due = firstContact.get(w.id());
                    return new Entry(
                            w,
                            w.workerId() == null ? null : names.get(w.workerId()),
                            due,
                            due != null && due.isBefore(today));
                })
                .toList();
    }

    /** One victim's work in the user's services; the view is audited without their details. */
    public VictimWork get(UUID victimId) {
        require(Role.Capability.VICTIM_VIEW);
        VictimWork work = scoped(victimId);
        audit.viewed(work.serviceId(), work.childId(), Victims.VICTIM, victimId, "Viewed a victim's work");
        return work;
    }

    /** The victim's offences with the child's name: for the victim worker only (VICTIM_WORK). */
    @Transactional(readOnly = true)
    public List<VictimWorkFacts.LinkedOffence> offences(VictimWork work) {
        require(Role.Capability.VICTIM_WORK);
        return facts.offences(work);
    }

    /** The child's offences the victim is not linked to yet (for linking): for the victim worker only. */
    @Transactional(readOnly = true)
    public List<org.desist.offence.Offence> otherOffencesOfTheChild(VictimWork work) {
        require(Role.Capability.VICTIM_WORK);
        return facts.otherOffencesOfTheChild(work);
    }

    /** Whether the victim is eligible for probation's Victim Contact Service ({@link VictimContactScheme}). */
    @Transactional(readOnly = true)
    public boolean eligibleForVictimContactService(VictimWork work) {
        return facts.eligibleForVictimContactService(work);
    }

    /** When the first contact attempt is due (null when none is: contacted, consent refused, or closed). */
    public LocalDate firstContactDue(VictimWork work) {
        return facts.firstContactDue(work);
    }

    /** The victim workers of the victim's service, for allocation. */
    @Transactional(readOnly = true)
    public List<StaffMember> victimWorkers(UUID serviceId) {
        return directory.staffWith(serviceId, Role.Capability.VICTIM_WORK);
    }

    public VictimWork allocate(UUID victimId, long version, UUID workerId) {
        return change(victimId, version, w -> w.allocate(workerId, isVictimWorker(w, workerId)), "Allocated a victim");
    }

    public VictimWork linkOffence(UUID victimId, long version, UUID offenceId) {
        return change(
                victimId,
                version,
                w -> w.linkOffence(offenceId, facts.isOffenceOfService(offenceId, w.serviceId())),
                "Linked a victim to another offence");
    }

    public VictimWork recordContact(UUID victimId, long version, VictimContact contact) {
        VictimContact c = new VictimContact(
                UUID.randomUUID(),
                contact.occurredAt(),
                contact.method(),
                contact.withWhom(),
                contact.made(),
                blankToNull(contact.outcome()),
                blankToNull(contact.reason()),
                Instant.now(clock),
                CurrentUser.require().username());
        return change(
                victimId,
                version,
                w -> w.recordContact(c, Instant.now(clock)),
                c.made() ? "Recorded a contact with a victim" : "Recorded an attempt to contact a victim");
    }

    public VictimWork recordConsent(UUID victimId, long version, VictimConsent consent) {
        VictimConsent c = new VictimConsent(
                UUID.randomUUID(),
                consent.subject(),
                consent.decision(),
                consent.decidedOn(),
                consent.lawfulBasis(),
                blankToNull(consent.note()),
                Instant.now(clock),
                CurrentUser.require().username());
        return change(victimId, version, w -> w.recordConsent(c, LocalDate.now(clock)), "Recorded a victim's consent");
    }

    public VictimWork recordWishes(UUID victimId, long version, VictimWork.Wishes wishes) {
        return change(victimId, version, w -> w.recordWishes(wishes), "Recorded a victim's wishes and needs");
    }

    public VictimWork recordOffer(
            UUID victimId, long version, VictimOffer.Offer offer, LocalDate on, VictimOffer.Response response) {
        VictimOffer o = new VictimOffer(
                UUID.randomUUID(),
                offer,
                on,
                response,
                Instant.now(clock),
                CurrentUser.require().username());
        return change(victimId, version, w -> w.recordOffer(o, LocalDate.now(clock)), "Recorded a Victims' Code offer");
    }

    public VictimWork referToSupport(UUID victimId, long version, String service, LocalDate on, String note) {
        VictimSupportReferral r = new VictimSupportReferral(
                UUID.randomUUID(),
                blankToNull(service),
                on,
                blankToNull(note),
                Instant.now(clock),
                CurrentUser.require().username());
        return change(
                victimId,
                version,
                w -> w.referToSupport(r, LocalDate.now(clock)),
                "Referred a victim to a support service");
    }

    public VictimWork recordUpdate(
            UUID victimId, long version, VictimUpdate.KeyPoint keyPoint, LocalDate on, String note) {
        VictimUpdate u = new VictimUpdate(
                UUID.randomUUID(),
                keyPoint,
                on,
                blankToNull(note),
                Instant.now(clock),
                CurrentUser.require().username());
        String what = keyPoint == null || on == null
                ? ""
                : ": " + keyPoint.label().toLowerCase(java.util.Locale.UK) + ", given on "
                        + on.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        return change(
                victimId,
                version,
                w -> w.recordUpdate(u, LocalDate.now(clock)),
                "Recorded an update given to a victim" + what);
    }

    public VictimWork referToVictimLiaisonUnit(UUID victimId, long version, LocalDate on, String note) {
        return change(
                victimId,
                version,
                w -> w.referToVictimLiaisonUnit(
                        on, note, facts.eligibleForVictimContactService(w), LocalDate.now(clock)),
                "Referred a victim to the Victim Liaison Unit");
    }

    public VictimWork close(UUID victimId, long version, LocalDate on, String reason) {
        return change(
                victimId, version, w -> w.close(on, reason, LocalDate.now(clock)), "Closed the work with a victim");
    }

    private VictimWork change(
            UUID victimId, long version, Function<VictimWork, Change<VictimWork>> method, String summary) {
        CurrentUser user = require(Role.Capability.VICTIM_WORK);
        scoped(victimId);
        works.lock(victimId, version, () -> audit.staleRecord(Victims.VICTIM, victimId, version));
        VictimWork before = works.find(victimId).orElseThrow();
        Change<VictimWork> change = method.apply(before);
        VictimWork saved =
                works.save(change, user.username(), () -> audit.staleRecord(Victims.VICTIM, victimId, version));
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CHANGED,
                Victims.VICTIM,
                saved.id(),
                saved.version(),
                summary + " (details held separately)",
                AUDITED.changes(before, saved));
        change.saved(saved).publish(events::publishEvent);
        return saved;
    }

    private boolean isVictimWorker(VictimWork work, UUID workerId) {
        return workerId != null && victimWorkers(work.serviceId()).stream().anyMatch(s -> s.id().equals(workerId));
    }

    private VictimWork scoped(UUID victimId) {
        return works.find(victimId)
                .filter(w -> CurrentUser.require().belongsTo(w.serviceId()))
                .orElseThrow(() -> new NotFoundException("Victim"));
    }

    private static CurrentUser require(Role.Capability capability) {
        CurrentUser user = CurrentUser.require();
        if (!user.can(capability)) {
            throw new AccessDeniedException("Victims' work needs " + capability);
        }
        return user;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
