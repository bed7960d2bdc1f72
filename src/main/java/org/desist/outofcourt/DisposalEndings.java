package org.desist.outofcourt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.outofcourt.internal.ReferralRepository;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a disposal being delivered ended: completed, or not complied with. Its intervention closes (as completed or
 * breached) in the same transaction.
 */
@Service
@Transactional
class DisposalEndings {

    private final Referrals referrals;
    private final ReferralRepository repository;
    private final ReferralTrail trail;
    private final Interventions interventions;
    private final OutcomeNames names;

    DisposalEndings(
            Referrals referrals,
            ReferralRepository repository,
            ReferralTrail trail,
            Interventions interventions,
            OutcomeNames names) {
        this.referrals = referrals;
        this.repository = repository;
        this.trail = trail;
        this.interventions = interventions;
        this.names = names;
    }

    /** The child completed the disposal: its intervention closes as completed. */
    Referral complete(UUID id, long version, LocalDate on, String exitStrategy) {
        Referral before = referrals.current(id, version);
        Intervention delivered = interventions.get(before.deliveredBy());
        try {
            interventions.close(delivered.id(), delivered.version(), ClosureReason.COMPLETED, exitStrategy, on);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException(endedOn(e.errors()));
        }
        Change<Referral> change = before.complete(on);
        Referral saved = repository.save(change);
        trail.changed(
                change,
                saved,
                "The child completed the "
                        + names.name(before.panel().decision()).toLowerCase());
        return saved;
    }

    /**
     * The child did not comply with the disposal: its intervention closes as breached, and the referral records what
     * happened and whether it went back to the police.
     */
    Referral notComplied(UUID id, long version, LocalDate on, String what, Boolean referredBackToPolice) {
        Referral before = referrals.current(id, version);
        Intervention delivered = interventions.get(before.deliveredBy());
        Map<String, String> closing = Map.of();
        try {
            interventions.close(delivered.id(), delivered.version(), ClosureReason.BREACHED, null, on);
        } catch (InvalidRequestException e) {
            closing = endedOn(e.errors());
        }
        Change<Referral> change = before.notComply(on, what, referredBackToPolice, closing);
        Referral saved = repository.save(change);
        trail.changed(
                change,
                saved,
                "The child did not comply with the "
                        + names.name(before.panel().decision()).toLowerCase());
        return saved;
    }

    /** The intervention's problems, keyed by this module's field names. */
    private static Map<String, String> endedOn(Map<String, String> interventionProblems) {
        Map<String, String> problems = new LinkedHashMap<>();
        interventionProblems.forEach((field, message) ->
                problems.put(field.equals("closedOn") || field.equals("reason") ? "endedOn" : field, message));
        return problems;
    }
}
