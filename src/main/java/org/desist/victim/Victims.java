package org.desist.victim;

import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.ChildRecords;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.desist.security.Role;
import org.desist.victim.internal.VictimRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Victims of offences, within the user's services, every view and change audited. Victims are read and recorded
 * only with the victim capabilities, and their details never enter the audit trail that the child's side of the
 * record shows (Victims' Code 2021: victims are people in their own right).
 */
@Service
@Transactional
public class Victims {

    /** The audit trail's entity type of a victim record. */
    public static final String VICTIM = "VICTIM";

    /** What the trail shows of a victim: nothing, deliberately — the child's history page shows this trail. */
    static final AuditedFields<Victim> AUDITED_VICTIM = AuditedFields.of();

    private final VictimRepository victims;
    private final Offences offences;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Victims(
            VictimRepository victims,
            Offences offences,
            ChildRecords children,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.victims = victims;
        this.offences = offences;
        this.children = children;
        this.audit = audit;
        this.events = events;
    }

    /** An offence's victims: only for roles that need them; the view is audited without their details. */
    public List<Victim> ofOffence(UUID offenceId) {
        require(Role.Capability.VICTIM_VIEW);
        Offence offence = responsibleOffence(offenceId);
        audit.viewed(offence.serviceId(), offence.childId(), VICTIM, offenceId, "Viewed the victims of an offence");
        return victims.ofOffence(offenceId);
    }

    /**
     * One victim of the user's services, for the roles that need victims; the view is audited without their details.
     * Another service's victim, or one that does not exist, is not found.
     */
    public Victim find(UUID victimId) {
        require(Role.Capability.VICTIM_VIEW);
        VictimRepository.Held held = victims.find(victimId)
                .filter(h -> CurrentUser.require().belongsTo(h.serviceId()))
                .orElseThrow(() -> new NotFoundException("Victim"));
        audit.viewed(held.serviceId(), held.childId(), VICTIM, victimId, "Viewed a victim's record");
        return held.victim();
    }

    /** A victim of an offence of a child the user's service is responsible for. */
    public UUID record(UUID offenceId, Victim.Kind kind, String name, String contact, String wishes, boolean consents) {
        require(Role.Capability.VICTIM_EDIT);
        Offence offence = responsibleOffence(offenceId);
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

    /** The offence, when the user's service is the child's home service (victims are never shared with a host). */
    private Offence responsibleOffence(UUID offenceId) {
        Offence offence = offences.get(offenceId);
        children.responsible(offence.childId());
        return offence;
    }

    private static void require(Role.Capability capability) {
        if (!CurrentUser.require().can(capability)) {
            throw new AccessDeniedException("Victims' details need " + capability);
        }
    }
}
