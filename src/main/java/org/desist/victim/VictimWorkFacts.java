package org.desist.victim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a victim's work reads from the child's side of the record: the offences and the child's name (for the victim
 * worker only), the custodial sentences for the Victim Contact Service, and the working days to a first contact.
 */
@Component
public class VictimWorkFacts {

    private final Offences offences;
    private final ChildRecords children;
    private final Interventions interventions;
    private final WorkingDayCalendar calendar;
    private final int firstContactWorkingDays;
    private final int custodyMonths;

    VictimWorkFacts(
            Offences offences,
            ChildRecords children,
            Interventions interventions,
            WorkingDayCalendar calendar,
            @Value("${desist.victims.first-contact-working-days:10}") int firstContactWorkingDays,
            @Value("${desist.victims.vcs-custody-months:12}") int custodyMonths) {
        this.offences = offences;
        this.children = children;
        this.interventions = interventions;
        this.calendar = calendar;
        this.firstContactWorkingDays = firstContactWorkingDays;
        this.custodyMonths = custodyMonths;
    }

    /** One of the victim's offences as the victim worker sees it. */
    public record LinkedOffence(Offence offence, String childName) {}

    List<LinkedOffence> offences(VictimWork work) {
        List<LinkedOffence> linked = new ArrayList<>();
        for (UUID id : work.offenceIds()) {
            Offence offence = offences.get(id);
            linked.add(new LinkedOffence(
                    offence, children.visible(offence.childId()).name()));
        }
        return linked;
    }

    List<Offence> otherOffencesOfTheChild(VictimWork work) {
        return offences.ofChild(children.accessible(work.childId())).stream()
                .filter(o -> !work.offenceIds().contains(o.id()))
                .toList();
    }

    boolean isOffenceOfService(UUID offenceId, UUID serviceId) {
        if (offenceId == null) {
            return false;
        }
        try {
            return offences.get(offenceId).serviceId().equals(serviceId);
        } catch (NotFoundException e) {
            return false;
        }
    }

    boolean eligibleForVictimContactService(VictimWork work) {
        List<VictimContactScheme.OffenceSentenced> sentenced = new ArrayList<>();
        for (UUID id : work.offenceIds()) {
            Offence offence = offences.get(id);
            AccessibleChild child = children.accessible(offence.childId());
            List<VictimContactScheme.Sentenced> sentences = new ArrayList<>();
            for (Intervention i : interventions.ofChild(child)) {
                if ((i.type() == InterventionType.DETENTION_AND_TRAINING_ORDER
                                || i.type() == InterventionType.LONGER_DETENTION)
                        && interventions.offenceIds(i.id()).contains(id)) {
                    sentences.add(new VictimContactScheme.Sentenced(i.type(), i.startDate(), i.endDate()));
                }
            }
            sentenced.add(new VictimContactScheme.OffenceSentenced(id, offence.category(), sentences));
        }
        return VictimContactScheme.eligible(sentenced, custodyMonths);
    }

    /**
     * A first contact attempt is due {@code first-contact-working-days} after the victim was recorded, until one is
     * made; none while the victim has refused or withdrawn consent to contact, or once the work is closed.
     */
    LocalDate firstContactDue(VictimWork work) {
        if (work.closed()
                || !work.contacts().isEmpty()
                || !work.contactConsent().raisesContactPrompts()) {
            return null;
        }
        try {
            return calendar.addWorkingDays(work.recordedOn(), firstContactWorkingDays);
        } catch (DateOutsideCalendarException e) {
            return work.recordedOn().plusDays(firstContactWorkingDays * 7L / 5);
        }
    }
}
