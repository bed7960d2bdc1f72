package org.desist.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.desist.quality.CaseFacts.Due;

/** Whether the panels a classification calls for were held when due (HMIP standards 2018, 2.2.2 and 2.2.3). */
public final class SafeguardingEvidence {

    public static final String RISK_PANEL = "safeguarding.risk-panel";
    public static final String VULNERABILITY_PLAN = "safeguarding.vulnerability-plan";

    static final Set<String> RISK_PANEL_RULES = Set.of("risk-panel-referral");
    static final Set<String> VULNERABILITY_PLAN_RULES = Set.of("vulnerability-management-plan");

    private static final String LINK = "See safeguarding";

    private SafeguardingEvidence() {}

    static String href(UUID childId) {
        return "/children/" + childId + "/safeguarding";
    }

    /** YJB case management guidance: a ROSH of high or very high goes to the risk panel (5 working days, local). */
    public static Evidence riskPanel(UUID childId, List<Due> due, LocalDate today) {
        return TimelinessEvidence.of(RISK_PANEL, "Risk panel referral", "made", due, today, href(childId), LINK);
    }

    /**
     * YJB case management guidance: safety and wellbeing of medium or above calls for a vulnerability management plan
     * (10 working days, local).
     */
    public static Evidence vulnerabilityPlan(UUID childId, List<Due> due, LocalDate today) {
        return TimelinessEvidence.of(
                VULNERABILITY_PLAN, "Vulnerability management plan (VMP)", "made", due, today, href(childId), LINK);
    }
}
