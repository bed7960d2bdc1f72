package org.desist.safeguarding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.desist.assessment.Assessments;
import org.desist.assessment.ClassificationChange;
import org.desist.assessment.Lens;
import org.desist.audit.AuditTrail;
import org.desist.child.AccessibleChild;
import org.desist.deadline.DueItem;
import org.desist.deadline.DueItems;
import org.desist.intervention.Intervention;
import org.desist.intervention.Interventions;
import org.desist.safeguarding.PanelTriggers.PanelWork;
import org.desist.safeguarding.internal.ConcernRepository;
import org.desist.safeguarding.internal.MappaRepository;
import org.desist.safeguarding.internal.MeetingRepository;
import org.desist.safeguarding.internal.PanelReferralRepository;
import org.desist.safeguarding.internal.SafeguardingActionRepository;
import org.desist.safeguarding.internal.VulnerabilityPlanRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A child's risk and safeguarding records (YJB case management guidance; Working Together to Safeguard Children
 * 2023), the module's published API: the whole record for the child's tab and API, and each change, made by the
 * record's own service ({@link PanelReferrals}, {@link VulnerabilityPlans}, {@link MappaDecisions},
 * {@link MultiAgencyMeetings}, {@link SafeguardingActions}, {@link ChildProtectionConcerns}) — checked by its
 * aggregate, audited with the child in the same transaction, a record a person edits later changed from the
 * version read (optimistic locking). Recording a referral or a VMP meets the child's open item for it.
 */
@Service
@Transactional
public class Safeguarding {

    public static final String REFERRAL = PanelWork.RISK_PANEL_REFERRAL.fulfilledBy();
    public static final String VMP = PanelWork.VULNERABILITY_MANAGEMENT_PLAN.fulfilledBy();
    public static final String MAPPA = "MAPPA";
    public static final String MEETING = "MULTI_AGENCY_MEETING";
    public static final String CONCERN = "CHILD_PROTECTION_CONCERN";
    public static final String ACTION = "SAFEGUARDING_ACTION";

    /** The due-item rules this module's triggers start (rules.json). */
    public static final Set<String> RULES = Set.of("risk-panel-referral", "vulnerability-management-plan");

    private final Interventions interventions;
    private final Assessments assessments;
    private final DueItems dueItems;
    private final AuditTrail audit;
    private final PanelReferralRepository referralRepository;
    private final VulnerabilityPlanRepository planRepository;
    private final MappaRepository mappaRepository;
    private final MeetingRepository meetingRepository;
    private final SafeguardingActionRepository actionRepository;
    private final ConcernRepository concernRepository;
    private final PanelReferrals referrals;
    private final VulnerabilityPlans plans;
    private final MappaDecisions mappa;
    private final MultiAgencyMeetings meetings;
    private final SafeguardingActions actions;
    private final ChildProtectionConcerns concerns;

    Safeguarding(
            Interventions interventions,
            Assessments assessments,
            DueItems dueItems,
            AuditTrail audit,
            PanelReferralRepository referralRepository,
            VulnerabilityPlanRepository planRepository,
            MappaRepository mappaRepository,
            MeetingRepository meetingRepository,
            SafeguardingActionRepository actionRepository,
            ConcernRepository concernRepository,
            PanelReferrals referrals,
            VulnerabilityPlans plans,
            MappaDecisions mappa,
            MultiAgencyMeetings meetings,
            SafeguardingActions actions,
            ChildProtectionConcerns concerns) {
        this.interventions = interventions;
        this.assessments = assessments;
        this.dueItems = dueItems;
        this.audit = audit;
        this.referralRepository = referralRepository;
        this.planRepository = planRepository;
        this.mappaRepository = mappaRepository;
        this.meetingRepository = meetingRepository;
        this.actionRepository = actionRepository;
        this.concernRepository = concernRepository;
        this.referrals = referrals;
        this.plans = plans;
        this.mappa = mappa;
        this.meetings = meetings;
        this.actions = actions;
        this.concerns = concerns;
    }

    public record NewReferral(LocalDate referredOn, String reason, LocalDate panelDate, String decisions) {}

    public record NewPlan(
            LocalDate planDate,
            String vulnerabilities,
            String contingency,
            LocalDate reviewOn,
            Boolean referredToPanel) {}

    public record NewMappa(Integer level, Integer category, LocalDate decidedOn, LocalDate reviewOn) {}

