package org.desist.jointworking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import org.desist.audit.FieldChange;
import org.desist.child.ChildRecords;
import org.desist.child.ChildSummary;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Interventions;
import org.desist.platform.InvalidRequestException;
import org.desist.platform.NotFoundException;
import org.desist.platform.VersionedUpdate;
import org.desist.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's custodial sentences as the joint protocol sees them (domain reference 03, "Custody" and "Care
 * leavers"): a care leaver's expected release, from which the pathway plan review and the release arrangements
 * fall due; and a decision to stop social care's support, which ends the 28-day custody visits.
 */
@Service
public class CustodyAndCareLeaving {

    static final String RELEASE_RECORD_TYPE = "EXPECTED_RELEASE";
    static final String STOP_RECORD_TYPE = "CUSTODY_SUPPORT_STOPPED";

    private final JdbcClient jdbc;
    private final ChildRecords children;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final Clock clock;
    private final int reviewMonths;
    private final int arrangementsDays;
    private final LookedAfterRecords lookedAfter;
    private final OutOfBoroughNotifications outOfBorough;

    CustodyAndCareLeaving(
            JdbcClient jdbc,
            ChildRecords children,
            DueItems dueItems,
            AuditTrail audit,
            Clock clock,
            LookedAfterRecords lookedAfter,
            OutOfBoroughNotifications outOfBorough,
            @Value("${desist.care-leavers.pathway-review-months-before-release:1}") int reviewMonths,
            @Value("${desist.care-leavers.release-arrangements-days-before-release:14}") int arrangementsDays) {
        this.jdbc = jdbc;
        this.children = children;
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
    public Overview viewed(UUID childId) {
        ChildSummary child = children.visible(childId);
        audit.viewed(
                child.serviceId(),
                child.id(),
                STOP_RECORD_TYPE,
                null,
                "Viewed custody, care-leaving, end-of-remand and out-of-borough records");
        return new Overview(sentences(childId), lookedAfter.permissions(childId), outOfBorough.of(childId));
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

    public record ExpectedRelease(
            LocalDate releaseOn, long version, LocalDate pathwayReviewBy, LocalDate arrangementsBy, String updatedBy) {}

    public record SupportStopped(UUID id, CustodyRules.StopSupport decision, String recordedBy) {}

    /** The child's custodial sentences with joint-protocol duties, latest first (the caller may see the child). */
    @Transactional(readOnly = true)
    public List<Sentence> sentences(UUID childId) {
        children.visible(childId);
        Map<UUID, List<DueItem>> byIntervention = new LinkedHashMap<>();
        for (DueItem item : dueItems.forChild(childId)) {
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
                    release(intervention),
                    stopped(intervention)));
        });
        sentences.sort(Comparator.comparing(Sentence::sentencedOn).reversed());
        return sentences;
    }

    /** One of the child's custodial sentences with joint-protocol duties. */
    @Transactional(readOnly = true)
    public Sentence sentence(UUID childId, UUID interventionId) {
        return sentences(childId).stream()
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
    public ExpectedRelease recordExpectedRelease(UUID childId, UUID interventionId, LocalDate releaseOn, long version) {
        ChildSummary child = children.responsible(childId);
        Sentence sentence = sentence(childId, interventionId);
        if (!sentence.careLeaver()) {
            throw new NotFoundException("No care leaver's custodial sentence " + interventionId);
        }
        Map<String, String> problems = CustodyRules.releaseProblems(releaseOn, sentence.sentencedOn());
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String by = CurrentUser.require().username();
        LocalDate reviewBy = CustodyRules.pathwayReviewBy(releaseOn, reviewMonths);
        LocalDate arrangementsBy = CustodyRules.releaseArrangementsBy(releaseOn, arrangementsDays);
        Optional<ExpectedRelease> before = sentence.release();
        if (before.isEmpty()) {
            jdbc.sql("""
                            insert into expected_release (intervention_id, child_id, release_on, version, updated_at,
                                updated_by)
                            values (:i, :child, :on, 0, :at, :by)
                            """)
                    .param("i", interventionId)
                    .param("child", child.id())
                    .param("on", releaseOn)
                    .param("at", Timestamp.from(Instant.now(clock)))
                    .param("by", by)
                    .update();
            audit.changed(
                    child.serviceId(),
                    child.id(),
                    AuditAction.CREATED,
                    RELEASE_RECORD_TYPE,
                    interventionId,
                    0,
                    "Recorded the expected release date",
                    List.of(new FieldChange("Expected release", null, releaseOn.toString())));
            for (String event : List.of(
                    SocialCareTriggers.CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE,
                    SocialCareTriggers.CARE_LEAVER_RELEASE_ARRANGEMENTS_BEFORE_RELEASE)) {
                dueItems.triggered(
                        new DueItems.Trigger(
                                event, child.serviceId(), child.id(), Interventions.RECORD_TYPE, interventionId, null),
                        event.equals(SocialCareTriggers.CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE)
                                ? reviewBy
                                : arrangementsBy);
            }
            return release(interventionId).orElseThrow();
        }
        ExpectedRelease current = before.get();
        VersionedUpdate.of(jdbc, """
                        update expected_release set release_on = :on, version = version + 1, updated_at = :at,
                            updated_by = :by
                         where intervention_id = :i and version = :version
                        """)
                .param("on", releaseOn)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .param("i", interventionId)
                .param("version", version)
                .orElseThrow(() -> audit.staleRecord(RELEASE_RECORD_TYPE, interventionId, version));
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CHANGED,
                RELEASE_RECORD_TYPE,
                interventionId,
                version + 1,
                "Changed the expected release date",
                List.of(new FieldChange("Expected release", current.releaseOn().toString(), releaseOn.toString())));
        dueItems.triggerDateCorrected(
                interventionId, SocialCareTriggers.CARE_LEAVER_PATHWAY_REVIEW_BEFORE_RELEASE, reviewBy);
        dueItems.triggerDateCorrected(
                interventionId, SocialCareTriggers.CARE_LEAVER_RELEASE_ARRANGEMENTS_BEFORE_RELEASE, arrangementsBy);
        return release(interventionId).orElseThrow();
    }

    /**
     * Social care's support in custody stops, as recommended and agreed by a named senior manager, with the YOS
     * case manager, the establishment, the child and the parents told: the 28-day visits (and any other of
     * social care's custody duties still open) end.
     */
    @Transactional
    public SupportStopped stopSupport(UUID childId, UUID interventionId, CustodyRules.StopSupport decision) {
        ChildSummary child = children.responsible(childId);
        Sentence sentence = sentence(childId, interventionId);
        if (!sentence.socialCareSupport()) {
            throw new NotFoundException("No social care support in custody for " + interventionId);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (sentence.supportStopped().isPresent()) {
            problems.put("recommendedOn", "Support has already stopped for this sentence");
        } else if (!sentence.needsAssessmentDone()) {
            problems.put(
                    "recommendedOn",
                    "Record the assessment of the child's needs first: stopping support is one of its recommendations");
        } else {
            problems.putAll(CustodyRules.stopSupportProblems(decision, sentence.sentencedOn(), LocalDate.now(clock)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().username();
        jdbc.sql("""
                        insert into custody_support_stopped (id, child_id, intervention_id, recommended_on, reason,
                            senior_manager, agreed_on, case_manager_told_on, establishment_told_on, child_told_on,
                            parents_told_on, recorded_at, recorded_by)
                        values (:id, :child, :i, :recommended, :reason, :manager, :agreed, :cm, :establishment,
                            :childTold, :parents, :at, :by)
                        """)
                .param("id", id)
                .param("child", child.id())
                .param("i", interventionId)
                .param("recommended", decision.recommendedOn())
                .param("reason", decision.reason().trim())
                .param("manager", decision.seniorManager().trim())
                .param("agreed", decision.agreedOn())
                .param("cm", decision.caseManagerToldOn())
                .param("establishment", decision.establishmentToldOn())
                .param("childTold", decision.childToldOn())
                .param("parents", decision.parentsToldOn())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by)
                .update();
        audit.changed(
                child.serviceId(),
                child.id(),
                AuditAction.CREATED,
                STOP_RECORD_TYPE,
                id,
                0,
                "Recorded the decision to stop social care's support in custody",
                List.of(
                        new FieldChange(
                                "Senior manager", null, decision.seniorManager().trim()),
                        new FieldChange("Agreed on", null, decision.agreedOn().toString()),
                        new FieldChange("Reason", null, decision.reason().trim())));
        dueItems.triggerWithdrawn(
                interventionId,
                SocialCareTriggers.LOOKED_AFTER_CHILD_SENTENCED_TO_CUSTODY,
                "Support stopped: agreed by " + decision.seniorManager().trim() + " on " + decision.agreedOn());
        return stopped(interventionId).orElseThrow();
    }

    private static Optional<DueItem> trigger(List<DueItem> items, String event) {
        return items.stream().filter(i -> i.rule().trigger().equals(event)).findFirst();
    }

    private Optional<ExpectedRelease> release(UUID interventionId) {
        return jdbc.sql("select * from expected_release where intervention_id = :i")
                .param("i", interventionId)
                .query((rs, n) -> {
                    LocalDate on = rs.getObject("release_on", LocalDate.class);
                    return new ExpectedRelease(
                            on,
                            rs.getLong("version"),
                            CustodyRules.pathwayReviewBy(on, reviewMonths),
                            CustodyRules.releaseArrangementsBy(on, arrangementsDays),
                            rs.getString("updated_by"));
                })
                .optional();
    }

    private Optional<SupportStopped> stopped(UUID interventionId) {
        return jdbc.sql("select * from custody_support_stopped where intervention_id = :i")
                .param("i", interventionId)
                .query((rs, n) -> new SupportStopped(
                        rs.getObject("id", UUID.class),
                        new CustodyRules.StopSupport(
                                rs.getObject("recommended_on", LocalDate.class),
                                rs.getString("reason"),
                                rs.getString("senior_manager"),
                                rs.getObject("agreed_on", LocalDate.class),
                                rs.getObject("case_manager_told_on", LocalDate.class),
                                rs.getObject("establishment_told_on", LocalDate.class),
                                rs.getObject("child_told_on", LocalDate.class),
                                rs.getObject("parents_told_on", LocalDate.class)),
                        rs.getString("recorded_by")))
                .optional();
    }
}
