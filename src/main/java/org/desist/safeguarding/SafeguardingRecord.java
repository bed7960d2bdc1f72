package org.desist.safeguarding;

import java.util.List;
import org.desist.deadline.DueItem;

/**
 * Everything the child's "Risk and safeguarding" tab and API show: the current classifications and what they call
 * for, the panel and VMP items, referrals, plans, MAPPA (latest first), meetings and child protection concerns.
 */
public record SafeguardingRecord(
        List<CurrentClassification> classifications,
        List<DueItem> dueItems,
        List<PanelReferral> referrals,
        List<VulnerabilityPlan> plans,
        List<MappaManagement> mappa,
        List<MultiAgencyMeeting> meetings,
        List<ChildProtectionConcern> concerns) {}
