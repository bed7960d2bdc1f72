package org.desist.programme.internal;

import java.util.ArrayList;
import java.util.List;
import org.desist.child.AccessibleChild;
import org.desist.chronology.ChronologyEntry;
import org.desist.chronology.ChronologySource;
import org.desist.chronology.ChronologyType;
import org.desist.programme.Completion;
import org.desist.programme.Enrolment;
import org.desist.programme.Programmes;
import org.desist.programme.ReferralOutcome;
import org.desist.programme.SpecialistReferral;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The child's programmes and referrals in the chronology: each enrolment (on its start date), how it ended,
 * each referral to a specialist or partner (on the day it was made) and its latest outcome. Nothing of victims
 * is recorded here.
 */
@Component
class ProgrammeChronology implements ChronologySource {

    private final Programmes programmes;

    ProgrammeChronology(Programmes programmes) {
        this.programmes = programmes;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChronologyEntry> entriesFor(AccessibleChild child) {
        List<ChronologyEntry> entries = new ArrayList<>();
        for (var work : programmes.recordedForChild(child)) {
            String href = "/interventions/" + work.interventionId() + "/programmes";
            for (Enrolment e : work.enrolments()) {
                entries.add(new ChronologyEntry(
                        e.startDate(),
                        ChronologyType.PROGRAMME,
                        "Enrolled on " + e.programmeName(),
                        e.topic().label() + ", " + e.delivery().label().toLowerCase() + ", delivered by "
                                + e.deliveredBy(),
                        e.enrolledBy(),
                        href,
                        e.id()));
                if (!e.ongoing()) {
                    entries.add(new ChronologyEntry(
                            e.completedOn(),
                            ChronologyType.PROGRAMME,
                            e.programmeName() + ": " + e.completion().label().toLowerCase(),
                            e.counts().summary()
                                    + (e.completion() == Completion.NOT_COMPLETED
                                            ? ". Why: " + e.notCompletedReason()
                                            : ""),
                            e.completedBy(),
                            href,
                            e.id()));
                }
            }
            for (SpecialistReferral r : work.referrals()) {
                entries.add(new ChronologyEntry(
                        r.referredOn(),
                        ChronologyType.PROGRAMME,
                        "Referral made to " + r.to(),
                        r.reason(),
                        r.referredBy(),
                        href,
                        r.id()));
                if (r.outcome() != ReferralOutcome.AWAITING) {
                    entries.add(new ChronologyEntry(
                            r.outcomeOn(),
                            ChronologyType.PROGRAMME,
                            "Referral to " + r.to() + ": " + r.outcome().label().toLowerCase(),
                            r.outcomeNotes(),
                            r.outcomeBy(),
                            href,
                            r.id()));
                }
            }
        }
        return entries;
    }
}
