package org.desist.jointworking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint-protocol duties of a child (remand and custody, domain reference 03) as due items with the
 * service that owns each, and the record of each one done.
 */
@Service
public class JointDuties {

    static final String RECORD_TYPE = "JOINT_DUTY";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final LookedAfterRecords lookedAfter;
    private final AuditTrail audit;
    private final Clock clock;
    private final YosWorkers yosWorkers;
    private final Interventions interventions;

    JointDuties(
            JdbcClient jdbc,
            ChildRecords children,
            DueItems dueItems,
            LookedAfterRecords lookedAfter,
            AuditTrail audit,
            Clock clock,
            YosWorkers yosWorkers,
            Interventions interventions) {
        this.jdbc = jdbc;
        this.children = children;
        this.dueItems = dueItems;
        this.lookedAfter = lookedAfter;
        this.audit = audit;
        this.clock = clock;
        this.yosWorkers = yosWorkers;
        this.interventions = interventions;
    }

    /** A duty's due item with how it was done, once it was. */
    public record Duty(DueItem item, JointDuty duty, Optional<DoneRecord> done, boolean signOffNeeded) {}

    public record DoneRecord(
            UUID id,
            LocalDate doneOn,
            String doneBy,
            String how,
            List<String> checklist,
            LocalDate signedOffOn,
            boolean socialWorkerAtCourt,
            String recordedBy,
            String agency,
            Boolean qualifiedSocialWorker,
            LocalDate iroToldOn,
            boolean noAllocatedSocialWorker) {}

    /** The child's joint-protocol duties for someone who may see the child, soonest first; the view is audited. */
    @Transactional
    public List<Duty> viewed(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the joint-protocol duties");
        return of(childId);
    }

