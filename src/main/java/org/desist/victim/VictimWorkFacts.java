package org.desist.victim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.offence.Offence;
import org.desist.offence.Offences;
import org.desist.platform.NotFoundException;
import org.desist.victim.internal.FirstContactDue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a victim's work reads from the child's side of the record: the offences and the child's name (for the victim
 * worker only), the custodial sentences for the Victim Contact Service, and when a first contact is due.
 */
@Component
public class VictimWorkFacts {

    private final Offences offences;
    private final ChildRecords children;
    private final Interventions interventions;
    private final FirstContactDue firstContact;
    private final int custodyMonths;

    VictimWorkFacts(
            Offences offences,
            ChildRecords children,
            Interventions interventions,
            FirstContactDue firstContact,
            @Value("${desist.victim.vcs-custody-months:12}") int custodyMonths) {
        this.offences = offences;
        this.children = children;
        this.interventions = interventions;
        this.firstContact = firstContact;
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
     * When a first contact attempt is due for each of these victims (absent when none is: attempted, closed, or the
     * victim refused or withdrew consent to contact): the same rule as the victim worker's My work.
     */
    java.util.Map<UUID, LocalDate> firstContactDue(java.util.Collection<VictimWork> works) {
        return firstContact.of(works.stream().map(VictimWork::id).toList());
    }

    LocalDate firstContactDue(VictimWork work) {
        return firstContactDue(List.of(work)).get(work.id());
    }
}
