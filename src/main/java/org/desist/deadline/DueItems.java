package org.desist.deadline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Due items follow their triggers automatically: created when a trigger happens, moved when its date is
 * corrected, cancelled when it is withdrawn, met when the fulfilling record is made. Every change is
 * audited in the caller's transaction.
 */
public interface DueItems {

    /** What a trigger concerns: the child, their service, the record that started it and who owns the work. */
    record Trigger(String event, UUID serviceId, UUID childId, String recordType, UUID recordId, UUID ownerId) {}

    /** The trigger happened on {@code date}: creates a due item for every rule it starts. */
    List<DueItem> triggered(Trigger trigger, LocalDate date);

    /** The trigger's date was wrong: open items move to the corrected due date. */
    List<DueItem> triggerDateCorrected(UUID triggerRecordId, String event, LocalDate correctedDate);

    /** The trigger was withdrawn (e.g. an order revoked): its open items are cancelled with the reason. */
    List<DueItem> triggerWithdrawn(UUID triggerRecordId, String event, String reason);

    /**
     * The record that started them ended (e.g. an order closed): whatever of its items is still open no longer
     * applies and is cancelled with the reason.
     */
    List<DueItem> recordEnded(UUID triggerRecordId, String reason);

    /**
     * A record that fulfils a rule was made for the trigger record (e.g. the initial panel of that order):
     * its open item is met; a repeating rule starts again from that day.
     */
    List<DueItem> fulfilled(UUID triggerRecordId, String fulfilledBy, UUID fulfillingRecordId, LocalDate on);

    List<DueItem> forChild(UUID childId);

    /** The items a record (e.g. an intervention) started, soonest first. */
    List<DueItem> forRecord(UUID triggerRecordId);

    /** The work moved to another person (e.g. the intervention was reallocated): its open items follow. */
    List<DueItem> reassigned(UUID triggerRecordId, UUID newOwnerId);

    /**
     * The child's case moved to another youth justice service: every item of the child goes with it (its
     * history included); open items whose owner is not among {@code staffOfNewService} are left unowned
     * for the receiving service to allocate.
     */
    List<DueItem> childTransferred(UUID childId, UUID toServiceId, Set<UUID> staffOfNewService);

    /** Open items owned by a person, in the given services, soonest first. */
    List<DueItem> openFor(UUID ownerId, Collection<UUID> serviceIds);

    /** Open items across the given services, soonest first (a manager's team view). */
    List<DueItem> openIn(Collection<UUID> serviceIds);

    /**
     * The due items of these rules in these services, open or not, due on or after {@code dueFrom}, soonest
     * first: for views across a service (e.g. the joint-working duties, what was met late).
     */
    List<DueItem> ofRulesIn(Collection<UUID> serviceIds, Collection<String> ruleIds, LocalDate dueFrom);

    /**
     * The items these records started (open or not), soonest first: one read for many cases (e.g. the evidence from
     * the record behind the inspection-readiness view).
     */
    List<DueItem> forRecords(Collection<UUID> triggerRecordIds);

    /** Of these children, those with a due item (open or not) of one of these rules. */
    Set<UUID> childrenWithItemsOf(Collection<UUID> childIds, Collection<String> ruleIds);
}
