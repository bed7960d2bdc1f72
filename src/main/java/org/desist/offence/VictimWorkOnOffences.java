package org.desist.offence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.child.AccessibleChild;

/**
 * What victim work means for a child's case, never who the victim is or how to reach them (Victims' Code 2021:
 * victims are people in their own right). Answered by the victim module; read on the child's side (offences, the
 * plan's victims section, the referral order panel) by anyone who may see the child.
 */
public interface VictimWorkOnOffences {

    /** For each victim of the child's offences, in the order they were recorded: nothing that identifies them. */
    List<VictimWorkSummary> of(AccessibleChild child);

    /** How many victims each offence has (offences with none are absent): a count, never who. */
    Map<UUID, Long> victimsOn(Collection<UUID> offenceIds);

    /**
     * One victim's work on an offence of the child.
     *
     * @param state where the work stands, in a few words (e.g. "Victim contacted, wishes shared, RJ declined")
     * @param sharedWishes the victim's wishes as the victim worker chose to share them with the case, or null
     * @param panelAvailability when the victim can attend a referral order panel or give their views, or null
     */
    record VictimWorkSummary(UUID offenceId, String state, String sharedWishes, String panelAvailability) {}
}
