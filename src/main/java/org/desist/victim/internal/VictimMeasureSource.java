package org.desist.victim.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A part of victim work that contributes figures to the victim measures (YJB KPI 10: victims contacted, offered
 * restorative justice, consented, took part, satisfied, kept informed) for a service and a period, each figure with
 * the victims behind it so that permitted roles can drill down.
 */
interface VictimMeasureSource {

    /** The order this part's figures come on the page (lower first). */
    int order();

    List<Figure> figures(UUID serviceId, LocalDate from, LocalDate to);

    /**
     * @param key stable, for the API (e.g. "offeredRestorativeJustice")
     * @param label as on the page
     * @param denominatorKey the key of the figure this one is a share of, or null
     * @param victimIds the victims behind the figure (never shown to a role without the victim capability)
     */
    record Figure(String key, String label, String denominatorKey, List<UUID> victimIds) {
        public int count() {
            return victimIds.size();
        }
    }
}
