package org.desist.victim.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A part of victim work (contact and consent, restorative justice…) saying where it stands for each victim in a few
 * words, without the victim's details: e.g. "victim contacted", "wishes shared", "RJ declined". The child's side
 * joins the statements of every part into one line per victim.
 */
interface VictimWorkStatement {

    /** The order this part's words come in the line (lower first). */
    int order();

    /** Each victim's statements; a victim with nothing to say is absent. */
    Map<UUID, List<String>> about(Collection<UUID> victimIds);
}
