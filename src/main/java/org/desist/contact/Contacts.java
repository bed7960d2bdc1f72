package org.desist.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.contact.internal.ComplianceRepository;
import org.desist.contact.internal.ContactRepository;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts on an intervention, planned then recorded, the warnings unacceptable absences lead to and the
 * compliance panels held before any breach (YJB case management guidance, contact and compliance). Every read goes
 * through the intervention (visible exactly when it is); every change first through
 * {@link ChildRecords#responsible}, then the aggregate's rules ({@link Contact}, {@link Warning},
 * {@link CompliancePanel}), audited with the child; a contact is corrected from the version read (optimistic
 * locking).
 */
@Service
@Transactional
public class Contacts {

    public static final String CONTACT = "CONTACT";
    public static final String WARNING = "CONTACT_WARNING";
    public static final String PANEL = "COMPLIANCE_PANEL";

    /** What the trail shows of a contact, before and after its change. */
    static final AuditedFields<Contact> AUDITED_CONTACT = AuditedFields.<Contact>of()
            .field("When", Contact::when)
            .field("Type", Contact::type)
            .field("Place", Contact::place)
            .field("Outcome", Contact::outcome)
            .field("Reason for the absence", Contact::absenceReason)
            .field("Parent or carer attended", Contact::parentAttended, attended -> attended ? "Yes" : "No")
            .field("Others who attended", Contact::othersAttended)
            .field("Notes", Contact::notes);

    static final AuditedFields<Warning> AUDITED_WARNING = AuditedFields.<Warning>of()
            .field("Given on", Warning::givenOn)
            .field("Given by", Warning::givenBy)
            .field("How", Warning::method);

    static final AuditedFields<CompliancePanel> AUDITED_PANEL = AuditedFields.<CompliancePanel>of()
            .field("Held on", CompliancePanel::heldOn)
            .field("Decision", CompliancePanel::decision);

    private final ContactRepository contacts;
    private final ComplianceRepository compliance;
    private final Interventions interventions;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;
    private final ComplianceThresholds thresholds;

