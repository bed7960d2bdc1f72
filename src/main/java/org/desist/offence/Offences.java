package org.desist.offence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.offence.internal.OffenceRepository;
import org.desist.offence.internal.VictimRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offences and their victims, within the user's services, every view and change audited. Victims are read
 * and recorded only with the victim capabilities, and their details never enter the audit trail that the
 * child's side of the record shows.
 */
@Service
@Transactional
public class Offences {

    public static final String OFFENCE = "OFFENCE";
    public static final String VICTIM = "VICTIM";

    /** What the trail shows of an offence. */
    static final AuditedFields<Offence> AUDITED_OFFENCE = AuditedFields.<Offence>of()
            .field("Date of offence", Offence::offenceDate)
            .field("Category", Offence::category)
            .field(
                    "Gravity score",
                    Offence::gravity,
                    g -> g.adjusted() + " (" + g.scale().meaning(g.adjusted()) + ")");

    /** What the trail shows of a victim: nothing, deliberately — the child's history page shows this trail. */
    static final AuditedFields<Victim> AUDITED_VICTIM = AuditedFields.of();

    private final OffenceRepository offences;
    private final VictimRepository victims;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;
    private final GravityScale scale;
    private final ApplicationEventPublisher events;

    Offences(
            OffenceRepository offences,
            VictimRepository victims,
            ChildRecords children,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.offence.gravity-scale:CURRENT}") GravityScale scale,
            ApplicationEventPublisher events) {
        this.offences = offences;
        this.victims = victims;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
        this.scale = scale;
        this.events = events;
    }

    /** The gravity scale this service uses (a setting). */
    public GravityScale scale() {
        return scale;
    }

    /** What an offence is, as entered. */
    public record NewOffence(
            LocalDate offenceDate,
            String description,
            OffenceCategory category,
            Plea plea,
            String coAccused,
            boolean seriousYouthViolence,
            boolean weapon,
            Integer gravityScore,
            int gravityAdjustment,
            String gravityRationale) {}

    /** An offence of a child whose record the user is responsible for. */
    public Offence record(AccessibleChild child, NewOffence offence) {
        AccessibleChild responsible = child.responsible() ? child : children.responsibleChild(child.id());
        Change<Offence> change = Offence.record(
                UUID.randomUUID(),
                responsible.serviceId(),
                responsible.id(),
                responsible.summary().dateOfBirth(),
                offence,
                scale,
                LocalDate.now(clock));
        Offence saved = offences.insert(change, CurrentUser.require().username());
        audit.changed(
                saved.serviceId(),
                saved.childId(),
                AuditAction.CREATED,
                OFFENCE,
                saved.id(),
                0,
                "Recorded an offence: " + saved.category().label(),
                AUDITED_OFFENCE.changes(null, saved));
        change.publish(events::publishEvent);
        return saved;
    }

    /** The child's offences, newest first; the view is audited. */
    public List<Offence> ofChild(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), OFFENCE, null, "Viewed offences");
        return offences.ofChild(child.id());
    }

    /** Whether this offence is one of the child's (e.g. before another module links it to the child's work). */
    @Transactional(readOnly = true)
    public boolean isOffenceOf(UUID offenceId, AccessibleChild child) {
        return offences.isOffenceOf(offenceId, child.id());
    }

    public Offence get(UUID offenceId) {
        Offence offence = offences.find(offenceId).orElseThrow(() -> new NotFoundException("Offence"));
        children.visible(offence.childId());
        return offence;
    }

    /** An offence's victims: only for roles that need them; the view is audited without their details. */
    public List<Victim> victimsOf(UUID offenceId) {
        require(Role.Capability.VICTIM_VIEW);
        Offence offence = get(offenceId);
        // Victims are shared with the child's home service only, never with a caretaking host service.
        children.responsible(offence.childId());
        audit.viewed(offence.serviceId(), offence.childId(), VICTIM, offenceId, "Viewed the victims of an offence");
        return victims.ofOffence(offenceId);
    }

    public UUID recordVictim(
            UUID offenceId, Victim.Kind kind, String name, String contact, String wishes, boolean consents) {
        require(Role.Capability.VICTIM_EDIT);
        Offence offence = get(offenceId);
        children.responsible(offence.childId());
        Change<Victim> change = Victim.record(UUID.randomUUID(), offenceId, kind, name, contact, wishes, consents);
        Victim saved =
                victims.insert(offence, change.after(), CurrentUser.require().username());
        // Deliberately no field values (AUDITED_VICTIM has none): the child's history page shows this trail.
        audit.changed(
                offence.serviceId(),
                offence.childId(),
                AuditAction.CREATED,
                VICTIM,
                saved.id(),
                0,
                "Recorded a victim of an offence (details held separately)",
                AUDITED_VICTIM.changes(null, saved));
        change.publish(events::publishEvent);
        return saved.id();
    }

    private static void require(Role.Capability capability) {
        if (!CurrentUser.require().can(capability)) {
            throw new AccessDeniedException("Victims' details need " + capability);
        }
    }
}
