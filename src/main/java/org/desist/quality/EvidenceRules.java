package org.desist.quality;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * Every evidence rule, in the order an audit reads them, run over one case's facts. A rule informs, never decides
 * (HMIP standards 2018: the auditor answers each prompt); a framework's prompts name the rules by key, and a
 * framework naming a key not here is refused ({@link FrameworkRules}).
 */
public final class EvidenceRules {

    /** The keys of every rule, in order. */
    public static final List<String> KEYS = List.of(
            AssessmentEvidence.ON_TIME,
            AssessmentEvidence.COUNTERSIGNED,
            AssessmentEvidence.SOURCES_USED,
            AssessmentEvidence.VIEWS_RECORDED,
            PlanEvidence.AGREED,
            PlanEvidence.THREE_STRANDS,
            PlanEvidence.CONTINGENCY,
            PlanEvidence.VICTIMS_CONSIDERED,
            PlanEvidence.VIEWS_RECORDED,
            JointWorkingEvidence.SOCIAL_WORKER_INVITED,
            SafeguardingEvidence.RISK_PANEL,
            SafeguardingEvidence.VULNERABILITY_PLAN,
            ContactEvidence.KEPT,
            ContactEvidence.COMPLIANCE_ACTED_ON,
            ReviewEvidence.ON_TIME,
            ReviewEvidence.TRIGGERED_DONE,
            OversightEvidence.RECORDED,
            OutOfCourtEvidence.PANEL_RATIONALE,
            OutOfCourtEvidence.POLICE_TOLD);

    private static final Set<String> KNOWN = Set.copyOf(KEYS);

    /** What each rule checks, as a heading reads. */
    private static final java.util.Map<String, String> NAMES = java.util.Map.ofEntries(
            java.util.Map.entry(AssessmentEvidence.ON_TIME, "Assessment submitted on time"),
            java.util.Map.entry(AssessmentEvidence.COUNTERSIGNED, "Assessment countersigned where required"),
            java.util.Map.entry(AssessmentEvidence.SOURCES_USED, "Sources of information used in the assessment"),
            java.util.Map.entry(AssessmentEvidence.VIEWS_RECORDED, "Child's and parents' views in the assessment"),
            java.util.Map.entry(PlanEvidence.AGREED, "Plan agreed on time"),
            java.util.Map.entry(PlanEvidence.THREE_STRANDS, "Plan's three strands with actions"),
            java.util.Map.entry(PlanEvidence.CONTINGENCY, "Contingency arrangements in the plan"),
            java.util.Map.entry(PlanEvidence.VICTIMS_CONSIDERED, "Victims' needs considered in the plan"),
            java.util.Map.entry(PlanEvidence.VIEWS_RECORDED, "Child and parents involved in planning"),
            java.util.Map.entry(JointWorkingEvidence.SOCIAL_WORKER_INVITED, "Social worker invited to planning"),
            java.util.Map.entry(SafeguardingEvidence.RISK_PANEL, "Risk panel when due"),
            java.util.Map.entry(SafeguardingEvidence.VULNERABILITY_PLAN, "Vulnerability management plan when due"),
            java.util.Map.entry(ContactEvidence.KEPT, "Contacts kept and recorded"),
            java.util.Map.entry(ContactEvidence.COMPLIANCE_ACTED_ON, "Compliance acted on"),
            java.util.Map.entry(ReviewEvidence.ON_TIME, "Reviews on time"),
            java.util.Map.entry(ReviewEvidence.TRIGGERED_DONE, "Reviews after a significant change"),
            java.util.Map.entry(OversightEvidence.RECORDED, "Management oversight recorded"),
            java.util.Map.entry(OutOfCourtEvidence.PANEL_RATIONALE, "Joint panel's rationale recorded"),
            java.util.Map.entry(OutOfCourtEvidence.POLICE_TOLD, "Police told of the decision on time"));

    /** What the rule of this key checks, as a heading reads (the key itself when unknown). */
    public static String name(String key) {
        return NAMES.getOrDefault(key, key);
    }

    private EvidenceRules() {}

    public static boolean known(String key) {
        return KNOWN.contains(key);
    }

    /**
     * Each rule's finding for the case on {@code today}; {@code oversightWithin} is how recent management oversight
     * must be (a local setting).
     */
    public static List<Evidence> of(CaseFacts f, LocalDate today, Period oversightWithin) {
        var id = f.interventionId();
        return List.of(
                AssessmentEvidence.onTime(id, f.dueOf(AssessmentEvidence.DUE_RULES), today),
                AssessmentEvidence.countersigned(id, f.assessment()),
                AssessmentEvidence.sourcesUsed(id, f.assessment()),
                AssessmentEvidence.viewsRecorded(id, f.assessment()),
                PlanEvidence.agreed(id, f.plan(), f.dueOf(PlanEvidence.DUE_RULES), today),
                PlanEvidence.threeStrands(id, f.plan()),
                PlanEvidence.contingency(id, f.plan()),
                PlanEvidence.victimsConsidered(id, f.plan()),
                PlanEvidence.viewsRecorded(id, f.plan()),
                JointWorkingEvidence.socialWorkerInvited(id, f.plan()),
                SafeguardingEvidence.riskPanel(f.childId(), f.dueOf(SafeguardingEvidence.RISK_PANEL_RULES), today),
                SafeguardingEvidence.vulnerabilityPlan(
                        f.childId(), f.dueOf(SafeguardingEvidence.VULNERABILITY_PLAN_RULES), today),
                ContactEvidence.kept(id, f.startDate(), f.contacts(), today),
                ContactEvidence.complianceActedOn(id, f.contacts()),
                ReviewEvidence.onTime(id, f.dueOf(ReviewEvidence.SCHEDULED), today),
                ReviewEvidence.triggeredDone(id, f.dueOf(ReviewEvidence.TRIGGERED), today),
                OversightEvidence.recorded(id, f.startDate(), f.lastOversight(), today, oversightWithin),
                OutOfCourtEvidence.panelRationale(f.referral()),
                OutOfCourtEvidence.policeTold(f.referral(), f.dueOf(OutOfCourtEvidence.DECISION_RULES), today));
    }
}
