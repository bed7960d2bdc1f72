package org.desist.order;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditedFields;
import org.desist.deadline.DueItems;
import org.desist.intervention.ClosureReason;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Breaches of an order and what was decided (YJB case management guidance, §9; the rules are
 * {@link CourtOrder#recordBreach}'s). A revocation and resentence links the new order to the one it replaced and
 * closes the old one, cancelling what it still had due.
 */
@Service
@Transactional
public class OrderBreaches {

    private final OrderLedger ledger;
    private final Interventions interventions;
    private final DueItems dueItems;

    /** What the trail shows of a breach: its own fields and the new order of a resentence, by its name. */
    private final AuditedFields<Breach> audited;

    OrderBreaches(OrderLedger ledger, Interventions interventions, DueItems dueItems) {
        this.ledger = ledger;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audited = Breach.AUDITED.field("Replaced by", Breach::newInterventionId, ledger::orderLabel);
    }

    public record NewBreach(
            LocalDate breachedOn,
            BreachedWhat breachedWhat,
            UUID requirementId,
            String details,
            BreachDecidedBy decidedBy,
            BreachOutcome outcome,
            UUID newInterventionId) {}

    public Breach record(UUID interventionId, long version, NewBreach request) {
        OrderLedger.Current current = ledger.current(ledger.order(interventionId), version);
        Intervention order = current.order().sentence();
        UUID id = UUID.randomUUID();
        Change<CourtOrder> change = current.order().recordBreach(id, request, replacement(request.newInterventionId()));
        CourtOrder saved = ledger.save(change);
        Breach breach = saved.breach(id).orElseThrow();
        ledger.audited(
                change,
                saved,
                AuditAction.CREATED,
                "Recorded a breach of the " + order.type().label().toLowerCase() + ": "
                        + breach.outcome().label(),
                audited.changes(null, breach)); // a new breach: each of its fields
        if (breach.newInterventionId() != null) {
            interventions.close(order.id(), order.version(), ClosureReason.RESENTENCED, null, breach.breachedOn());
            // The intervention cancels what its start set going; the progress panels its contract started go too.
            dueItems.triggerWithdrawn(order.id(), ReferralOrders.CONTRACT_SIGNED, ClosureReason.RESENTENCED.label());
        }
        return breach;
    }

    /** The new order of a resentence, if one was named and the user may see it. */
    private Intervention replacement(UUID newInterventionId) {
        if (newInterventionId == null) {
            return null;
        }
        try {
            return interventions.get(newInterventionId);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