    public record NewMeeting(
            MeetingType type,
            LocalDate heldOn,
            CalledBy calledBy,
            String calledByOther,
            YosAttendance attendance,
            String notRepresentedReason,
            String decisions) {}

    public record NewAction(String recordType, UUID recordId, String action, String ownerAgency, LocalDate dueOn) {}

    // Reading ----------------------------------------------------------------------------------------------

    /** The child's safeguarding records. */
    @Transactional(readOnly = true)
    public SafeguardingRecord of(AccessibleChild child) {
        Map<UUID, List<SafeguardingAction>> byRecord = actionRepository.ofChild(child.id());
        return new SafeguardingRecord(
                classifications(child),
                dueItems.forChild(child.id()).stream()
                        .filter(i -> RULES.contains(i.rule().id()))
                        .sorted(Comparator.comparing(DueItem::dueDate).reversed())
                        .toList(),
                referralRepository.ofChild(child.id(), byRecord),
                planRepository.ofChild(child.id(), byRecord),
                mappaRepository.ofChild(child.id()),
                meetingRepository.ofChild(child.id(), byRecord),
                concernRepository.ofChild(child.id()));
    }

    /** As {@link #of}, for a page or API answer: the view is audited. */
    public SafeguardingRecord viewed(AccessibleChild child) {
        SafeguardingRecord record = of(child);
        audit.viewed(child.serviceId(), child.id(), "SAFEGUARDING", child.id(), "Viewed risk and safeguarding");
        return record;
    }

    /** One risk panel referral, if the user may see its child (404 otherwise). */
    @Transactional(readOnly = true)
    public PanelReferral referral(UUID id) {
        return referrals.find(id);
    }

    /** One child protection concern, if the user may see its child (404 otherwise). */
    @Transactional(readOnly = true)
    public ChildProtectionConcern concern(UUID id) {
        return concerns.find(id);
    }

    /** The number of days within which a child protection concern must be reported (0: the same day). */
    public int reportWithinDays() {
        return concerns.reportWithinDays();
    }

    // Changes, each by its record's service -----------------------------------------------------------------

    /** A referral to the risk panel: meets the child's open risk panel referral item. */
    public PanelReferral refer(AccessibleChild child, NewReferral request) {
        return referrals.refer(child, request);
    }

    /** The panel sat (or the referral is corrected), from the version read (409 when someone changed it first). */
    public PanelReferral updateReferral(UUID id, long version, NewReferral request) {
        return referrals.revise(id, version, request);
    }

    /** A vulnerability management plan: meets the child's open VMP item. */
    public VulnerabilityPlan plan(AccessibleChild child, NewPlan request) {
        return plans.make(child, request);
    }

    /** The child's MAPPA level and category as decided on a date (the latest is current). */
    public MappaManagement recordMappa(AccessibleChild child, NewMappa request) {
        return mappa.decide(child, request);
    }

    /** A multi-agency meeting with how the YOS was represented (a reason when it was not). */
    public MultiAgencyMeeting recordMeeting(AccessibleChild child, NewMeeting request) {
        return meetings.record(child, request);
    }

    /** An action agreed by a risk panel referral, a VMP or a meeting of the child. */
    public SafeguardingAction addAction(AccessibleChild child, NewAction request) {
        return actions.agree(child, request);
    }

    /** A child protection concern and whom it was reported to, when and how. */
    public ChildProtectionConcern recordConcern(AccessibleChild child, ConcernDetails details) {
        return concerns.record(child, details);
    }

    /** Reporting or social care's response added to a concern, from the version read (409 when stale). */
    public ChildProtectionConcern updateConcern(UUID id, long version, ConcernDetails details) {
        return concerns.revise(id, version, details);
    }

    private List<CurrentClassification> classifications(AccessibleChild child) {
        List<CurrentClassification> current = new ArrayList<>();
        for (Intervention intervention : interventions.ofChild(child)) {
            if (intervention.status() == Intervention.Status.CLOSED) {
                continue;
            }
            List<ClassificationChange> history = assessments.history(intervention.id());
            for (Lens lens : Lens.values()) {
                history.stream()
                        .filter(c -> c.lens() == lens)
                        .reduce((a, b) -> b)
                        .ifPresent(c -> current.add(CurrentClassification.of(
                                intervention.id(), intervention.type().label(), lens, c.to(), c.on())));
            }
        }
        return current;
    }
}