    /** The child's joint-protocol duties, soonest first (the caller has been allowed to see the child). */
    @Transactional(readOnly = true)
    public List<Duty> of(UUID childId) {
        ChildSummary child = children.visible(childId);
        Map<UUID, DoneRecord> done = jdbc
                .sql("select * from joint_duty_record where child_id = :child")
                .param("child", childId)
                .query((rs, n) -> Map.entry(rs.getObject("due_item_id", UUID.class), record(rs)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
        return dueItems.forChild(childId).stream()
                .flatMap(item -> JointDuty.ofRule(item.rule().id()).stream()
                        .map(duty -> new Duty(
                                item,
                                duty,
                                Optional.ofNullable(done.get(item.id())),
                                signOffNeeded(child, duty, item))))
                .sorted(java.util.Comparator.comparing((Duty d) -> d.item().dueDate()))
                .toList();
    }

    /** One open duty of the child, for recording it done. */
    @Transactional(readOnly = true)
    public Duty open(UUID childId, UUID dueItemId) {
        return of(childId).stream()
                .filter(d -> d.item().id().equals(dueItemId))
                .filter(d -> d.item().status() == DueItem.Status.OPEN)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No open joint-working duty " + dueItemId));
    }

    /** The duty was done: recorded with its checklist, and its due item met (late ones show as late). */
    @Transactional
    public DoneRecord recordDone(UUID childId, UUID dueItemId, JointDutyRules.Done done) {
        ChildSummary child = children.responsible(childId);
        Duty duty = open(childId, dueItemId);
        boolean fromIntervention = Interventions.RECORD_TYPE.equals(duty.item().triggerRecordType());
        String yosWorker = null;
        if (duty.duty() == JointDuty.AUTHORITY_REPRESENTATIVE || duty.duty() == JointDuty.CARE_LEAVER_FIRST_VISIT) {
            UUID caseManager = fromIntervention
                    ? interventions.get(duty.item().triggerRecordId()).caseManagerId()
                    : null;
            yosWorker = yosWorkers.named(child, caseManager, done.doneBy()).orElse(null);
        }
        Map<String, String> problems = JointDutyRules.problems(
                duty.duty(), done, notBefore(duty), LocalDate.now(clock), duty.signOffNeeded(), yosWorker);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        boolean representative = duty.duty() == JointDuty.AUTHORITY_REPRESENTATIVE;
        List<String> checklist = done.checklist() == null
                ? List.of()
                : duty.duty().checklist().stream()
                        .filter(done.checklist()::contains)
                        .toList();
        jdbc.sql("""
                        insert into joint_duty_record (id, child_id, intervention_id, trigger_record_id, due_item_id, duty,
                            done_on, done_by, how, checklist, signed_off_on, social_worker_at_court, agency,
                            qualified_social_worker, iro_told_on, no_allocated_social_worker, recorded_at, recorded_by)
                        values (:id, :child, :intervention, :trigger, :item, :duty, :on, :doneBy, :how, :checklist,
                            :signedOff, :atCourt, :agency, :qualified, :iroTold, :unallocated, now(), :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("intervention", fromIntervention ? duty.item().triggerRecordId() : null)
                .param("trigger", duty.item().triggerRecordId())
                .param("agency", representative ? done.agency().name() : null)
                .param("qualified", representative ? Boolean.TRUE : null)
                .param("iroTold", representative ? done.iroToldOn() : null)
                .param("unallocated", duty.duty() == JointDuty.CUSTODY_LA_NOTIFIED && done.noAllocatedSocialWorker())
                .param("item", dueItemId)
                .param("duty", duty.duty().name())
                .param("on", done.doneOn())
                .param("doneBy", done.doneBy().trim())
                .param(
                        "how",
                        representative
                                ? "Appointed as the authority representative ("
                                        + done.agency().label() + ", qualified social worker); the IRO was told on "
                                        + done.iroToldOn()
                                : done.how() == null || done.how().isBlank()
                                        ? "Not needed: the social worker was at court"
                                        : done.how().trim())
                .param("checklist", checklist.toArray(String[]::new))
                .param("signedOff", done.signedOffOn())
                .param("atCourt", done.socialWorkerAtCourt())
                .param("by", by)
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                id,
                0,
                "Recorded as done: " + duty.item().rule().name(),
                List.of(
                        new FieldChange("Done on", null, done.doneOn().toString()),
                        new FieldChange("Done by", null, done.doneBy().trim())));
        UUID intervention = duty.item().triggerRecordId();
        dueItems.fulfilled(intervention, duty.duty().fulfilledBy(), id, done.doneOn());
        if (duty.duty() == JointDuty.CUSTODY_FIRST_VISIT) {
            // The first visit is also the first of the 28-day visits: the next falls due 28 days after it.
            dueItems.fulfilled(intervention, JointDuty.CUSTODY_VISIT.fulfilledBy(), id, done.doneOn());
        }
        if (duty.duty() == JointDuty.CUSTODY_LA_NOTIFIED && done.noAllocatedSocialWorker()) {
            // 03 "Custody": no allocated social worker, so the authority appoints a representative the same day.
            dueItems.triggered(
                    new DueItems.Trigger(
                            SocialCareTriggers.SENTENCED_TO_CUSTODY_NO_ALLOCATED_SOCIAL_WORKER,
                            duty.item().serviceId(),
                            child.id(),
                            duty.item().triggerRecordType(),
                            intervention,
                            null),
                    duty.item().triggerDate());
        }
        return new DoneRecord(
                id,
                done.doneOn(),
                done.doneBy().trim(),
                done.how(),
                checklist,
                done.signedOffOn(),
                done.socialWorkerAtCourt(),
                by,
                representative ? done.agency().name() : null,
                representative ? Boolean.TRUE : null,
                representative ? done.iroToldOn() : null,
                done.noAllocatedSocialWorker());
    }

    /** The earliest day a duty can be done: its trigger; those before a care leaver's release, any time. */
    public static LocalDate notBefore(Duty duty) {
        return duty.duty() == JointDuty.CARE_LEAVER_PATHWAY_REVIEW
                        || duty.duty() == JointDuty.CARE_LEAVER_RELEASE_ARRANGEMENTS
                ? null
                : duty.item().triggerDate();
    }

    /** A detention placement plan needs the governor's sign-off when the child was not looked after before. */
    private boolean signOffNeeded(ChildSummary child, JointDuty duty, DueItem item) {
        return duty == JointDuty.DETENTION_PLACEMENT_PLAN
                && !lookedAfter.lookedAfterOn(
                        child.id(), child.dateOfBirth(), item.triggerDate().minusDays(1));
    }

    private static DoneRecord record(ResultSet rs) throws SQLException {
        Array checklist = rs.getArray("checklist");
        return new DoneRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("done_on", LocalDate.class),
                rs.getString("done_by"),
                rs.getString("how"),
                checklist == null ? List.of() : Arrays.asList((String[]) checklist.getArray()),
                rs.getObject("signed_off_on", LocalDate.class),
                rs.getBoolean("social_worker_at_court"),
                rs.getString("recorded_by"),
                rs.getString("agency"),
                rs.getObject("qualified_social_worker", Boolean.class),
                rs.getObject("iro_told_on", LocalDate.class),
                rs.getBoolean("no_allocated_social_worker"));
    }
}
