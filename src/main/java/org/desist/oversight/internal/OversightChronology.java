package org.desist.oversight.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.springframework.stereotype.Component;

/** The child's management oversight, for the chronology: when, the judgement, the direction given, by whom. */
@Component
class OversightChronology implements ChronologySource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final OversightRepository oversight;

    OversightChronology(OversightRepository oversight) {
        this.oversight = oversight;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        return oversight.ofChild(child.id()).stream()
                .map(o -> new ChronologyEntry(
                        o.recordedOn(),
                        ChronologyType.OVERSIGHT,
                        "Management oversight: " + o.judgement().label().toLowerCase(),
                        o.direction() != null ? o.direction() : "Next oversight due " + DATE.format(o.nextDue()),
                        o.managerName(),
                        "/interventions/" + o.interventionId() + "/oversight",
                        o.id()))
                .toList();
    }
}
