package org.desist.order;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.InterventionType;
import org.desist.intervention.Interventions;
import org.desist.order.internal.CourtOrderRepository;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.StaleRecordException;
import org.desist.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The steps every change of a court order goes through, in the caller's transaction: find the order through its
 * intervention (which checks the user may see the child), check the user is responsible for the child and take the
 * order's lock at the version they saw, load it, save the aggregate's change, write its audit row and publish its
 * events. The services ({@link ReferralOrders}, {@link OrderRequirements}, {@link OrderBreaches},
 * {@link SocialCareAtPanels}, {@link CourtOrders}) ask the {@link CourtOrder} for the change in between.
 */
@Component
class OrderLedger {

    static final String RECORD_TYPE = "COURT_ORDER";

    private final CourtOrderRepository repository;
    private final Interventions interventions;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final ChildRecords children;
    private final ApplicationEventPublisher events;

    OrderLedger(
            CourtOrderRepository repository,
            Interventions interventions,
            DueItems dueItems,
            AuditTrail audit,
            ChildRecords children,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.interventions = interventions;
        this.dueItems = dueItems;
        this.audit = audit;
        this.children = children;
        this.events = events;
    }

    /** An order as the person saw it, locked for their change, and the child (they are responsible for it). */
    record Current(CourtOrder order, AccessibleChild child) {}

    /** The intervention, if it is a court order the user may see; otherwise 404. */
    Intervention order(UUID interventionId) {
        Intervention intervention = interventions.get(interventionId);
        if (intervention.type().kind() != InterventionType.Kind.COURT_ORDER) {
            throw new NotFoundException("Court order");
        }
        return intervention;
    }

    /** The order, if it is of this type; a field error otherwise. */
    Intervention order(UUID interventionId, InterventionType type, String what) {
        Intervention intervention = order(interventionId);
        if (intervention.type() != type) {
            throw new InvalidRequestException(Map.of(
                    "order",
                    what + " only for a " + type.label().toLowerCase() + ", not a "
                            + intervention.type().label().toLowerCase()));
        }
        return intervention;
    }

    /**
     * The order as the person saw it at {@code version}: only the child's home service changes an order (a caretaking
     * host service sees it, 403), and its lock is taken before its rules read it (409 when someone saved since).
     */
    Current current(Intervention sentence, long version) {
        AccessibleChild child = children.responsibleChild(sentence.childId());
        repository.lock(sentence.id(), version, () -> stale(sentence.id(), version));
        return new Current(load(sentence), child);
    }

    /** Saves the change at the version the person saw; the order as saved. */
    CourtOrder save(Change<CourtOrder> change) {
        CourtOrder before = change.before();
        repository.save(
                change, CurrentUser.require().username(), () -> stale(before.interventionId(), before.version()));
        return load(change.after().sentence());
    }

    /** The audit row of a saved change, against the child and the order; then the change's events. */
    void audited(
            Change<CourtOrder> change,
            CourtOrder saved,
            AuditAction action,
            String summary,
            List<FieldChange> changes) {
        Intervention sentence = saved.sentence();
        audit.changed(
                sentence.serviceId(),
                sentence.childId(),
                action,
                RECORD_TYPE,
                sentence.id(),
                saved.version(),
                summary,
                changes);
        change.publish(events::publishEvent);
    }

    /** The order with everything recorded on it, and its due items. */
    CourtOrder load(Intervention sentence) {
        UUID id = sentence.id();
        Contract contract = repository.contract(id).orElse(null);
        OrderTerms.Span runs = contract != null && sentence.endDate() != null
                ? OrderTerms.referralOrderRuns(contract.signedOn(), sentence.startDate(), sentence.endDate())
                : null;
        OrderTerms.DetentionAndTraining dto =
                sentence.type() == InterventionType.DETENTION_AND_TRAINING_ORDER && sentence.endDate() != null
                        ? OrderTerms.detentionAndTraining(sentence.startDate(), sentence.endDate())
                        : null;
        List<Breach> breaches = repository.breaches(id);
        CourtOrder.Resentence replacedBy = breaches.stream()
                .filter(b -> b.newInterventionId() != null)
                .findFirst()
                .map(b -> new CourtOrder.Resentence(
                        b.newInterventionId(), orderLabel(b.newInterventionId()), b.breachedOn()))
                .orElse(null);
        CourtOrder.Resentence replaces = repository
                .replaces(id)
                .map(r -> new CourtOrder.Resentence(r.interventionId(), orderLabel(r.interventionId()), r.on()))
                .orElse(null);
        var due = dueItems.forChild(sentence.childId()).stream()
                .filter(i -> id.equals(i.triggerRecordId()))
                .toList();
        return new CourtOrder(
                sentence,
                repository.version(id),
                contract,
                runs,
                repository.panels(id),
                repository.requirements(id),
                dto,
                repository.licence(id).orElse(null),
                breaches,
                replaces,
                replacedBy,
                due,
                repository.socialCare(id));
    }

    /** Another order of the child, as the trail and the page name it. */
    String orderLabel(UUID interventionId) {
        try {
            Intervention other = interventions.get(interventionId);
            return other.type().label() + " from " + other.startDate();
        } catch (NotFoundException e) {
            return "An order held by another service";
        }
    }

    /** Somebody else changed the order since {@code version}. */
    StaleRecordException stale(UUID interventionId, long version) {
        return audit.staleRecord(RECORD_TYPE, interventionId, version);
    }
}
