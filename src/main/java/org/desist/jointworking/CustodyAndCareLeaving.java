package org.desist.jointworking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.audit.AuditAction;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Interventions;
import org.desist.jointworking.internal.CustodyRepository;
import org.desist.platform.Change;
import org.desist.platform.NotFoundException;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's custodial sentences as the joint protocol sees them (the joint protocol, "Custody" and "Care
 * leavers"): a care leaver's expected release, from which the pathway plan review and the release arrangements
 * fall due; and a decision to stop social care's support, which ends the 28-day custody visits.
 */
@Service
public class CustodyAndCareLeaving {

    static final String RELEASE_RECORD_TYPE = ExpectedRelease.RECORD_TYPE;
    static final String STOP_RECORD_TYPE = SupportStopped.RECORD_TYPE;

    private final CustodyRepository custody;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;
    private final int reviewMonths;
    private final int arrangementsDays;
    private final LookedAfterRecords lookedAfter;
    private final OutOfBoroughNotifications outOfBorough;

    CustodyAndCareLeaving(
            CustodyRepository custody,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock,
            LookedAfterRecords lookedAfter,
            OutOfBoroughNotifications outOfBorough,
            @Value("${desist.care-leavers.pathway-review-months-before-release:1}") int reviewMonths,
            @Value("${desist.care-leavers.release-arrangements-days-before-release:14}") int arrangementsDays) {
        this.custody = custody;
        this.dueItems = dueItems;
        this.audit = audit;
        this.clock = clock;
        this.reviewMonths = reviewMonths;
        this.arrangementsDays = arrangementsDays;
        this.lookedAfter = lookedAfter;
        this.outOfBorough = outOfBorough;
    }

    /** What the joint protocol recorded of custody, the end of remands and out-of-borough offending. */
    public record Overview(
            List<Sentence> sentences,
            List<LookedAfterRecords.PermissionRecord> remandEndPermissions,
            List<OutOfBoroughNotifications.Notified> outOfBoroughNotifications) {}

    /** The overview for someone who may see the child; the view is audited. */
    @Transactional
    public Overview viewed(AccessibleChild child) {
        audit.viewed(
                child.serviceId(),
                child.id(),
                STOP_RECORD_TYPE,
                null,
                "Viewed custody, care-leaving, end-of-remand and out-of-borough records");
        return new Overview(sentences(child), lookedAfter.permissions(child), outOfBorough.of(child));
    }

    /**
     * A custodial sentence with joint-protocol duties: {@code socialCareSupport} when the child was looked after
     * just before it (social care's custody duties), {@code careLeaver} when a relevant or former relevant care
     * leaver was sentenced.
     */
    public record Sentence(
            UUID interventionId,
            LocalDate sentencedOn,
            boolean socialCareSupport,
            boolean careLeaver,
            boolean needsAssessmentDone,
            Optional<ExpectedRelease> release,
            Optional<SupportStopped> supportStopped) {}

