package org.desist.order;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.platform.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral order's youth offender panels and contract (YJB case management guidance). Panels meet their due
 * items; signing the contract starts the order running and sets the progress panels going every 3 months. The
 * rules are {@link CourtOrder}'s.
 */
@Service
@Transactional
public class ReferralOrders {

    /** The trigger of the repeating progress panel rule (rules.json {@code referral-order-progress-panel}). */
    public static final String CONTRACT_SIGNED = "REFERRAL_ORDER_CONTRACT_SIGNED";

    private final OrderLedger ledger;
    private final DueItems dueItems;

    ReferralOrders(OrderLedger ledger, DueItems dueItems) {
        this.ledger = ledger;
        this.dueItems = dueItems;
    }

    public record NewPanel(
            PanelKind kind,
            LocalDate heldOn,
            List<String> communityMembers,
            String yosMember,
            Boolean parentAttended,
            String parentAbsenceReason,
            LocalDate reportSharedOn,
            PanelOutcome outcome,
            String notes) {}

    public record NewContract(LocalDate signedOn, String reparation, List<String> activities) {}

    /** Records a panel that sat; refuses one that was not properly constituted. Meets the panel's due item. */
    public Panel recordPanel(UUID interventionId, long version, NewPanel request) {
        OrderLedger.Current current = ledger.current(
                ledger.order(interventionId, InterventionType.REFERRAL_ORDER, "Youth offender panels sit"), version);
        UUID id = UUID.randomUUID();
        Change<CourtOrder> change = current.order()
                .recordPanel(id, request, current.child().summary().dateOfBirth());
        CourtOrder saved = ledger.save(change);
        Panel panel = saved.panel(id).orElseThrow();
        ledger.audited(
                change,
                saved,
                AuditAction.CREATED,
                "Recorded the " + panel.kind().label().toLowerCase() + " of " + panel.heldOn()
                        + (panel.reportFlag() != null ? " (" + panel.reportFlag() + ")" : ""),
                Panel.AUDITED.changes(null, panel)); // a new panel: each of its fields
        panel.kind().fulfils().ifPresent(record -> dueItems.fulfilled(interventionId, record, id, panel.heldOn()));
        if (panel.kind() == PanelKind.FINAL) {
            // The final panel ends the order's panels: no further progress panel falls due.
            dueItems.triggerWithdrawn(interventionId, CONTRACT_SIGNED, "Final panel held on " + panel.heldOn());
        }
        return panel;
    }

    /** The contract agreed at a panel is signed: the order runs from its signing, and progress panels follow. */
    public Contract signContract(UUID interventionId, long version, NewContract request) {
        Intervention order = ledger.order(interventionId, InterventionType.REFERRAL_ORDER, "A contract is signed");
        OrderLedger.Current current = ledger.current(order, version);
        Change<CourtOrder> change = current.order().signContract(request);
        CourtOrder saved = ledger.save(change);
        Contract contract = saved.contract();
        ledger.audited(
                change,
                saved,
                AuditAction.CREATED,
                "Recorded the referral order contract signed on " + contract.signedOn(),
                Contract.AUDITED.changes(change.before().contract(), contract));
        dueItems.triggered(
                new DueItems.Trigger(
                        CONTRACT_SIGNED,
                        order.serviceId(),
                        order.childId(),
                        Interventions.RECORD_TYPE,
                        interventionId,
                        order.caseManagerId()),
                contract.signedOn());
        return contract;
    }
}
