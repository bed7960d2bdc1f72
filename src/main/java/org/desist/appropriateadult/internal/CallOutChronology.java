package org.desist.appropriateadult.internal;

import java.time.LocalDate;
import java.util.List;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.platform.Clocks;
import org.springframework.stereotype.Component;

/**
 * Each call-out about the child on their chronology: "Appropriate adult attended at … custody suite", with the
 * outcome. No link: the call-out's page is for those who keep the appropriate adult service.
 */
@Component
class CallOutChronology implements ChronologySource {

    private final CallOutRepository callOuts;

    CallOutChronology(CallOutRepository callOuts) {
        this.callOuts = callOuts;
    }

    @Override
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        return callOuts.ofChild(child.id()).stream()
                .map(c -> new ChronologyEntry(
                        LocalDate.ofInstant(c.requestedAt(), Clocks.UK),
                        ChronologyType.OFFENCE,
                        c.arrivedAt() != null
                                ? "Appropriate adult attended at " + c.custodySuite()
                                : "Appropriate adult requested by " + c.custodySuite(),
                        c.outcome() == null ? null : "Outcome: " + c.outcome().label(),
                        c.attendeeName(),
                        null,
                        c.id()))
                .toList();
    }
}
