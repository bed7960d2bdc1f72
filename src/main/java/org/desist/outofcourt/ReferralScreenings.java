package org.desist.outofcourt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.desist.deadline.DueItems;
import org.desist.outofcourt.OutOfCourtDisposals.NewScreening;
import org.desist.outofcourt.internal.ReferralRepository;
import org.desist.platform.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The YOS screening and assessment of a referral, with its specialist screenings: it meets the assessment's due item. */
@Service
@Transactional
class ReferralScreenings {

    private final Referrals referrals;
    private final ReferralRepository repository;
    private final ReferralTrail trail;
    private final DueItems dueItems;
    private final Clock clock;

    ReferralScreenings(
            Referrals referrals, ReferralRepository repository, ReferralTrail trail, DueItems dueItems, Clock clock) {
        this.referrals = referrals;
        this.repository = repository;
        this.trail = trail;
        this.dueItems = dueItems;
        this.clock = clock;
    }

    Referral recordScreening(UUID id, long version, NewScreening screening) {
        Change<Referral> change = referrals
                .current(id, version)
                .recordScreening(
                        new Referral.Screening(
                                screening.completedOn(),
                                screening.summary(),
                                screening.sources(),
                                screening.specialistScreenings()),
                        LocalDate.now(clock));
        Referral saved = repository.save(change);
        trail.changed(change, saved, "Recorded the YOS screening and assessment for the out-of-court referral");
        dueItems.fulfilled(
                id, OutOfCourtDisposals.ASSESSMENT, id, saved.screening().completedOn());
        return saved;
    }
}
