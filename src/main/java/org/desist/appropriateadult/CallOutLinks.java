package org.desist.appropriateadult;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.child.AccessibleChild;
import org.desist.court.CourtAppearance;
import org.desist.court.CourtAppearances;
import org.desist.outofcourt.OutOfCourtDisposals;
import org.desist.outofcourt.Referral;
import org.desist.platform.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a call-out led to: for a known child whose call-out ended in an out-of-court referral, one of the child's
 * referrals; ended in a charge, one of the child's court appearances. Read through those modules' APIs (their views
 * audited there), linked by id on the call-out.
 */
@Service
@Transactional
public class CallOutLinks {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CallOuts callOuts;
    private final OutOfCourtDisposals outOfCourt;
    private final CourtAppearances court;

    CallOutLinks(CallOuts callOuts, OutOfCourtDisposals outOfCourt, CourtAppearances court) {
        this.callOuts = callOuts;
        this.outOfCourt = outOfCourt;
        this.court = court;
    }

    /** A record the call-out may link to: its id, how a person reads it, and where its page is. */
    public record Linkable(UUID id, String label, String href) {}

    /** The child's records of the kind the call-out's outcome leads to, newest first; none while the child is unknown. */
    public List<Linkable> candidates(CallOut callOut) {
        Optional<AccessibleChild> child = callOuts.childOf(callOut);
        if (child.isEmpty() || callOut.outcome() == null || !callOut.outcome().leadsToARecord()) {
            return List.of();
        }
        if (callOut.outcome() == CallOut.Outcome.OUT_OF_COURT_REFERRAL) {
            return outOfCourt.ofChild(child.get()).stream()
                    .map(CallOutLinks::referral)
                    .toList();
        }
        return court.appearances(child.get()).stream()
                .map(a -> appearance(a, child.get()))
                .toList();
    }

    /** The record the call-out links to, if it still is one of the child's. */
    public Optional<Linkable> linked(CallOut callOut) {
        if (callOut.linkedRecordId() == null) {
            return Optional.empty();
        }
        return candidates(callOut).stream()
                .filter(l -> l.id().equals(callOut.linkedRecordId()))
                .findFirst();
    }

    /** The call-out linked to one of its candidates (as the person saw it at {@code version}). */
    public CallOut link(UUID callOutId, long version, UUID recordId) {
        CallOut callOut = callOuts.get(callOutId);
        if (recordId != null && candidates(callOut).stream().noneMatch(l -> l.id().equals(recordId))) {
            throw new InvalidRequestException(Map.of("linkedRecordId", "Select one of the child's records listed"));
        }
        return callOuts.linkRecord(callOutId, version, recordId);
    }

    private static Linkable referral(Referral r) {
        return new Linkable(
                r.id(),
                "Out-of-court referral of " + DATE.format(r.referralDate())
                        + (r.policeReference() == null ? "" : " (" + r.policeReference() + ")"),
                "/out-of-court/" + r.id());
    }

    private static Linkable appearance(CourtAppearance a, AccessibleChild child) {
        return new Linkable(
                a.id(),
                a.courtName() + ", " + DATE.format(a.appearanceDate()) + " ("
                        + a.hearingType().label() + ")",
                "/children/" + child.id() + "/court");
    }
}