    /** The child's custodial sentences with joint-protocol duties, latest first. */
    @Transactional(readOnly = true)
    public List<Sentence> sentences(AccessibleChild child) {
        Map<UUID, List<DueItem>> byIntervention = new LinkedHashMap<>();
        for (DueItem item : dueItems.forChild(child.id())) {
            if (Interventions.RECORD_TYPE.equals(item.triggerRecordType())) {
                byIntervention
                        .computeIfAbsent(item.triggerRecordId(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        byIntervention.forEach((intervention, items) -> {
            Optional<DueItem> support = trigger(items, SocialCareTriggers.LOOKED_AFTER_CHILD_SENTENCED_TO_CUSTODY);
            Optional<DueItem> careLeaver = trigger(items, SocialCareTriggers.CARE_LEAVER_SENTENCED_TO_CUSTODY);
            if (support.isEmpty() && careLeaver.isEmpty()) {
                return;
            }
            LocalDate on = support.or(() -> careLeaver).orElseThrow().triggerDate();
            boolean assessed = items.stream()
                    .anyMatch(i -> i.rule().id().equals(JointDuty.CUSTODY_NEEDS_ASSESSMENT.ruleId())
                            && i.status() == DueItem.Status.MET);
            sentences.add(new Sentence(
                    intervention,
                    on,
                    support.isPresent(),
                    careLeaver.isPresent(),
                    assessed,
                    custody.release(intervention),
                    custody.stopped(intervention)));
        });
        sentences.sort(Comparator.comparing(Sentence::sentencedOn).reversed());
        return sentences;
    }

    /** One of the child's custodial sentences with joint-protocol duties. */
    @Transactional(readOnly = true)
    public Sentence sentence(AccessibleChild child, UUID interventionId) {
        return sentences(child).stream()
                .filter(s -> s.interventionId().equals(interventionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("No custodial sentence " + interventionId));
    }

    /**
     * The expected release of a care leaver in custody, recorded or corrected ({@code version}: the one read; 0
     * when first recorded): the pathway plan review and the release arrangements fall due from it, and move with
     * it.
     */
    @Transactional
    public ExpectedRelease recordExpectedRelease(
            AccessibleChild child, UUID interventionId, LocalDate releaseOn, long version) {
        Sentence sentence = sentence(child, interventionId);
        if (!sentence.careLeaver()) {
            throw new NotFoundException("No care leaver's custodial sentence " + interventionId);
        }
        String by = CurrentUser.require().username();
        Optional<ExpectedRelease> before = sentence.release();
        if (before.isEmpty()) {
            ExpectedRelease saved = custody.insert(ExpectedRelease.record(
                    interventionId, child.id(), releaseOn, sentence.sentencedOn(), reviewMonths, arrangementsDays, by));
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CREATED,
                    RELEASE_RECORD_TYPE,
                    interventionId,
                    0,
                    "Recorded the expected release date",
                    ExpectedRelease.AUDITED.changes(null, saved));
            for (String event : List.of(
                    SocialCareTriggers.CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE,
                    SocialCareTriggers.CARE_LEAVER_RELEASE_ARRANGEMENTS_BEFORE_RELEASE)) {
                dueItems.triggered(
                        new DueItems.Trigger(
                                event, child.serviceId(), child.id(), Interventions.RECORD_TYPE, interventionId, null),
                        event.equals(SocialCareTriggers.CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE)
                                ? saved.pathwayReviewBy()
                                : saved.arrangementsBy());
            }
            return saved;
        }
        Change<ExpectedRelease> moved =
                before.get().moveTo(releaseOn, version, sentence.sentencedOn(), reviewMonths, arrangementsDays, by);
        ExpectedRelease saved = custody.save(moved);
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RELEASE_RECORD_TYPE,
                interventionId,
                version + 1,
                "Changed the expected release date",
                ExpectedRelease.AUDITED.changes(moved.before(), saved));
        dueItems.triggerDateCorrected(
                interventionId, SocialCareTriggers.CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE, saved.pathwayReviewBy());
        dueItems.triggerDateCorrected(
                interventionId,
                SocialCareTriggers.CARE_LEAVER_RELEASE_ARRANGEMENTS_BEFORE_RELEASE,
                saved.arrangementsBy());
        return saved;
    }

    /**
     * Social care's support in custody stops, as recommended and agreed by a named senior manager, with the YOS
     * case manager, the establishment, the child and the parents told: the 28-day visits (and any other of
     * social care's custody duties still open) end.
     */
    @Transactional
    public SupportStopped stopSupport(AccessibleChild child, UUID interventionId, CustodyRules.StopSupport decision) {
        Sentence sentence = sentence(child, interventionId);
        if (!sentence.socialCareSupport()) {
            throw new NotFoundException("No social care support in custody for " + interventionId);
        }
        Change<SupportStopped> stop = SupportStopped.stop(
                child.id(),
                interventionId,
                decision,
                sentence.supportStopped().isPresent(),
                sentence.needsAssessmentDone(),
                sentence.sentencedOn(),
                LocalDate.now(clock),
                CurrentUser.require().username());
        SupportStopped saved = custody.insert(stop.after());
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                STOP_RECORD_TYPE,
                saved.id(),
                0,
                "Recorded the decision to stop social care's support in custody",
                SupportStopped.AUDITED.changes(null, saved));
        dueItems.triggerWithdrawn(
                interventionId,
                SocialCareTriggers.LOOKED_AFTER_CHILD_SENTENCED_TO_CUSTODY,
                "Support stopped: agreed by " + saved.decision().seniorManager() + " on "
                        + saved.decision().agreedOn());
        return saved;
    }

    private static Optional<DueItem> trigger(List<DueItem> items, String event) {
        return items.stream().filter(i -> i.rule().trigger().equals(event)).findFirst();
    }
}
