package org.desist.offence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.offence.internal.OffenceRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's offences, within the user's services, every view and change audited. Their victims are the victim
 * module's, never shown on the child's side of the record.
 */
@Service
@Transactional
public class Offences {

    public static final String OFFENCE = "OFFENCE";

    /** What the trail shows of an offence. */
    static final AuditedFields<Offence> AUDITED_OFFENCE = AuditedFields.<Offence>of()
            .field("Date of offence", Offence::offenceDate)
            .field("Category", Offence::category)
            .field(
                    "Gravity score",
                    Offence::gravity,
                    g -> g.adjusted() + " (" + g.scale().meaning(g.adjusted()) + ")");

    private final OffenceRepository offences;
    private final VictimWorkOnOffences victimWork;
    private final ChildRecords children;
    private final AuditTrail audit;
    private final Clock clock;
    private final GravityScale scale;
    private final ApplicationEventPublisher events;

    Offences(
            OffenceRepository offences,
            VictimWorkOnOffences victimWork,
            ChildRecords children,
            AuditTrail audit,
            Clock clock,
            @Value("${desist.offence.gravity-scale:CURRENT}") GravityScale scale,
            ApplicationEventPublisher events) {
        this.offences = offences;
        this.victimWork = victimWork;
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
        return withVictims(offences.ofChild(child.id()));
    }

    /** Whether this offence is one of the child's (e.g. before another module links it to the child's work). */
    @Transactional(readOnly = true)
    public boolean isOffenceOf(UUID offenceId, AccessibleChild child) {
        return offences.isOffenceOf(offenceId, child.id());
    }

    public Offence get(UUID offenceId) {
        Offence offence = offences.find(offenceId).orElseThrow(() -> new NotFoundException("Offence"));
        children.visible(offence.childId());
        return withVictims(List.of(offence)).get(0);
    }

    private List<Offence> withVictims(List<Offence> list) {
        Map<UUID, Long> counts =
                victimWork.victimsOn(list.stream().map(Offence::id).toList());
        return list.stream()
                .map(o -> o.withVictims(counts.getOrDefault(o.id(), 0L)))
                .toList();
    }
}
