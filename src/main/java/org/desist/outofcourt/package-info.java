/**
 * Out-of-court disposals (YJB case management guidance, out-of-court disposals): the police referral of a child, the YOS screening and
 * assessment, the joint decision-making panel and its outcome, and the disposal's completion or
 * non-compliance. Referral, bail date, screening and telling the police drive their due items (deadline
 * module); cautions and community resolutions are delivered as interventions (intervention module).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Out-of-court disposals",
        allowedDependencies = {
            "audit",
            "child",
            "chronology",
            "deadline",
            "intervention",
            "offence",
            "platform",
            "security"
        })
package org.desist.outofcourt;
