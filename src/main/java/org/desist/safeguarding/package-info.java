/**
 * Multi-agency risk and safeguarding (domain reference 02 §8): a risk of serious harm classification becoming
 * high or very high makes a risk panel referral due, a safety-and-wellbeing classification becoming medium or
 * above makes a vulnerability management plan (VMP) due ({@link org.desist.safeguarding.PanelTriggers}); the
 * referral and the plan meet them. MAPPA, multi-agency meetings with the YOS's attendance, and child protection
 * concerns with when and to whom they were reported. Scoped through the child: every read goes through
 * {@code ChildRecords.visible}, every change through {@code ChildRecords.responsible}.
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
