package org.desist.order;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.intervention.InterventionType;
import org.desist.platform.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court order with everything recorded on it, and a grave crime sentence's release and licence. Reads go
 * through the intervention, so an order is visible exactly when its intervention is.
 */
@Service
@Transactional
public class CourtOrders {

    private final OrderLedger ledger;
    private final AuditTrail audit;

    CourtOrders(OrderLedger ledger, AuditTrail audit) {
        this.ledger = ledger;
        this.audit = audit;
    }

    /** The order (an intervention of kind court order), or 404 when it is not one the user may see. */
    @Transactional(readOnly = true)
    public CourtOrder get(UUID interventionId) {
        return ledger.load(ledger.order(interventionId));
    }

    /** Someone looked at the order: the child's record was viewed. */
    public void viewed(CourtOrder order) {
        audit.viewed(
                order.sentence().serviceId(),
                order.sentence().childId(),
                OrderLedger.RECORD_TYPE,
                order.interventionId(),
                "Viewed the " + order.sentence().type().label().toLowerCase());
    }

    /**
     * A sentence of detention for a grave crime: the date the child is (or was) released and the date licence
     * supervision ends (YJB case management guidance). A correction replaces the dates, audited.
     */
    public CourtOrder recordLicence(
            UUID interventionId, long version, LocalDate releaseDate, LocalDate licenceEndDate) {
        OrderLedger.Current current = ledger.current(
                ledger.order(interventionId, InterventionType.LONGER_DETENTION, "Release and licence are recorded"),
                version);
        Change<CourtOrder> change = current.order().recordLicence(releaseDate, licenceEndDate);
        CourtOrder saved = ledger.save(change);
        ledger.audited(
                change,
                saved,
                change.before().licence() == null ? AuditAction.CREATED : AuditAction.CHANGED,
                "Recorded release on " + releaseDate + " and licence to " + licenceEndDate,
                CourtOrder.LICENCE_AUDITED.changes(change.before(), saved));
        return saved;
    }
}
