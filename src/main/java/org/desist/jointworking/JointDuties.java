package org.desist.jointworking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.audit.AuditedFields;
import org.desist.child.AccessibleChild;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Interventions;
import org.desist.jointworking.internal.JointDutyRecordRepository;
import org.desist.platform.Change;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint-protocol duties of a child (remand and custody, the joint protocol) as due items with the
 * service that owns each, and the record of each one done.
 */
@Service
public class JointDuties {

    static final String RECORD_TYPE = "JOINT_DUTY";

    private final JointDutyRecordRepository records;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final LookedAfterRecords lookedAfter;
    private final AuditTrail audit;
    private final Clock clock;
    private final YosWorkers yosWorkers;
    private final Interventions interventions;

    JointDuties(
            JointDutyRecordRepository records,
            ChildRecords children,
            DueItems dueItems,
            LookedAfterRecords lookedAfter,
            AuditTrail audit,
            Clock clock,
            YosWorkers yosWorkers,
            Interventions interventions) {
        this.records = records;
        this.children = children;
        this.dueItems = dueItems;
        this.lookedAfter = lookedAfter;
        this.audit = audit;
        this.clock = clock;
        this.yosWorkers = yosWorkers;
        this.interventions = interventions;
    }

    /** A duty's due item with how it was done, once it was. */
    public record Duty(DueItem item, JointDuty duty, Optional<DoneRecord> done, boolean signOffNeeded) {

        /**
         * The duty was done (the joint protocol, "Remands" and "Custody"; JointDutyRules): by whom, when, how and its
         * checklist; an authority representative is a qualified social worker and the IRO is told.
         *
         * @param yosWorker the YOS worker named as having done it, where that is not allowed (else null)
         */
        public Change<DoneRecord> done(JointDutyRules.Done done, LocalDate today, String yosWorker, String by) {
            InvalidRequestException.refuseIf(
                    JointDutyRules.problems(duty, done, notBefore(this), today, signOffNeeded, yosWorker));
            boolean representative = duty == JointDuty.AUTHORITY_REPRESENTATIVE;
            List<String> checklist = done.checklist() == null
                    ? List.of()
                    : duty.checklist().stream()
                            .filter(done.checklist()::contains)
                            .toList();
            String how = representative
                    ? "Appointed as the authority representative ("
                            + done.agency().label() + ", qualified social worker); the IRO was told on "
                            + done.iroToldOn()
                    : done.how() == null || done.how().isBlank()
                            ? "Not needed: the social worker was at court"
                            : done.how().trim();
            return Change.created(new DoneRecord(
                    UUID.randomUUID(),
                    done.doneOn(),
                    done.doneBy().trim(),
                    how,
                    checklist,
                    done.signedOffOn(),
                    done.socialWorkerAtCourt(),
                    by,
                    representative ? done.agency().name() : null,
                    representative ? Boolean.TRUE : null,
                    representative ? done.iroToldOn() : null,
                    duty == JointDuty.CUSTODY_LA_NOTIFIED && done.noAllocatedSocialWorker()));
        }
    }

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
            boolean noAllocatedSocialWorker) {

        /** What the trail shows of a duty done. */
        static final AuditedFields<DoneRecord> AUDITED = AuditedFields.<DoneRecord>of()
                .field("Done on", DoneRecord::doneOn)
                .field("Done by", DoneRecord::doneBy);
    }

    /** The child's joint-protocol duties for someone who may see the child, soonest first; the view is audited. */
    @Transactional
    public List<Duty> viewed(AccessibleChild child) {
        audit.viewed(child.serviceId(), child.id(), RECORD_TYPE, null, "Viewed the joint-protocol duties");
        return of(child);
    }

    /** The child's joint-protocol duties, soonest first, for someone who may see the child; not audited. */
    @Transactional(readOnly = true)
    public List<Duty> of(AccessibleChild accessible) {
        ChildSummary child = accessible.summary();
        Map<UUID, DoneRecord> done = records.doneByDueItem(child.id());
        return dueItems.forChild(child.id()).stream()
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
    public Duty open(AccessibleChild child, UUID dueItemId) {
        return of(child).stream()
                .filter(d -> d.item().id().equals(dueItemId))
                .filter(d -> d.item().status() == DueItem.Status.OPEN)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No open joint-working duty " + dueItemId));
    }

    /** The duty was done: recorded with its checklist, and its due item met (late ones show as late). */
    @Transactional
    public DoneRecord recordDone(AccessibleChild accessible, UUID dueItemId, JointDutyRules.Done done) {
        AccessibleChild responsible =
                accessible.responsible() ? accessible : children.responsibleChild(accessible.id());
        ChildSummary child = responsible.summary();
        Duty duty = open(responsible, dueItemId);
        boolean fromIntervention = Interventions.RECORD_TYPE.equals(duty.item().triggerRecordType());
        String yosWorker = null;
        if (duty.duty() == JointDuty.AUTHORITY_REPRESENTATIVE || duty.duty() == JointDuty.CARE_LEAVER_FIRST_VISIT) {
            UUID caseManager = fromIntervention
                    ? interventions.get(duty.item().triggerRecordId()).caseManagerId()
                    : null;
            yosWorker = yosWorkers.named(child, caseManager, done.doneBy()).orElse(null);
        }
        DoneRecord saved = duty.done(
                        done,
                        LocalDate.now(clock),
                        yosWorker,
                        CurrentUser.require().username())
                .after();
        records.insert(child.id(), fromIntervention ? duty.item().triggerRecordId() : null, duty, saved);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                RECORD_TYPE,
                saved.id(),
                0,
                "Recorded as done: " + duty.item().rule().name(),
                DoneRecord.AUDITED.changes(null, saved));
        UUID intervention = duty.item().triggerRecordId();
        dueItems.fulfilled(intervention, duty.duty().fulfilledBy(), saved.id(), saved.doneOn());
        if (duty.duty() == JointDuty.CUSTODY_FIRST_VISIT) {
            // The first visit is also the first of the 28-day visits: the next falls due 28 days after it.
            dueItems.fulfilled(intervention, JointDuty.CUSTODY_VISIT.fulfilledBy(), saved.id(), saved.doneOn());
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
        return saved;
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
                && !lookedAfter.lookedAfterOn(child, item.triggerDate().minusDays(1));
    }
}
