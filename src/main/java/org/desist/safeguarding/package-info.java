/**
 * Multi-agency risk and safeguarding (YJB case management guidance; Working Together to Safeguard Children 2023):
 * a risk of serious harm classification becoming high or very high makes a risk panel referral due, a
 * safety-and-wellbeing classification becoming medium or above makes a vulnerability management plan (VMP) due
 * ({@link org.desist.safeguarding.PanelTriggers}); the referral and the plan meet them. MAPPA, multi-agency
 * meetings with the YOS's attendance, and child protection concerns with when and to whom they were reported.
 *
 * <p>The aggregates are records at the root ({@code PanelReferral}, {@code VulnerabilityPlan},
 * {@code MappaManagement}, {@code MultiAgencyMeeting}, {@code SafeguardingAction}, {@code ChildProtectionConcern}),
 * each with its rules and audited fields; their SQL is in {@code internal}; one service per aggregate, behind
 * {@link org.desist.safeguarding.Safeguarding} (the published API), takes an {@code AccessibleChild}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Risk and safeguarding",
        allowedDependencies = {
            "assessment",
            "audit",
            "child",
            "chronology",
            "deadline",
            "intervention",
            "offence",
            "platform",
            "security"
        })
package org.desist.safeguarding;
