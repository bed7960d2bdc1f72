package org.desist.order;

import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.intervention.InterventionType;
import org.desist.platform.Change;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A youth rehabilitation order's requirements, each checked against Sentencing Act 2020 Sch. 6. */
@Service
@Transactional
public class OrderRequirements {

    private final OrderLedger ledger;

    OrderRequirements(OrderLedger ledger) {
        this.ledger = ledger;
    }

    /** Adds a requirement the court imposed; refuses one the law does not allow for this child or order. */
    public Requirement add(UUID interventionId, long version, RequirementRules.Proposed request) {
        OrderLedger.Current current = ledger.current(
                ledger.order(interventionId, InterventionType.YOUTH_REHABILITATION_ORDER, "Requirements are recorded"),
                version);
        UUID id = UUID.randomUUID();
        Change<CourtOrder> change = current.order()
                .addRequirement(id, request, current.child().summary().dateOfBirth());
        CourtOrder saved = ledger.save(change);
        Requirement added = saved.requirement(id).orElseThrow();
        ledger.audited(
                change,
                saved,
                AuditAction.CREATED,
                "Added a " + added.type().label().toLowerCase() + " requirement",
                Requirement.AUDITED.changes(null, added)); // a new requirement: each of its fields
        return added;
    }
}
