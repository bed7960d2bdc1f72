package org.desist.deadline.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.deadline.DateOutsideCalendarException;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItemRule;
import org.desist.deadline.DueItemRules;
import org.desist.deadline.DueItems;
import org.desist.deadline.Offset;
import org.desist.deadline.WorkingDayCalendar;
import org.desist.platform.VersionedUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Due items raised, moved, met, cancelled and reassigned, each change audited, in the transaction of the change
 * that caused it ({@code due_item}); the lists read through {@link DueItemLists}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class JdbcDueItems implements DueItems {

    static final String RECORD_TYPE = "DUE_ITEM";

    private final JdbcClient jdbc;
    private final DueItemRules rules;
    private final WorkingDayCalendar calendar;
    private final AuditTrail audit;
    private final DueItemLists lists;

    JdbcDueItems(
            JdbcClient jdbc, DueItemRules rules, WorkingDayCalendar calendar, AuditTrail audit, DueItemLists lists) {
        this.jdbc = jdbc;
        this.lists = lists;
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
    }

    @Override
    public List<DueItem> triggered(Trigger trigger, LocalDate date) {
        List<DueItem> created = new ArrayList<>();
        for (DueItemRule rule : rules.triggeredBy(trigger.event())) {
            created.add(create(
                    rule,
                    trigger.serviceId(),
                    trigger.childId(),
                    trigger.recordType(),
                    trigger.recordId(),
                    trigger.ownerId(),
                    date));
        }
        return created;
    }

    private DueItem create(
            DueItemRule rule,
            UUID serviceId,
            UUID childId,
            String recordType,
            UUID recordId,
            UUID ownerId,
            LocalDate triggerDate) {
        var due = dueAfter(rule, triggerDate);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into due_item (id, service_id, child_id, rule_id, trigger_record_type, trigger_record_id,
                            trigger_date, due_date, due_date_reason, status, owner_id, created_at, updated_at)
                        values (:id, :service, :child, :rule, :type, :record, :trigger, :due, :reason, 'OPEN', :owner,
                            now(), now())
                        """)
                .param("id", id)
                .param("service", serviceId)
                .param("child", childId)
                .param("rule", rule.id())
                .param("type", recordType)
                .param("record", recordId)
                .param("trigger", triggerDate)
                .param("due", due.date())
                .param("reason", due.reason())
                .param("owner", ownerId)
                .update();
        DueItem item = lists.find(id);
        audit.changed(
                serviceId,
                childId,
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                rule.name() + " due " + due.date(),
                List.of(new FieldChange("Due date", null, due.date() + " (" + due.reason() + ")")));
        return item;
    }

    /** The due date, or a refusal naming the trigger date (the date a user entered) when the calendar ends first. */
    private Offset.DueDate dueAfter(DueItemRule rule, LocalDate triggerDate) {
        try {
            return rule.offset().dueAfter(triggerDate, calendar);
        } catch (DateOutsideCalendarException e) {
            throw e.forDate(triggerDate);
        }
    }

    @Override
    public List<DueItem> triggerDateCorrected(UUID triggerRecordId, String event, LocalDate correctedDate) {
        List<DueItem> moved = new ArrayList<>();
        for (DueItem item : open(triggerRecordId, event)) {
            var due = dueAfter(item.rule(), correctedDate);
            if (due.date().equals(item.dueDate()) && correctedDate.equals(item.triggerDate())) {
                continue;
            }
            VersionedUpdate.of(jdbc, """
                            update due_item set trigger_date = :trigger, due_date = :due, due_date_reason = :reason,
                                   updated_at = now(), version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("trigger", correctedDate)
                    .param("due", due.date())
                    .param("reason", due.reason())
                    .param("id", item.id())
                    .param("version", item.version())
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, item.id(), item.version()));
            DueItem after = lists.find(item.id());
            audit.changed(
                    item.serviceId(),
                    item.childId(),
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    item.id(),
                    after.version(),
                    item.rule().name() + " moved: the trigger date was corrected",
                    List.of(new FieldChange(
                            "Due date",
                            item.dueDate() + " (" + item.dueDateReason() + ")",
                            due.date() + " (" + due.reason() + ")")));
            moved.add(after);
        }
        return moved;
    }

    @Override
    public List<DueItem> triggerWithdrawn(UUID triggerRecordId, String event, String reason) {
        return cancel(open(triggerRecordId, event), reason);
    }

    @Override
    public List<DueItem> recordEnded(UUID triggerRecordId, String reason) {
        return cancel(lists.openByTrigger(triggerRecordId), reason);
    }

    private List<DueItem> cancel(List<DueItem> items, String reason) {
        List<DueItem> cancelled = new ArrayList<>();
        for (DueItem item : items) {
            VersionedUpdate.of(jdbc, """
                            update due_item set status = 'CANCELLED', cancelled_reason = :reason, updated_at = now(),
                                   version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("reason", reason)
                    .param("id", item.id())
                    .param("version", item.version())
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, item.id(), item.version()));
            DueItem after = lists.find(item.id());
            audit.changed(
                    item.serviceId(),
                    item.childId(),
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    item.id(),
                    after.version(),
                    item.rule().name() + " cancelled: " + reason,
                    List.of(new FieldChange("Status", "Open", "Cancelled")));
            cancelled.add(after);
        }
        return cancelled;
    }

    @Override
    public List<DueItem> fulfilled(UUID triggerRecordId, String fulfilledBy, UUID fulfillingRecordId, LocalDate on) {
        List<DueItem> met = new ArrayList<>();
        for (DueItem item : lists.openByTrigger(triggerRecordId)) {
            if (!item.rule().fulfilledBy().equals(fulfilledBy)) {
                continue;
            }
            VersionedUpdate.of(jdbc, """
                            update due_item set status = 'MET', met_on = :on, met_by_record_type = :type,
                                   met_by_record_id = :record, updated_at = now(), version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("on", on)
                    .param("type", fulfilledBy)
                    .param("record", fulfillingRecordId)
                    .param("id", item.id())
                    .param("version", item.version())
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, item.id(), item.version()));
            DueItem after = lists.find(item.id());
            audit.changed(
                    item.serviceId(),
                    item.childId(),
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    item.id(),
                    after.version(),
                    item.rule().name() + (after.metLate() ? " met late" : " met"),
                    List.of(new FieldChange("Status", "Open", "Met on " + on)));
            met.add(after);
            if (item.rule().repeats()) {
                met.add(create(
                        item.rule(),
                        item.serviceId(),
                        item.childId(),
                        item.triggerRecordType(),
                        item.triggerRecordId(),
                        item.ownerId(),
                        on));
            }
        }
        return met;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<DueItem> forChild(UUID childId) {
        return lists.forChild(childId);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<DueItem> forRecord(UUID triggerRecordId) {
        return lists.forRecord(triggerRecordId);
    }

    @Override
    public List<DueItem> reassigned(UUID triggerRecordId, UUID newOwnerId) {
        List<DueItem> moved = new ArrayList<>();
        for (DueItem item : lists.openByTrigger(triggerRecordId)) {
            if (Objects.equals(item.ownerId(), newOwnerId)) {
                continue;
            }
            VersionedUpdate.of(
                            jdbc,
                            "update due_item set owner_id = :owner, updated_at = now(), version = version + 1 where id = :id and version = :version")
                    .param("owner", newOwnerId)
                    .param("id", item.id())
                    .param("version", item.version())
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, item.id(), item.version()));
            DueItem after = lists.find(item.id());
            audit.changed(
                    item.serviceId(),
                    item.childId(),
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    item.id(),
                    after.version(),
                    item.rule().name() + " reassigned with its work",
                    List.of(new FieldChange("Owner", idOrNull(item.ownerId()), idOrNull(newOwnerId))));
            moved.add(after);
        }
        return moved;
    }

    @Override
    public List<DueItem> childTransferred(UUID childId, UUID toServiceId, Set<UUID> staffOfNewService) {
        List<DueItem> moved = new ArrayList<>();
        for (DueItem item : forChild(childId)) {
            if (item.serviceId().equals(toServiceId)) {
                continue;
            }
            boolean keepsOwner = item.ownerId() == null || staffOfNewService.contains(item.ownerId());
            UUID owner = item.status() == DueItem.Status.OPEN && !keepsOwner ? null : item.ownerId();
            VersionedUpdate.of(jdbc, """
                            update due_item set service_id = :service, owner_id = :owner, updated_at = now(),
                                   version = version + 1
                             where id = :id and version = :version
                            """)
                    .param("service", toServiceId)
                    .param("owner", owner)
                    .param("id", item.id())
                    .param("version", item.version())
                    .orElseThrow(() -> audit.staleRecord(RECORD_TYPE, item.id(), item.version()));
            DueItem after = lists.find(item.id());
            List<FieldChange> changes = new ArrayList<>();
            changes.add(
                    new FieldChange("Youth justice service", item.serviceId().toString(), toServiceId.toString()));
            if (!Objects.equals(owner, item.ownerId())) {
                changes.add(new FieldChange("Owner", idOrNull(item.ownerId()), null));
            }
            // Both services' trails show the item leaving and arriving.
            audit.changed(
                    item.serviceId(),
                    childId,
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    item.id(),
                    after.version(),
                    item.rule().name() + " moved with the case to another service",
                    changes);
            audit.changed(
                    toServiceId,
                    childId,
                    AuditAction.CHANGED,
                    RECORD_TYPE,
                    item.id(),
                    after.version(),
                    item.rule().name() + " received with the case from another service",
                    changes);
            moved.add(after);
        }
        return moved;
    }

    private static String idOrNull(UUID id) {
        return id == null ? null : id.toString();
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<DueItem> openFor(UUID ownerId, Collection<UUID> serviceIds) {
        return lists.openFor(ownerId, serviceIds);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<DueItem> openIn(Collection<UUID> serviceIds) {
        return lists.openIn(serviceIds);
    }

    @Override
    public List<DueItem> ofRulesIn(Collection<UUID> serviceIds, Collection<String> ruleIds, LocalDate dueFrom) {
        return lists.ofRulesIn(serviceIds, ruleIds, dueFrom);
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Set<UUID> childrenWithItemsOf(Collection<UUID> childIds, Collection<String> ruleIds) {
        return lists.childrenWithItemsOf(childIds, ruleIds);
    }

    private List<DueItem> open(UUID triggerRecordId, String event) {
        return lists.openByTrigger(triggerRecordId).stream()
                .filter(i -> i.rule().trigger().equals(event))
                .toList();
    }
}