    Contacts(
            ContactRepository contacts,
            ComplianceRepository compliance,
            Interventions interventions,
            ChildRecords children,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.contact.compliance-panel-after:2}") int compliancePanelAfter,
            @Value("${desist.contact.breach-consideration-after:3}") int breachConsiderationAfter) {
        this.contacts = contacts;
        this.compliance = compliance;
        this.interventions = interventions;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
        this.thresholds = new ComplianceThresholds(compliancePanelAfter, breachConsiderationAfter);
    }

    public record NewWarning(UUID contactId, LocalDate givenOn, String givenBy, WarningMethod method) {}

    public record NewPanel(
            LocalDate heldOn,
            PanelDecision decision,
            String engagement,
            String motivation,
            String barriers,
            String notes) {}

    // Reading ----------------------------------------------------------------------------------------------

    /** The intervention's contacts, warnings, panels, counts and compliance stage. */
    @Transactional(readOnly = true)
    public ContactLog log(UUID interventionId) {
        UUID id = interventions.get(interventionId).id();
        return ContactLog.of(
                id, contacts.ofIntervention(id), compliance.warnings(id), compliance.panels(id), thresholds);
    }

    /**
     * The log of each of these interventions homed in the signed-in person's services, by intervention: one read
     * for many cases, in three queries whatever their number. No audit row: the caller audits what it shows.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ContactLog> logsOf(java.util.Collection<UUID> interventionIds) {
        java.util.Set<UUID> mine =
                interventions.homedIn(interventionIds, CurrentUser.require().serviceIds());
        Map<UUID, List<Contact>> byIntervention = contacts.ofInterventions(mine).stream()
                .collect(java.util.stream.Collectors.groupingBy(Contact::interventionId));
        Map<UUID, List<Warning>> warnings = compliance.warnings(mine);
        Map<UUID, List<CompliancePanel>> panels = compliance.panels(mine);
        Map<UUID, ContactLog> logs = new java.util.HashMap<>();
        for (UUID id : mine) {
            logs.put(
                    id,
                    ContactLog.of(
                            id,
                            byIntervention.getOrDefault(id, List.of()),
                            warnings.getOrDefault(id, List.of()),
                            panels.getOrDefault(id, List.of()),
                            thresholds));
        }
        return logs;
    }

    /** As {@link #log}, for a page or API answer: the view is audited. */
    public ContactLog viewed(UUID interventionId) {
        ContactLog log = log(interventionId);
        Intervention intervention = interventions.get(interventionId);
        audit.viewed(
                intervention.serviceId(),
                intervention.childId(),
                Interventions.RECORD_TYPE,
                intervention.id(),
                "Viewed the contacts of the " + intervention.type().label().toLowerCase());
        return log;
    }

    /** One contact, if the user may see its intervention; otherwise 404. */
    @Transactional(readOnly = true)
    public Contact get(UUID contactId) {
        Contact contact = contacts.find(contactId).orElseThrow(() -> new NotFoundException("Contact"));
        interventions.get(contact.interventionId());
        return contact;
    }

    // Contacts ---------------------------------------------------------------------------------------------

    /** A contact planned: a date and a type; who attended and the outcome come when it is recorded. */
    public Contact plan(UUID interventionId, ContactDetails details) {
        Intervention intervention = changeable(interventionId);
        return created(
                intervention,
                Contact.plan(UUID.randomUUID(), intervention.id(), details, began(intervention), now()),
                "Planned a contact: ");
    }

    /** A contact that happened, planned or not: who attended and the outcome. */
    public Contact record(UUID interventionId, ContactDetails details) {
        Intervention intervention = changeable(interventionId);
        return created(
                intervention,
                Contact.record(UUID.randomUUID(), intervention.id(), details, began(intervention), now()),
                "Recorded a contact: ");
    }

    /**
     * Records the outcome of a planned contact, or corrects a contact, from the version read (409 when someone
     * else changed it first). A contact a warning was given for stays an unacceptable absence.
     */
    public Contact update(UUID contactId, long version, ContactDetails details) {
        Contact seen = get(contactId);
        Intervention intervention = changeable(seen.interventionId());
        Supplier<StaleRecordException> stale = () -> audit.staleRecord(CONTACT, contactId, version);
        contacts.lock(contactId, version, stale);
        Contact before = contacts.find(contactId).orElseThrow();
        boolean warned = compliance.warnings(intervention.id()).stream()
                .anyMatch(w -> w.contactId().equals(contactId));
        Change<Contact> change = before.correct(details, began(intervention), now(), warned);
        Contact saved = contacts.save(change, stale);
        audited(
                intervention,
                AuditAction.CHANGED,
                CONTACT,
                contactId,
                saved.version(),
                (before.recorded() ? "Corrected a contact: " : "Recorded the outcome of a contact: ")
                        + saved.describe(),
                AUDITED_CONTACT.changes(before, saved));
        return saved;
    }

    // Compliance -------------------------------------------------------------------------------------------

    /** The warning given for an unacceptable absence (one for each). */
    public Warning warn(UUID interventionId, NewWarning request) {
        Intervention intervention = changeable(interventionId);
        Contact absence = request.contactId() == null
                ? null
                : log(interventionId).awaitingWarning().stream()
                        .filter(c -> c.id().equals(request.contactId()))
                        .findFirst()
                        .orElse(null);
        Change<Warning> given = Warning.give(
                UUID.randomUUID(), absence, request.givenOn(), request.givenBy(), request.method(), today());
        Warning warning = compliance.insertWarning(
                given, intervention.id(), CurrentUser.require().username());
        audited(
                intervention,
                AuditAction.CREATED,
                WARNING,
                warning.id(),
                0,
                "Gave a warning (" + warning.method().label().toLowerCase() + ") for the unacceptable absence on "
                        + absence.date(),
                AUDITED_WARNING.changes(null, warning));
        return warning;
    }

    /** A compliance panel: the child's engagement, motivation and what got in the way, and its decision. */
    public CompliancePanel recordPanel(UUID interventionId, NewPanel request) {
        Intervention intervention = changeable(interventionId);
        Change<CompliancePanel> held = CompliancePanel.hold(
                UUID.randomUUID(),
                request.heldOn(),
                request.decision(),
                request.engagement(),
                request.motivation(),
                request.barriers(),
                request.notes(),
                began(intervention),
                today());
        CompliancePanel panel = compliance.insertPanel(
                held, intervention.id(), CurrentUser.require().username());
        audited(
                intervention,
                AuditAction.CREATED,
                PANEL,
                panel.id(),
                0,
                "Recorded a compliance panel held on " + panel.heldOn() + ": "
                        + panel.decision().label().toLowerCase(),
                AUDITED_PANEL.changes(null, panel));
        return panel;
    }

    // Internals --------------------------------------------------------------------------------------------

    /** The intervention, if the user's service is responsible for the child and the work is still open. */
    private Intervention changeable(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        // Only the child's home service changes the record; a caretaking host service sees it (403).
        children.responsible(intervention.childId());
        if (intervention.status() == Intervention.Status.CLOSED) {
            throw new InvalidRequestException(
                    Map.of("intervention", "This intervention has ended: nothing more can be recorded on it"));
        }
        return intervention;
    }

    private Contact created(Intervention intervention, Change<Contact> change, String summary) {
        Contact saved = contacts.insert(change, CurrentUser.require().username());
        audited(
                intervention,
                AuditAction.CREATED,
                CONTACT,
                saved.id(),
                0,
                summary + saved.describe(),
                AUDITED_CONTACT.changes(null, saved));
        return saved;
    }

    /** When the work began: its referral, or its start. */
    private static LocalDate began(Intervention intervention) {
        return intervention.referredOn() != null ? intervention.referredOn() : intervention.startDate();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void audited(
            Intervention intervention,
            AuditAction action,
            String recordType,
            UUID id,
            long version,
            String summary,
            List<FieldChange> changes) {
        audit.changed(
                intervention.serviceId(), intervention.childId(), action, recordType, id, version, summary, changes);
    }
}
