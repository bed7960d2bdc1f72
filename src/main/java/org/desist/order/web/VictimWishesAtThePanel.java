package org.desist.order.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.child.ChildRecords;
import org.desist.intervention.Interventions;
import org.desist.offence.VictimWorkOnOffences;
import org.desist.order.CourtOrder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What victim work means for a referral order's panel and contract: the victims' wishes as the victim worker chose
 * to share them (they shape the contract's reparation) and when the victims can attend (the panel's time takes it
 * first: the joint protocol between children's social care and the YOS). Never who the victims are; nothing for a
 * caretaking host.
 */
@Component
class VictimWishesAtThePanel {

    private final VictimWorkOnOffences victimWork;
    private final Interventions interventions;
    private final ChildRecords children;

    VictimWishesAtThePanel(VictimWorkOnOffences victimWork, Interventions interventions, ChildRecords children) {
        this.victimWork = victimWork;
        this.interventions = interventions;
        this.children = children;
    }

    /** The victim work on the order's offences, in the order the victims were recorded. */
    List<VictimWorkOnOffences.VictimWorkSummary> of(CourtOrder order) {
        UUID childId = order.sentence().childId();
        if (children.seenAsHost(childId)) {
            return List.of();
        }
        Set<UUID> offences = new HashSet<>(interventions.offenceIds(order.interventionId()));
        return victimWork.of(children.accessible(childId)).stream()
                .filter(w -> offences.contains(w.offenceId()))
                .toList();
    }

    /** Adds {@code victimWork} and {@code victimAvailable} (any victim's availability recorded) to the page. */
    boolean addTo(CourtOrder order, Model model) {
        List<VictimWorkOnOffences.VictimWorkSummary> work = of(order);
        boolean available = work.stream().anyMatch(w -> w.panelAvailability() != null);
        model.addAttribute("victimWork", work);
        model.addAttribute("victimAvailable", available);
        return available;
    }
}
